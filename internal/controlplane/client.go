package controlplane

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/discovery"
	"k8s.io/client-go/discovery/cached/memory"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/restmapper"
)

// FieldManager is the server-side apply field manager of everything the tests apply.
const FieldManager = "screenshot-algo-verify"

// Client applies manifests and records the warnings the server returns for each request.
type Client struct {
	Typed   kubernetes.Interface
	dynamic dynamic.Interface
	mapper  *restmapper.DeferredDiscoveryRESTMapper
	warns   *warnings
}

// warnings collects the Warning headers of responses. Requests are sequential (jsii and these
// tests are single-threaded), so a reset before each request attributes warnings to it.
type warnings struct {
	mu   sync.Mutex
	list []string
}

func (w *warnings) HandleWarningHeader(code int, agent, text string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.list = append(w.list, text)
}

func (w *warnings) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := w.list
	w.list = nil
	return out
}

// Dynamic is the client for objects of any kind, such as the Argo Rollouts API's.
func (c *Client) Dynamic() dynamic.Interface { return c.dynamic }

// NewClient connects to the control plane.
func NewClient(cfg *rest.Config) (*Client, error) {
	cfg = rest.CopyConfig(cfg)
	w := &warnings{}
	cfg.WarningHandler = w
	typed, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return nil, err
	}
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return nil, err
	}
	disco, err := discovery.NewDiscoveryClientForConfig(cfg)
	if err != nil {
		return nil, err
	}
	return &Client{Typed: typed, dynamic: dyn, mapper: restmapper.NewDeferredDiscoveryRESTMapper(memory.NewMemCacheClient(disco)), warns: w}, nil
}

// ReadManifests reads every object in YAML or JSON files, several documents per file allowed.
func ReadManifests(paths ...string) ([]*unstructured.Unstructured, error) {
	var out []*unstructured.Unstructured
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		objs, err := DecodeManifests(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, objs...)
	}
	return out, nil
}

// DecodeManifests decodes a multi-document YAML or JSON stream. Numbers become int64 or
// float64 as in any Kubernetes client, not JSON's float64 for everything.
func DecodeManifests(b []byte) ([]*unstructured.Unstructured, error) {
	var out []*unstructured.Unstructured
	dec := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(b), 4096)
	for {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			return nil, err
		}
		if len(bytes.TrimSpace(raw)) == 0 || string(raw) == "null" {
			continue
		}
		obj := &unstructured.Unstructured{}
		if err := obj.UnmarshalJSON(raw); err != nil {
			return nil, err
		}
		out = append(out, obj)
	}
}

// Describe names an object for messages: Kind/namespace/name.
func Describe(obj *unstructured.Unstructured) string {
	if obj.GetNamespace() == "" {
		return obj.GetKind() + "/" + obj.GetName()
	}
	return obj.GetKind() + "/" + obj.GetNamespace() + "/" + obj.GetName()
}

// Apply server-side applies obj with strict field validation, as `kubectl apply --server-side`
// does, optionally as a dry run. It returns the warnings the server sent for it.
func (c *Client) Apply(ctx context.Context, obj *unstructured.Unstructured, dryRun bool) ([]string, error) {
	res, err := c.Resource(obj)
	if err != nil {
		return nil, err
	}
	body, err := obj.MarshalJSON()
	if err != nil {
		return nil, err
	}
	opts := metav1.PatchOptions{FieldManager: FieldManager, Force: boolPtr(true), FieldValidation: "Strict"}
	if dryRun {
		opts.DryRun = []string{metav1.DryRunAll}
	}
	c.warns.take()
	_, err = res.Patch(ctx, obj.GetName(), types.ApplyPatchType, body, opts)
	return c.warns.take(), err
}

// Get reads obj's live counterpart.
func (c *Client) Get(ctx context.Context, obj *unstructured.Unstructured) (*unstructured.Unstructured, error) {
	res, err := c.Resource(obj)
	if err != nil {
		return nil, err
	}
	return res.Get(ctx, obj.GetName(), metav1.GetOptions{})
}

// Resource is the dynamic client of obj's resource, in obj's namespace when it is namespaced. It
// finds the resource for obj's kind, refreshing discovery once for new CRDs.
func (c *Client) Resource(obj *unstructured.Unstructured) (dynamic.ResourceInterface, error) {
	gvk := obj.GroupVersionKind()
	mapping, err := c.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	if meta.IsNoMatchError(err) {
		c.mapper.Reset()
		mapping, err = c.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Describe(obj), err)
	}
	if mapping.Scope.Name() == meta.RESTScopeNameNamespace {
		return c.dynamic.Resource(mapping.Resource).Namespace(obj.GetNamespace()), nil
	}
	return c.dynamic.Resource(mapping.Resource), nil
}

var crdResource = schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}

// InstallCRDs applies CustomResourceDefinitions and waits until each is Established.
func (c *Client) InstallCRDs(ctx context.Context, crds []*unstructured.Unstructured) error {
	for _, crd := range crds {
		if _, err := c.Apply(ctx, crd, false); err != nil {
			return fmt.Errorf("installing %s: %w", crd.GetName(), err)
		}
	}
	for _, crd := range crds {
		if err := poll(ctx, time.Minute, func() (bool, error) {
			got, err := c.dynamic.Resource(crdResource).Get(ctx, crd.GetName(), metav1.GetOptions{})
			if err != nil {
				return false, err
			}
			conds, _, _ := unstructured.NestedSlice(got.Object, "status", "conditions")
			for _, cond := range conds {
				m, _ := cond.(map[string]any)
				if m["type"] == "Established" && m["status"] == "True" {
					return true, nil
				}
			}
			return false, nil
		}); err != nil {
			return fmt.Errorf("CRD %s not established: %w", crd.GetName(), err)
		}
	}
	c.mapper.Reset()
	return nil
}

// RolloutStatus says whether a workload has finished rolling out, with the same rules as
// `kubectl rollout status`, and if not, why.
func RolloutStatus(obj any) (done bool, why string) {
	switch w := obj.(type) {
	case *appsv1.Deployment:
		want := replicasOrOne(w.Spec.Replicas)
		switch {
		case w.Status.ObservedGeneration < w.Generation:
			return false, "spec not yet observed"
		case w.Status.UpdatedReplicas < want:
			return false, fmt.Sprintf("%d of %d replicas updated", w.Status.UpdatedReplicas, want)
		case w.Status.Replicas > w.Status.UpdatedReplicas:
			return false, fmt.Sprintf("%d old replicas pending termination", w.Status.Replicas-w.Status.UpdatedReplicas)
		case w.Status.AvailableReplicas < w.Status.UpdatedReplicas:
			return false, fmt.Sprintf("%d of %d updated replicas available", w.Status.AvailableReplicas, w.Status.UpdatedReplicas)
		}
		return true, ""
	case *appsv1.StatefulSet:
		want := replicasOrOne(w.Spec.Replicas)
		switch {
		case w.Status.ObservedGeneration < w.Generation:
			return false, "spec not yet observed"
		case w.Status.ReadyReplicas < want:
			return false, fmt.Sprintf("%d of %d replicas ready", w.Status.ReadyReplicas, want)
		case w.Status.UpdateRevision != w.Status.CurrentRevision:
			return false, "update revision not yet current"
		}
		return true, ""
	}
	return false, fmt.Sprintf("not a workload: %T", obj)
}

// replicasOrOne is a spec's replica count, which the API server defaults to 1.
func replicasOrOne(r *int32) int32 {
	if r == nil {
		return 1
	}
	return *r
}

// WaitRolledOut waits until every Deployment and StatefulSet in the namespace has rolled out,
// and every Argo Rollout is Healthy, returning, on timeout, what each unfinished one is waiting
// for.
func (c *Client) WaitRolledOut(ctx context.Context, namespace string, timeout time.Duration) error {
	var pending []string
	err := poll(ctx, timeout, func() (bool, error) {
		pending = nil
		deps, err := c.Typed.AppsV1().Deployments(namespace).List(ctx, metav1.ListOptions{})
		if err != nil {
			return false, err
		}
		for i := range deps.Items {
			if ok, why := RolloutStatus(&deps.Items[i]); !ok {
				pending = append(pending, fmt.Sprintf("deployment/%s: %s", deps.Items[i].Name, why))
			}
		}
		rollouts, rolloutReplicas, err := c.rolloutsHealthy(ctx, namespace)
		if err != nil {
			return false, err
		}
		pending = append(pending, rollouts...)
		// An autoscaled Deployment or Rollout states no replicas and starts at one; it has only
		// rolled out once its autoscaler has raised it to the minimum.
		replicas := rolloutReplicas
		for _, d := range deps.Items {
			replicas["Deployment/"+d.Name] = d.Spec.Replicas
		}
		hpas, err := c.Typed.AutoscalingV2().HorizontalPodAutoscalers(namespace).List(ctx, metav1.ListOptions{})
		if err != nil {
			return false, err
		}
		for _, h := range hpas.Items {
			target := h.Spec.ScaleTargetRef.Kind + "/" + h.Spec.ScaleTargetRef.Name
			r, found := replicas[target]
			if found && h.Spec.MinReplicas != nil && (r == nil || *r < *h.Spec.MinReplicas) {
				pending = append(pending, fmt.Sprintf("%s: autoscaler has not yet raised it to %d replicas", strings.ToLower(target), *h.Spec.MinReplicas))
			}
		}
		sts, err := c.Typed.AppsV1().StatefulSets(namespace).List(ctx, metav1.ListOptions{})
		if err != nil {
			return false, err
		}
		for i := range sts.Items {
			if ok, why := RolloutStatus(&sts.Items[i]); !ok {
				pending = append(pending, fmt.Sprintf("statefulset/%s: %s", sts.Items[i].Name, why))
			}
		}
		return len(pending) == 0, nil
	})
	if err != nil {
		return fmt.Errorf("%w; still waiting for %v", err, pending)
	}
	return nil
}

// poll calls cond every 250ms until it is true, returns an error, or timeout passes.
func poll(ctx context.Context, timeout time.Duration, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		ok, err := cond()
		if err != nil && !apierrors.IsNotFound(err) {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("timed out after %s", timeout)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func boolPtr(b bool) *bool { return &b }

// PodReady reports whether a pod's Ready condition is true.
func PodReady(p *corev1.Pod) bool {
	for _, c := range p.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// Diagnose summarizes why workloads in a namespace may not be running: pods that are not
// Ready, claims that are not Bound, and Warning events.
func (c *Client) Diagnose(ctx context.Context, namespace string) string {
	var b strings.Builder
	pods, err := c.Typed.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{})
	if err == nil {
		for i := range pods.Items {
			p := &pods.Items[i]
			if !PodReady(p) {
				fmt.Fprintf(&b, "pod %s: phase %s on node %q\n", p.Name, p.Status.Phase, p.Spec.NodeName)
			}
		}
	}
	pvcs, err := c.Typed.CoreV1().PersistentVolumeClaims(namespace).List(ctx, metav1.ListOptions{})
	if err == nil {
		for _, p := range pvcs.Items {
			if p.Status.Phase != "Bound" {
				fmt.Fprintf(&b, "claim %s: %s\n", p.Name, p.Status.Phase)
			}
		}
	}
	pvs, err := c.Typed.CoreV1().PersistentVolumes().List(ctx, metav1.ListOptions{})
	if err == nil {
		for _, p := range pvs.Items {
			if p.Status.Phase != "Bound" {
				fmt.Fprintf(&b, "volume %s: %s %s (class %q, %v)\n", p.Name, p.Status.Phase, p.Status.Message, p.Spec.StorageClassName, p.Spec.Capacity.Storage())
			}
		}
	}
	events, err := c.Typed.CoreV1().Events(namespace).List(ctx, metav1.ListOptions{FieldSelector: "type=Warning"})
	if err == nil {
		for _, e := range events.Items {
			fmt.Fprintf(&b, "event %s/%s: %s: %s\n", e.InvolvedObject.Kind, e.InvolvedObject.Name, e.Reason, e.Message)
		}
	}
	return b.String()
}
