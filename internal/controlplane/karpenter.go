package controlplane

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// KarpenterNodeClass is the KWOKNodeClass StartKarpenter creates, for NodePools to name.
const KarpenterNodeClass = "default"

// StartKarpenter runs Karpenter's kwok provider (sigs.k8s.io/karpenter, pinned in
// tools/karpenter) against the cluster: its CRDs, read from that module in the Go module
// cache, a KWOKNodeClass named KarpenterNodeClass, and the controller in namespace, without
// leader election or webhooks. For a NodePool's pending pods it launches Nodes that the
// cluster's kwok makes Ready, from the provider's own instance types (zones test-zone-a to d).
func (cp *ControlPlane) StartKarpenter(ctx context.Context, client *Client, repoRoot, namespace string) error {
	dir, err := ModuleDir(filepath.Join(repoRoot, "tools", "karpenter"), "sigs.k8s.io/karpenter")
	if err != nil {
		return err
	}
	crds, err := ReadManifests(
		filepath.Join(dir, "kwok/charts/crds/karpenter.sh_nodepools.yaml"),
		filepath.Join(dir, "kwok/charts/crds/karpenter.sh_nodeclaims.yaml"),
		filepath.Join(dir, "kwok/charts/crds/karpenter.sh_nodeoverlays.yaml"),
		filepath.Join(dir, "kwok/apis/crds/karpenter.kwok.sh_kwoknodeclasses.yaml"),
	)
	if err != nil {
		return err
	}
	if err := client.InstallCRDs(ctx, crds); err != nil {
		return err
	}
	if _, err := client.Typed.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: namespace}}, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return err
	}
	class := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "karpenter.kwok.sh/v1alpha1", "kind": "KWOKNodeClass",
		"metadata": map[string]any{"name": KarpenterNodeClass},
	}}
	if _, err := client.Apply(ctx, class, false); err != nil {
		return fmt.Errorf("creating the KWOKNodeClass: %w", err)
	}
	ports, err := freePorts(2)
	if err != nil {
		return err
	}
	return cp.run("karpenter", filepath.Join(cp.bin, "karpenter-kwok"), []string{
		"KUBECONFIG=" + cp.Kubeconfig,
		"SYSTEM_NAMESPACE=" + namespace,
		"KARPENTER_SERVICE=karpenter",
		"KUBERNETES_MIN_VERSION=1.19.0-0",
		"DISABLE_LEADER_ELECTION=true",
		"DISABLE_WEBHOOK=true",
		"METRICS_PORT=" + strconv.Itoa(ports[0]),
		"HEALTH_PROBE_PORT=" + strconv.Itoa(ports[1]),
		"LOG_LEVEL=info",
	})
}
