// Package deploy applies one environment's output to that environment's cluster and nothing
// else: it checks that the cluster is the environment's, applies with server-side apply under one
// field manager, waits until every workload is rolled out, and only then prunes what an earlier
// deploy applied and the output no longer holds.
//
// It is built on Flux's server-side apply manager (github.com/fluxcd/pkg/ssa) rather than
// hand-written apply logic: staged apply (Namespaces, CRDs and classes first, each waited for),
// drift detection that reports unchanged objects as unchanged, kstatus waits, and a diff from a
// server-side dry run. cli-utils' applier was the alternative; it keeps its own inventory object
// but reports no "unchanged", and its prune runs before its wait unless told otherwise, while a
// strategy switch needs the new workload ready before the old one goes.
package deploy

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/fluxcd/cli-utils/pkg/kstatus/polling"
	"github.com/fluxcd/cli-utils/pkg/object"
	"github.com/fluxcd/pkg/ssa"
	"github.com/fluxcd/pkg/ssa/jsondiff"
	"github.com/go-logr/logr"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/apiutil"
	ctrllog "sigs.k8s.io/controller-runtime/pkg/log"

	"github.com/screenshot-algo/k8s/env"
)

const (
	// FieldManager owns every field a deploy sets.
	FieldManager = "screenshot-algo-deploy"
	// EnvironmentLabel marks each object with its environment; the output carries it already.
	// Prune deletes only objects that carry it with this environment's name.
	EnvironmentLabel = env.EnvironmentLabel
	// InventoryName is the ConfigMap, in the environment's namespace, that lists what the last
	// deploy applied: the objects a later deploy may prune.
	InventoryName = "screenshot-algo-deploy-inventory"
)

// Target is the cluster a deploy goes to.
type Target struct {
	// Config reaches the cluster's API server.
	Config *rest.Config
	// Context is the kubeconfig context Config came from, "" when it came from elsewhere.
	Context string
}

// Options change how a deploy runs.
type Options struct {
	// DryRun prints what would change, from a server-side dry run, and changes nothing.
	DryRun bool
	// ClaimCluster creates the cluster's identity ConfigMap for this environment when the
	// cluster has none. It never overwrites another environment's.
	ClaimCluster bool
	// Timeout bounds the wait for the rollout. Zero means ten minutes.
	Timeout time.Duration
	// Progress receives one line per step.
	Progress io.Writer
}

// Summary is what a deploy did.
type Summary struct {
	Created, Configured, Unchanged []string
	// Pruned were applied by an earlier deploy and are no longer in the output.
	Pruned []string
	// Kept are no longer in the output but were left in place: a Namespace, a
	// PersistentVolumeClaim, or an object this environment's deploys did not create.
	Kept []string
	// Waited is how long the rollout took.
	Waited time.Duration
	DryRun bool
}

// String is the summary's last line.
func (s Summary) String() string {
	verb, pruned := "applied", "pruned"
	if s.DryRun {
		verb, pruned = "would apply", "would prune"
	}
	line := fmt.Sprintf("%s %d (%d created, %d configured), %d unchanged, %s %d, kept %d",
		verb, len(s.Created)+len(s.Configured), len(s.Created), len(s.Configured), len(s.Unchanged), pruned, len(s.Pruned), len(s.Kept))
	if !s.DryRun {
		line += fmt.Sprintf(", waited %s for the rollout", s.Waited.Round(time.Second))
	}
	return line
}

// Deploy applies objs, one environment's output in apply order, to the target.
func Deploy(ctx context.Context, e env.Environment, objs []*unstructured.Unstructured, t Target, o Options) (*Summary, error) {
	if o.Timeout == 0 {
		o.Timeout = 10 * time.Minute
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	if err := CheckContext(e, t); err != nil {
		return nil, err
	}
	c, err := newClient(t.Config)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot reach the cluster at %s: %w", e.Name, t.Config.Host, err)
	}
	if err := checkNotArgoCD(ctx, c, e, t); err != nil {
		return nil, err
	}
	if err := checkIdentity(ctx, c, e, t, o); err != nil {
		return nil, err
	}
	objs = labelled(objs, e.Name)
	if err := keepRolloutSelectors(ctx, c, objs); err != nil {
		return nil, fmt.Errorf("%s: %w", e.Name, err)
	}
	previous, err := readInventory(ctx, c, e)
	if err != nil {
		return nil, err
	}
	stale := stale(previous, objs)
	if o.DryRun {
		return dryRun(ctx, c, e, objs, stale, o.Progress)
	}
	manager := ssa.NewResourceManager(c, polling.NewStatusPoller(c, c.RESTMapper(), polling.Options{}), ssa.Owner{Field: FieldManager, Group: "deploy.screenshot-algo.io"})

	// The inventory, which lives in the namespace, first lists the old and the new objects
	// together, so that a deploy that stops half-way still knows everything it may have to
	// prune next time.
	for _, obj := range objs {
		if obj.GetKind() == "Namespace" && obj.GetName() == e.Namespace {
			if _, err := manager.Apply(ctx, obj, ssa.DefaultApplyOptions()); err != nil {
				return nil, fmt.Errorf("%s: applying the namespace: %w", e.Name, err)
			}
		}
	}
	if err := writeInventory(ctx, c, e, union(previous, ids(objs))); err != nil {
		return nil, err
	}
	summary := &Summary{}
	fmt.Fprintf(o.Progress, "%s: applying %d objects to %s\n", e.Name, len(objs), describeTarget(t))
	if err := replaceChangedPriorityClasses(ctx, c, objs, o.Progress); err != nil {
		return nil, fmt.Errorf("%s: %w", e.Name, err)
	}
	var entries []ssa.ChangeSetEntry
	for _, wave := range waves(objs) {
		changes, err := manager.ApplyAllStaged(ctx, wave, ssa.ApplyOptions{WaitInterval: time.Second, WaitTimeout: time.Minute})
		if err != nil {
			return nil, fmt.Errorf("%s: applying: %w", e.Name, explainApplyError(err))
		}
		entries = append(entries, changes.Entries...)
	}
	for _, entry := range entries {
		switch entry.Action {
		case ssa.CreatedAction:
			summary.Created = append(summary.Created, entry.Subject)
		case ssa.ConfiguredAction:
			summary.Configured = append(summary.Configured, entry.Subject)
		default:
			summary.Unchanged = append(summary.Unchanged, entry.Subject)
		}
		if entry.Action != ssa.UnchangedAction {
			fmt.Fprintf(o.Progress, "  %s %s\n", entry.Subject, entry.Action)
		}
	}

	// Wait before pruning: a workload that replaces another (a Deployment switched to a
	// Rollout) must be ready before the one it replaces goes, or the tier drops below its budget.
	fmt.Fprintf(o.Progress, "%s: waiting for the rollout (at most %s)\n", e.Name, o.Timeout)
	start := time.Now()
	if err := waitRolledOut(ctx, c, manager, objs, o.Timeout); err != nil {
		return nil, fmt.Errorf("%s: %w; nothing was pruned", e.Name, err)
	}
	summary.Waited = time.Since(start)

	if err := prune(ctx, c, e, stale, summary, o.Progress); err != nil {
		return nil, err
	}
	if err := writeInventory(ctx, c, e, ids(objs)); err != nil {
		return nil, err
	}
	return summary, nil
}

// replaceChangedPriorityClasses deletes each PriorityClass of objs whose value differs from the
// live one, so that it is created anew: a PriorityClass's value cannot be changed in place. Pods
// that run keep the priority they were admitted with; a pod created in the moment between
// deletion and creation is refused, and its controller retries it.
func replaceChangedPriorityClasses(ctx context.Context, c client.Client, objs []*unstructured.Unstructured, progress io.Writer) error {
	for _, o := range objs {
		if o.GetKind() != "PriorityClass" {
			continue
		}
		want, _, _ := unstructured.NestedInt64(o.Object, "value")
		live := &unstructured.Unstructured{}
		live.SetGroupVersionKind(o.GroupVersionKind())
		err := c.Get(ctx, client.ObjectKey{Name: o.GetName()}, live)
		if apierrors.IsNotFound(err) {
			continue
		}
		if err != nil {
			return err
		}
		if have, _, _ := unstructured.NestedInt64(live.Object, "value"); have != want {
			fmt.Fprintf(progress, "  PriorityClass/%s replaced: its value %d becomes %d, which cannot change in place\n", o.GetName(), have, want)
			if err := c.Delete(ctx, live); err != nil && !apierrors.IsNotFound(err) {
				return fmt.Errorf("replacing PriorityClass %s: %w", o.GetName(), err)
			}
		}
	}
	return nil
}

// waveAnnotation is the apply rank synth writes on every object (Argo CD's sync wave).
const waveAnnotation = "argocd.argoproj.io/sync-wave"

// waves splits objs, in apply order, into runs of one apply rank, to be applied one after the
// other. Applied at once, they would be ordered by kind, with custom resources alphabetically
// last: a Rollout before the TraefikService it routes through. The Rollouts controller then
// fails on the missing TraefikService and does not look at that Rollout again until it next
// changes, which a deploy that only adds a route never does (measured: the release waited out
// its timeout).
func waves(objs []*unstructured.Unstructured) [][]*unstructured.Unstructured {
	var out [][]*unstructured.Unstructured
	last := ""
	for i, o := range objs {
		wave := o.GetAnnotations()[waveAnnotation]
		if i == 0 || wave != last {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], o)
		last = wave
	}
	return out
}

// labelled returns copies of objs carrying EnvironmentLabel.
func labelled(objs []*unstructured.Unstructured, environment string) []*unstructured.Unstructured {
	out := make([]*unstructured.Unstructured, 0, len(objs))
	for _, o := range objs {
		o = o.DeepCopy()
		labels := o.GetLabels()
		if labels == nil {
			labels = map[string]string{}
		}
		labels[EnvironmentLabel] = environment
		o.SetLabels(labels)
		out = append(out, o)
	}
	return out
}

// rolloutHashKey is the selector key the Argo Rollouts controller adds to the Services a Rollout
// routes (the active and preview Services of a blue-green release, a canary's stable and canary
// Services), naming the ReplicaSet each should reach.
const rolloutHashKey = "rollouts-pod-template-hash"

// managedByRollout is the annotation the Argo Rollouts controller puts on each Service it routes,
// naming the Rollout.
const managedByRollout = "argo-rollouts.argoproj.io/managed-by-rollouts"

// keepRolloutSelectors copies the live rollouts-pod-template-hash selector key into each Service
// of objs that a Rollout manages. A Service's selector is one atomic field for server-side
// apply: applying the output's selector would drop the key, and until the controller puts it
// back the active Service would send production traffic to every version's pods, the preview's
// included. It also makes an unchanged output apply as unchanged.
//
// A Service whose Rollout the output no longer has (a switch to a Deployment) gets the output's
// selector, without the key: it then reaches the old and the new pods alike until the Rollout is
// pruned, and the new ones after.
func keepRolloutSelectors(ctx context.Context, c client.Client, objs []*unstructured.Unstructured) error {
	rollouts := map[string]bool{}
	for _, o := range objs {
		if isRollout(o) {
			rollouts[o.GetName()] = true
		}
	}
	for _, o := range objs {
		if o.GetKind() != "Service" || o.GroupVersionKind().Group != "" {
			continue
		}
		var live corev1.Service
		err := c.Get(ctx, client.ObjectKeyFromObject(o), &live)
		if apierrors.IsNotFound(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("reading Service %s: %w", o.GetName(), err)
		}
		hash, ok := live.Spec.Selector[rolloutHashKey]
		if !ok || !rollouts[live.Annotations[managedByRollout]] {
			continue
		}
		if err := unstructured.SetNestedField(o.Object, hash, "spec", "selector", rolloutHashKey); err != nil {
			return err
		}
	}
	return nil
}

// newClient is a controller-runtime client with a REST mapper that learns new kinds (CRDs
// installed by the deploy itself) as they appear.
func newClient(cfg *rest.Config) (client.Client, error) {
	// controller-runtime logs nothing a deploy needs, and warns with a stack trace unless told.
	ctrllog.SetLogger(logr.Discard())
	httpClient, err := rest.HTTPClientFor(cfg)
	if err != nil {
		return nil, err
	}
	mapper, err := apiutil.NewDynamicRESTMapper(cfg, httpClient)
	if err != nil {
		return nil, err
	}
	return client.New(cfg, client.Options{HTTPClient: httpClient, Mapper: mapper})
}

// id names an object in the inventory: group/kind/namespace/name.
func id(o *unstructured.Unstructured) string {
	return object.UnstructuredToObjMetadata(o).String()
}

// ids lists objs' inventory names.
func ids(objs []*unstructured.Unstructured) []string {
	out := make([]string, 0, len(objs))
	for _, o := range objs {
		out = append(out, id(o))
	}
	sort.Strings(out)
	return out
}

// union is a sorted list of the names in a and b.
func union(a, b []string) []string {
	out := slices.Concat(a, b)
	sort.Strings(out)
	return slices.Compact(out)
}

// stale lists the objects of the previous inventory that objs no longer hold.
func stale(previous []string, objs []*unstructured.Unstructured) []object.ObjMetadata {
	current := map[string]bool{}
	for _, o := range objs {
		current[id(o)] = true
	}
	var out []object.ObjMetadata
	for _, s := range previous {
		if current[s] {
			continue
		}
		if m, err := object.ParseObjMetadata(s); err == nil {
			out = append(out, m)
		}
	}
	return out
}

// protected kinds are never pruned: a Namespace takes everything in it along, and a claim holds
// data (Redis's) that outlives the objects that made it.
var protected = map[string]bool{"Namespace": true, "PersistentVolumeClaim": true}

// prune deletes the stale objects that this environment's deploys created, and keeps the rest.
func prune(ctx context.Context, c client.Client, e env.Environment, stale []object.ObjMetadata, s *Summary, progress io.Writer) error {
	for _, m := range stale {
		live, err := getLive(ctx, c, m)
		if apierrors.IsNotFound(err) || meta.IsNoMatchError(err) {
			continue // already gone, or its kind is gone with its CRD
		}
		if err != nil {
			return fmt.Errorf("%s: pruning %s: %w", e.Name, m, err)
		}
		subject := fmt.Sprintf("%s/%s", live.GetKind(), live.GetName())
		switch {
		case protected[live.GetKind()]:
			s.Kept = append(s.Kept, subject+" (never pruned)")
			continue
		case live.GetLabels()[EnvironmentLabel] != e.Name:
			s.Kept = append(s.Kept, subject+" (not created by this environment's deploys)")
			continue
		}
		if s.DryRun {
			s.Pruned = append(s.Pruned, subject)
			continue
		}
		policy := metav1.DeletePropagationBackground
		if err := c.Delete(ctx, live, &client.DeleteOptions{PropagationPolicy: &policy}); err != nil && !apierrors.IsNotFound(err) {
			return fmt.Errorf("%s: pruning %s: %w", e.Name, subject, err)
		}
		s.Pruned = append(s.Pruned, subject)
		fmt.Fprintf(progress, "  %s pruned\n", subject)
		if isRollout(live) {
			if err := releaseServices(ctx, c, live); err != nil {
				return fmt.Errorf("%s: pruning %s: %w", e.Name, subject, err)
			}
		}
	}
	for _, k := range s.Kept {
		fmt.Fprintf(progress, "  %s kept\n", k)
	}
	return nil
}

// releaseServices removes a pruned Rollout's mark from the Services it routed, so that nothing
// says a Rollout that is gone still manages them. (Their selectors lost its key when the output
// without the Rollout was applied; see keepRolloutSelectors.)
func releaseServices(ctx context.Context, c client.Client, rollout *unstructured.Unstructured) error {
	var services corev1.ServiceList
	if err := c.List(ctx, &services, client.InNamespace(rollout.GetNamespace())); err != nil {
		return err
	}
	for i := range services.Items {
		svc := &services.Items[i]
		if svc.Annotations[managedByRollout] != rollout.GetName() {
			continue
		}
		patch := fmt.Sprintf(`{"metadata":{"annotations":{%q:null}}}`, managedByRollout)
		if err := c.Patch(ctx, svc, client.RawPatch(types.MergePatchType, []byte(patch))); err != nil {
			return err
		}
	}
	return nil
}

// getLive reads the live object m names.
func getLive(ctx context.Context, c client.Client, m object.ObjMetadata) (*unstructured.Unstructured, error) {
	mapping, err := c.RESTMapper().RESTMapping(m.GroupKind)
	if err != nil {
		return nil, err
	}
	live := &unstructured.Unstructured{}
	live.SetGroupVersionKind(mapping.GroupVersionKind)
	return live, c.Get(ctx, client.ObjectKey{Namespace: m.Namespace, Name: m.Name}, live)
}

// readInventory lists what the last deploy of e applied, empty before the first.
func readInventory(ctx context.Context, c client.Client, e env.Environment) ([]string, error) {
	var cm corev1.ConfigMap
	err := c.Get(ctx, client.ObjectKey{Namespace: e.Namespace, Name: InventoryName}, &cm)
	if apierrors.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: reading the deploy inventory %s/%s: %w", e.Name, e.Namespace, InventoryName, err)
	}
	if got := cm.Labels[EnvironmentLabel]; got != e.Name {
		return nil, fmt.Errorf("%s: the deploy inventory %s/%s belongs to %q; refusing to deploy over another environment", e.Name, e.Namespace, InventoryName, got)
	}
	return strings.Fields(cm.Data["objects"]), nil
}

// writeInventory records names as what e's deploys have applied.
func writeInventory(ctx context.Context, c client.Client, e env.Environment, names []string) error {
	cm := &unstructured.Unstructured{}
	cm.SetAPIVersion("v1")
	cm.SetKind("ConfigMap")
	cm.SetNamespace(e.Namespace)
	cm.SetName(InventoryName)
	cm.SetLabels(map[string]string{EnvironmentLabel: e.Name, "app.kubernetes.io/managed-by": FieldManager})
	if err := unstructured.SetNestedField(cm.Object, strings.Join(names, "\n")+"\n", "data", "objects"); err != nil {
		return err
	}
	err := c.Patch(ctx, cm, client.Apply, client.FieldOwner(FieldManager), client.ForceOwnership)
	if err != nil {
		return fmt.Errorf("%s: writing the deploy inventory %s/%s: %w", e.Name, e.Namespace, InventoryName, err)
	}
	return nil
}

// dryRun reports what a deploy would do: each object's change from a server-side dry run, with
// the fields that would change, and what would be pruned.
func dryRun(ctx context.Context, c client.Client, e env.Environment, objs []*unstructured.Unstructured, stale []object.ObjMetadata, w io.Writer) (*Summary, error) {
	s := &Summary{DryRun: true}
	fmt.Fprintf(w, "%s: dry run, nothing is changed\n", e.Name)
	for _, o := range objs {
		subject := fmt.Sprintf("%s/%s", o.GetKind(), o.GetName())
		d, err := jsondiff.Unstructured(ctx, c, o, jsondiff.FieldOwner(FieldManager), jsondiff.MaskSecrets(true))
		if err != nil {
			if apierrors.IsNotFound(err) || meta.IsNoMatchError(err) {
				// The namespace (or the CRD) does not exist yet, so the server cannot dry-run
				// the object; a deploy would create it.
				s.Created = append(s.Created, subject)
				fmt.Fprintf(w, "  %s would be created\n", subject)
				continue
			}
			return nil, fmt.Errorf("%s: dry run of %s: %w", e.Name, subject, explainApplyError(err))
		}
		switch d.Type {
		case jsondiff.DiffTypeCreate:
			s.Created = append(s.Created, subject)
			fmt.Fprintf(w, "  %s would be created\n", subject)
		case jsondiff.DiffTypeUpdate:
			s.Configured = append(s.Configured, subject)
			fmt.Fprintf(w, "  %s would be configured:\n", subject)
			for _, op := range d.Patch {
				fmt.Fprintf(w, "      %s %s\n", op.Type, op.Path)
			}
		default:
			s.Unchanged = append(s.Unchanged, subject)
		}
	}
	if err := prune(ctx, c, e, stale, s, w); err != nil {
		return nil, err
	}
	for _, p := range s.Pruned {
		fmt.Fprintf(w, "  %s would be pruned\n", p)
	}
	return s, nil
}

// explainApplyError turns a missing kind into what to do about it.
func explainApplyError(err error) error {
	if meta.IsNoMatchError(err) || strings.Contains(err.Error(), "no matches for kind") {
		return fmt.Errorf("%w (the cluster lacks a CRD the output uses: install them first, make crds)", err)
	}
	return err
}

// describeTarget names the cluster for the progress lines.
func describeTarget(t Target) string {
	if t.Context != "" {
		return fmt.Sprintf("context %q (%s)", t.Context, t.Config.Host)
	}
	return t.Config.Host
}
