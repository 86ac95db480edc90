package controlplane

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

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

	ports, err := freePorts(6)
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
	if err := cp.run("argocd-application-controller", filepath.Join(cp.bin, "argocd-application-controller"), env,
		"--namespace", namespace, "--kubeconfig", cp.Kubeconfig,
		"--redis", redis, "--repo-server", repoServer, "--repo-server-plaintext",
		"--metrics-port", strconv.Itoa(ports[3]),
		// A short resync, so that a commit reaches the cluster within seconds, as a webhook
		// would make it.
		"--app-resync", "5", "--loglevel", "info"); err != nil {
		return err
	}
	// The API server, for the argocd CLI's commands in the runbooks (its --core mode would
	// port-forward to Argo CD's pods, which run here as processes). Without TLS or logins:
	// only loopback reaches it.
	server := fmt.Sprintf("127.0.0.1:%d", ports[4])
	if err := cp.run("argocd-server", filepath.Join(cp.bin, "argocd"), append(env, "ARGOCD_BINARY_NAME=argocd-server"),
		"--namespace", namespace, "--kubeconfig", cp.Kubeconfig, "--address", "127.0.0.1",
		"--port", strconv.Itoa(ports[4]), "--metrics-port", strconv.Itoa(ports[5]),
		"--redis", redis, "--repo-server", repoServer, "--repo-server-plaintext",
		"--insecure", "--disable-auth", "--staticassets", dir, "--loglevel", "info"); err != nil {
		return err
	}
	cp.ArgoCDServer = server
	return cp.waitTCP(ctx, "argocd-server", server)
}

// waitTCP waits until addr accepts connections, for a minute at most.
func (cp *ControlPlane) waitTCP(ctx context.Context, name, addr string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s not listening on %s after a minute:\n%s", name, addr, cp.Logs(name, 20))
		case <-time.After(250 * time.Millisecond):
		}
	}
}
