package controlplane

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// ApplicationsGVR is Argo CD's Application resource.
var ApplicationsGVR = schema.GroupVersionResource{Group: "argoproj.io", Version: "v1alpha1", Resource: "applications"}

// StartArgoCD runs the real Argo CD against the cluster, as the environments' Applications
// expect it: its application controller and repo server, reading Applications in namespace,
// with a Redis of their own (redisServer is the redis-server binary). Argo CD runs outside the
// cluster here, so it reaches "https://kubernetes.default.svc" through the admin kubeconfig
// (ARGOCD_FAKE_IN_CLUSTER, as in Argo CD's own local runs). The namespace gets the two settings
// objects an installation has, argocd-cm and argocd-secret, empty but for a server key.
func (cp *ControlPlane) StartArgoCD(ctx context.Context, client *Client, namespace, redisServer string) error {
	_, err := client.Typed.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: namespace}}, metav1.CreateOptions{})
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return err
	}
	partOf := map[string]string{"app.kubernetes.io/part-of": "argocd"}
	if _, err := client.Typed.CoreV1().ConfigMaps(namespace).Create(ctx, &corev1.ConfigMap{
		ObjectMeta: metav1.ObjectMeta{Name: "argocd-cm", Labels: partOf},
	}, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return err
	}
	if _, err := client.Typed.CoreV1().Secrets(namespace).Create(ctx, &corev1.Secret{
		ObjectMeta: metav1.ObjectMeta{Name: "argocd-secret", Labels: partOf},
		StringData: map[string]string{"server.secretkey": "simulated-cluster"},
	}, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return err
	}

	ports, err := freePorts(4)
	if err != nil {
		return err
	}
	redis := fmt.Sprintf("127.0.0.1:%d", ports[0])
	if err := cp.run("argocd-redis", redisServer, nil,
		"--port", strconv.Itoa(ports[0]), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"); err != nil {
		return err
	}
	dir := filepath.Join(cp.Dir, "argocd")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	env := []string{
		"ARGOCD_FAKE_IN_CLUSTER=true",
		"ARGOCD_GPG_ENABLED=false",
		"ARGOCD_TLS_DATA_PATH=" + filepath.Join(dir, "tls"),
		"ARGOCD_SSH_DATA_PATH=" + filepath.Join(dir, "ssh"),
		"ARGOCD_GNUPGHOME=" + filepath.Join(dir, "gnupg"),
		"KUBECONFIG=" + cp.Kubeconfig,
	}
	repoServer := fmt.Sprintf("127.0.0.1:%d", ports[1])
	if err := cp.run("argocd-repo-server", filepath.Join(cp.bin, "argocd-repo-server"), env,
		"--port", strconv.Itoa(ports[1]), "--redis", redis, "--disable-tls",
		"--metrics-port", strconv.Itoa(ports[2]), "--loglevel", "info"); err != nil {
		return err
	}
	return cp.run("argocd-application-controller", filepath.Join(cp.bin, "argocd-application-controller"), env,
		"--namespace", namespace, "--kubeconfig", cp.Kubeconfig,
		"--redis", redis, "--repo-server", repoServer, "--repo-server-plaintext",
		"--metrics-port", strconv.Itoa(ports[3]),
		// A short resync, so that a commit reaches the cluster within seconds, as a webhook
		// would make it.
		"--app-resync", "5", "--loglevel", "info")
}
