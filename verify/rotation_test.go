package verify

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/screenshot-algo/k8s/env"
)

// credentialFile finds where a container reads the credential named variable: the file that
// <variable>_FILE names, in a Secret volume mounted whole (a subPath mount is never updated).
// It returns the Secret, its key and the volume, or why the credential cannot follow a rotation.
func credentialFile(ctr corev1.Container, volumes []corev1.Volume, variable string) (secret, key, volume string, err error) {
	var path string
	for _, e := range ctr.Env {
		switch e.Name {
		case variable + "_FILE":
			path = e.Value
		case variable:
			return "", "", "", fmt.Errorf("%s is an environment variable: a rotated value never reaches the running process", variable)
		}
	}
	if path == "" {
		return "", "", "", fmt.Errorf("the container reads no %s_FILE", variable)
	}
	for _, m := range ctr.VolumeMounts {
		if filepath.Dir(path) != m.MountPath {
			continue
		}
		if m.SubPath != "" {
			return "", "", "", errors.New("the credential's volume is mounted with subPath, which the kubelet never updates")
		}
		for _, v := range volumes {
			if v.Name == m.Name && v.Secret != nil {
				return v.Secret.SecretName, filepath.Base(path), v.Name, nil
			}
		}
	}
	return "", "", "", fmt.Errorf("no Secret volume is mounted at %s", filepath.Dir(path))
}

// TestRotatedCredentialsReachThePods runs production's backend pod on a real kubelet and rotates
// its database password in the Secret, as the External Secrets Operator does when the store's
// value changes: the file the app reads changes within seconds, without a restart.
func TestRotatedCredentialsReachThePods(t *testing.T) {
	needsCluster(t)
	root := realKubelet(t).Root
	ctx := context.Background()
	const ns = "rotation"
	objs := productionBeside(t, ns)
	tpl := workloadTemplate(t, objs, "Rollout", env.ObjectName("backend"))
	secret, key, volume, err := credentialFile(tpl.Spec.Containers[0], tpl.Spec.Volumes, "DATABASE_PASSWORD")
	require.NoError(t, err)

	pod := onKubelet(t, podOf(tpl, "backend-on-a-real-kubelet", ns))

	file := filepath.Join(root, "pods", string(pod.UID), "volumes", "kubernetes.io~secret", volume, key)
	seen := func(want string) func() bool {
		return func() bool { b, err := os.ReadFile(file); return err == nil && string(b) == want }
	}
	current, err := simClient.Typed.CoreV1().Secrets(ns).Get(ctx, secret, metav1.GetOptions{})
	require.NoError(t, err)
	require.Eventually(t, seen(string(current.Data[key])), time.Minute, 250*time.Millisecond,
		"the kubelet writes %s's %s into the pod's volume:\n%s", secret, key, sim.Logs("kubelet", 30))

	rotated := fmt.Sprintf("rotated-%d", time.Now().UnixNano())
	current.Data[key] = []byte(rotated)
	_, err = simClient.Typed.CoreV1().Secrets(ns).Update(ctx, current, metav1.UpdateOptions{})
	require.NoError(t, err)
	start := time.Now()
	require.Eventually(t, seen(rotated), 2*time.Minute, 250*time.Millisecond, "the pod sees the rotated password")
	t.Logf("the pod saw the rotated password after %s", time.Since(start).Round(time.Second))
}

// TestCredentialsThatCannotRotateAreCaught proves credentialFile can fail: the credential as an
// environment variable (what the output had before) and a subPath mount are both refused.
func TestCredentialsThatCannotRotateAreCaught(t *testing.T) {
	env := []corev1.EnvVar{{Name: "DATABASE_PASSWORD", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
		LocalObjectReference: corev1.LocalObjectReference{Name: "db"}, Key: "password"}}}}
	_, _, _, err := credentialFile(corev1.Container{Env: env}, nil, "DATABASE_PASSWORD")
	assert.ErrorContains(t, err, "environment variable")

	volumes := []corev1.Volume{{Name: "db", VolumeSource: corev1.VolumeSource{Secret: &corev1.SecretVolumeSource{SecretName: "db"}}}}
	ctr := corev1.Container{
		Env:          []corev1.EnvVar{{Name: "DATABASE_PASSWORD_FILE", Value: "/secrets/db/password"}},
		VolumeMounts: []corev1.VolumeMount{{Name: "db", MountPath: "/secrets/db", SubPath: "password"}},
	}
	_, _, _, err = credentialFile(ctr, volumes, "DATABASE_PASSWORD")
	assert.ErrorContains(t, err, "subPath")
	assert.False(t, strings.Contains(fmt.Sprint(err), "no Secret volume"))
}
