// Command localcluster runs the project's simulated cluster for people, on machines without a
// Docker engine for Kind: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok
// on loopback, with the CRDs installed, three fake nodes in three zones and volumes for Redis.
// It prints a kubeconfig path and runs until interrupted. Run it through `make local-cluster`.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/screenshot-algo/k8s/internal/controlplane"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "local-cluster:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	bin, err := controlplane.BinDir(root)
	if err != nil {
		return err
	}
	cp, client, err := controlplane.StartCluster(root, bin, true)
	if err != nil {
		return err
	}
	defer cp.Stop()
	ctx := context.Background()
	// Volumes for the Redis of every environment in dist/, as a cloud provisioner would make.
	manifests, err := filepath.Glob(filepath.Join(root, "dist", "*", "*.yaml"))
	if err != nil {
		return err
	}
	objs, err := controlplane.ReadManifests(manifests...)
	if err != nil {
		return err
	}
	if err := client.Provide(ctx, objs); err != nil {
		return err
	}

	// A stable path, so that a shell can export it before the cluster is up.
	kubeconfig := filepath.Join(root, ".cache", "local-cluster", "kubeconfig")
	if err := os.MkdirAll(filepath.Dir(kubeconfig), 0o755); err != nil {
		return err
	}
	b, err := os.ReadFile(cp.Kubeconfig)
	if err != nil {
		return err
	}
	if err := os.WriteFile(kubeconfig, b, 0o600); err != nil {
		return err
	}
	defer os.Remove(kubeconfig)

	fmt.Printf(`local cluster ready: 3 nodes in %v
kubeconfig: %s

  export KUBECONFIG=%s PATH=%s:$PATH
  kubectl apply -k dist/dev
  kubectl get pods -n screenshot-algo

Ctrl-C stops it.
`, controlplane.Zones, kubeconfig, kubeconfig, bin)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	fmt.Println("local cluster stopped")
	return nil
}
