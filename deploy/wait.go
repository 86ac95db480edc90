package deploy

import (
	"context"
	"fmt"
	"time"

	"github.com/fluxcd/cli-utils/pkg/object"
	"github.com/fluxcd/pkg/ssa"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/util/wait"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/screenshot-algo/k8s/deploy/rollouts"
)

// waitRolledOut waits until kstatus reports every applied object Current, then until every Argo
// Rollout is Healthy at its latest generation. kstatus cannot read a Rollout: its
// status.observedGeneration is a string, and its progress is in status.phase, not in the
// conditions kstatus knows.
func waitRolledOut(ctx context.Context, c client.Client, manager *ssa.ResourceManager, objs []*unstructured.Unstructured, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var kstatusReadable []*unstructured.Unstructured
	for _, o := range objs {
		if !isRollout(o) {
			kstatusReadable = append(kstatusReadable, o)
		}
	}
	// An autoscaled workload states no replicas and starts at one: it is not rolled out until its
	// autoscaler has raised it to the minimum, whatever kstatus says of one ready pod.
	if pending, err := pollUntil(ctx, deadline, func(ctx context.Context) (string, error) { return belowMinimum(ctx, c, objs) }); err != nil {
		return fmt.Errorf("not rolled out within %s: %s", timeout, pending)
	}
	set := object.UnstructuredSetToObjMetadataSet(kstatusReadable)
	if err := manager.WaitForSetWithContext(ctx, set, ssa.WaitOptions{Interval: 2 * time.Second, Timeout: time.Until(deadline)}); err != nil {
		return fmt.Errorf("not rolled out within %s: %w", timeout, err)
	}
	if pending, err := pollUntil(ctx, deadline, func(ctx context.Context) (string, error) { return rolloutsPending(ctx, c, objs) }); err != nil {
		return fmt.Errorf("not rolled out within %s: %s", timeout, pending)
	}
	return nil
}

// pollUntil calls check every second until it reports nothing pending, an error, or the deadline
// passes; it returns what was still pending.
func pollUntil(ctx context.Context, deadline time.Time, check func(context.Context) (string, error)) (string, error) {
	var pending string
	err := wait.PollUntilContextTimeout(ctx, time.Second, time.Until(deadline), true, func(ctx context.Context) (bool, error) {
		var err error
		pending, err = check(ctx)
		return pending == "" && err == nil, err
	})
	return pending, err
}

// belowMinimum names the first autoscaler in objs whose target runs fewer replicas than its
// minimum, or "".
func belowMinimum(ctx context.Context, c client.Client, objs []*unstructured.Unstructured) (string, error) {
	for _, o := range objs {
		if o.GetKind() != "HorizontalPodAutoscaler" {
			continue
		}
		min, found, _ := unstructured.NestedInt64(o.Object, "spec", "minReplicas")
		kind, _, _ := unstructured.NestedString(o.Object, "spec", "scaleTargetRef", "kind")
		name, _, _ := unstructured.NestedString(o.Object, "spec", "scaleTargetRef", "name")
		apiVersion, _, _ := unstructured.NestedString(o.Object, "spec", "scaleTargetRef", "apiVersion")
		if !found {
			continue
		}
		target := &unstructured.Unstructured{}
		target.SetAPIVersion(apiVersion)
		target.SetKind(kind)
		if err := c.Get(ctx, client.ObjectKey{Namespace: o.GetNamespace(), Name: name}, target); err != nil {
			return "", err
		}
		if replicas, _, _ := unstructured.NestedInt64(target.Object, "spec", "replicas"); replicas < min {
			return fmt.Sprintf("%s/%s: its autoscaler has not yet raised it to %d replicas", kind, name, min), nil
		}
	}
	return "", nil
}

// rolloutsPending names the first Rollout in objs that is not Healthy, or "".
func rolloutsPending(ctx context.Context, c client.Client, objs []*unstructured.Unstructured) (string, error) {
	for _, o := range objs {
		if !isRollout(o) {
			continue
		}
		live := &unstructured.Unstructured{}
		live.SetGroupVersionKind(o.GroupVersionKind())
		if err := c.Get(ctx, client.ObjectKeyFromObject(o), live); err != nil {
			return "", err
		}
		if ok, why := rollouts.Healthy(live); !ok {
			return fmt.Sprintf("rollout/%s: %s", live.GetName(), why), nil
		}
	}
	return "", nil
}

// isRollout says whether o is an Argo Rollout.
func isRollout(o *unstructured.Unstructured) bool {
	return o.GetKind() == "Rollout" && o.GroupVersionKind().Group == "argoproj.io"
}
