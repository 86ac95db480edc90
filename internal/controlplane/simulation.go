package controlplane

import (
	"context"
	"fmt"
	"slices"
	"strings"

	corev1 "k8s.io/api/core/v1"
	nodev1 "k8s.io/api/node/v1"
	storagev1 "k8s.io/api/storage/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
)

// StartCluster runs a control plane with the CRDs installed, and returns it with a client.
// With simulated set, it also runs the controllers, the scheduler, kwok, with one fake node per
// zone, and the Argo Rollouts controller, as staging and production do. On error, whatever
// started is stopped.
func StartCluster(repoRoot, binDir string, simulated bool) (*ControlPlane, *Client, error) {
	cp, err := Start(binDir)
	if err != nil {
		return nil, nil, err
	}
	client, err := cp.setUp(repoRoot, simulated)
	if err != nil {
		cp.Stop()
		return nil, nil, err
	}
	return cp, client, nil
}

func (cp *ControlPlane) setUp(repoRoot string, simulated bool) (*Client, error) {
	client, err := NewClient(cp.Config)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	crds, err := CRDs(repoRoot)
	if err != nil {
		return nil, err
	}
	if err := client.InstallCRDs(ctx, crds); err != nil {
		return nil, err
	}
	if !simulated {
		return client, nil
	}
	stages, err := KwokStages(repoRoot)
	if err != nil {
		return nil, err
	}
	if err := cp.StartSimulation(stages); err != nil {
		return nil, err
	}
	if err := cp.StartRolloutsController(); err != nil {
		return nil, err
	}
	return client, client.AddNodes(ctx, "node")
}

// Zones are the availability zones of the simulated cluster's nodes, one node each.
var Zones = []string{"eu-central-1a", "eu-central-1b", "eu-central-1c"}

// AddNodes creates a pool of fake nodes, one per zone, run by kwok and named
// "kwok-<pool>-<zone letter>": each sized like a general-purpose 8-vCPU, 32GiB cloud instance
// with a 100GiB root disk.
func (c *Client) AddNodes(ctx context.Context, pool string) error {
	return c.addPool(ctx, pool, nil, nil)
}

// DedicatedTaint is the taint key of the nodes AddDedicatedNodes creates.
const DedicatedTaint = "screenshot-algo.io/dedicated-to"

// AddDedicatedNodes is AddNodes for one test alone: its nodes are labelled and tainted
// DedicatedTaint=pool (NoSchedule), so that the pods of tests running beside it never land
// there, and its own pods can select them.
func (c *Client) AddDedicatedNodes(ctx context.Context, pool string) error {
	return c.addPool(ctx, pool, map[string]string{DedicatedTaint: pool}, []corev1.Taint{{Key: DedicatedTaint, Value: pool, Effect: corev1.TaintEffectNoSchedule}})
}

// addPool is AddNodes with extra node labels and taints, for a dedicated pool.
func (c *Client) addPool(ctx context.Context, pool string, labels map[string]string, taints []corev1.Taint) error {
	size := corev1.ResourceList{
		corev1.ResourceCPU:              resource.MustParse("8"),
		corev1.ResourceMemory:           resource.MustParse("32Gi"),
		corev1.ResourceEphemeralStorage: resource.MustParse("100Gi"),
		corev1.ResourcePods:             resource.MustParse("110"),
	}
	for _, zone := range Zones {
		name := "kwok-" + pool + "-" + zone[len(zone)-1:]
		node := &corev1.Node{
			ObjectMeta: metav1.ObjectMeta{
				Name:        name,
				Annotations: map[string]string{"kwok.x-k8s.io/node": "fake"},
				Labels: map[string]string{
					"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "type": "kwok",
					"topology.kubernetes.io/zone": zone,
				},
			},
			Spec:   corev1.NodeSpec{Taints: taints},
			Status: corev1.NodeStatus{Capacity: size, Allocatable: size},
		}
		for k, v := range labels {
			node.Labels[k] = v
		}
		if _, err := c.Typed.CoreV1().Nodes().Create(ctx, node, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
			return err
		}
	}
	return nil
}

// Provide creates what the cluster must provide for objs before they are applied: volumes for
// their StatefulSets (ProvideVolumes), and the RuntimeClasses and dedicated, tainted node pools
// their pods ask for (ProvideIsolation).
func (c *Client) Provide(ctx context.Context, objs []*unstructured.Unstructured) error {
	if err := c.ProvideVolumes(ctx, objs); err != nil {
		return err
	}
	return c.ProvideIsolation(ctx, objs)
}

// ProvideIsolation does what a cluster's operators would for pods that ask to run isolated: a
// RuntimeClass of each runtimeClassName (its handler "runsc", gVisor's, which kwok does not
// run anyway), and, for each nodeSelector, a pool of nodes with those labels, tainted with
// whatever NoSchedule tolerations the pods carry, so that nothing else lands there.
func (c *Client) ProvideIsolation(ctx context.Context, objs []*unstructured.Unstructured) error {
	return c.ProvideIsolationPools(ctx, objs, "")
}

// ProvideIsolationPools is ProvideIsolation with more room: with a suffix, it adds pools of the
// same labels and taints named "<pool>-<suffix>", for a scenario that runs beside the others.
func (c *Client) ProvideIsolationPools(ctx context.Context, objs []*unstructured.Unstructured, suffix string) error {
	for _, o := range objs {
		spec, found, _ := unstructured.NestedMap(o.Object, "spec", "template", "spec")
		if !found {
			continue
		}
		var pod corev1.PodSpec
		if err := runtime.DefaultUnstructuredConverter.FromUnstructured(spec, &pod); err != nil {
			return err
		}
		if name := pod.RuntimeClassName; name != nil {
			rc := &nodev1.RuntimeClass{ObjectMeta: metav1.ObjectMeta{Name: *name}, Handler: "runsc"}
			if _, err := c.Typed.NodeV1().RuntimeClasses().Create(ctx, rc, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
				return err
			}
		}
		if len(pod.NodeSelector) == 0 {
			continue
		}
		var taints []corev1.Taint
		for _, tol := range pod.Tolerations {
			if tol.Effect == corev1.TaintEffectNoSchedule && tol.Operator == corev1.TolerationOpEqual {
				taints = append(taints, corev1.Taint{Key: tol.Key, Value: tol.Value, Effect: tol.Effect})
			}
		}
		var keys []string
		for k, v := range pod.NodeSelector {
			keys = append(keys, k+"-"+v)
		}
		slices.Sort(keys)
		pool := strings.NewReplacer("/", "-", ".", "-", "_", "-").Replace(strings.Join(keys, "-"))
		if suffix != "" {
			pool += "-" + suffix
		}
		if err := c.addPool(ctx, pool, pod.NodeSelector, taints); err != nil {
			return err
		}
	}
	return nil
}

// ProvideVolumes does what a cloud's storage provisioner would for the StatefulSets among objs:
// a StorageClass of each class their claims name, and a volume for each claim.
func (c *Client) ProvideVolumes(ctx context.Context, objs []*unstructured.Unstructured) error {
	for _, o := range objs {
		if o.GetKind() != "StatefulSet" {
			continue
		}
		claims, _, _ := unstructured.NestedSlice(o.Object, "spec", "volumeClaimTemplates")
		replicas, found, _ := unstructured.NestedInt64(o.Object, "spec", "replicas")
		if !found {
			replicas = 1
		}
		for _, raw := range claims {
			claim, _ := raw.(map[string]any)
			class, _, _ := unstructured.NestedString(claim, "spec", "storageClassName")
			size, _, _ := unstructured.NestedString(claim, "spec", "resources", "requests", "storage")
			name, _, _ := unstructured.NestedString(claim, "metadata", "name")
			if err := c.ensureStorageClass(ctx, class); err != nil {
				return err
			}
			for i := range replicas {
				// Bound ahead to its claim, so that each namespace's StatefulSet gets its own.
				claimName := fmt.Sprintf("%s-%s-%d", name, o.GetName(), i)
				pv := &corev1.PersistentVolume{
					ObjectMeta: metav1.ObjectMeta{Name: fmt.Sprintf("pv-%s-%s", o.GetNamespace(), claimName)},
					Spec: corev1.PersistentVolumeSpec{
						ClaimRef:               &corev1.ObjectReference{Namespace: o.GetNamespace(), Name: claimName},
						StorageClassName:       class,
						AccessModes:            []corev1.PersistentVolumeAccessMode{corev1.ReadWriteOnce},
						Capacity:               corev1.ResourceList{corev1.ResourceStorage: resource.MustParse(size)},
						PersistentVolumeSource: corev1.PersistentVolumeSource{HostPath: &corev1.HostPathVolumeSource{Path: "/tmp/" + o.GetName()}},
					},
				}
				if _, err := c.Typed.CoreV1().PersistentVolumes().Create(ctx, pv, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
					return err
				}
			}
		}
	}
	return nil
}

// ensureStorageClass creates a StorageClass for statically made volumes, bound at once.
func (c *Client) ensureStorageClass(ctx context.Context, name string) error {
	immediate := storagev1.VolumeBindingImmediate
	_, err := c.Typed.StorageV1().StorageClasses().Create(ctx, &storagev1.StorageClass{
		ObjectMeta:        metav1.ObjectMeta{Name: name},
		Provisioner:       "kubernetes.io/no-provisioner",
		VolumeBindingMode: &immediate,
	}, metav1.CreateOptions{})
	if apierrors.IsAlreadyExists(err) {
		return nil
	}
	return err
}
