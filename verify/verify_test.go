package verify

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// TestServerDryRun sends every object of every environment, as committed in dist/, and of every
// variant of every environment (env.Variants: canary and blue-green releases, the Istio mesh),
// rendered here, to the API server as a strict server-side dry run, in a namespace that enforces
// the restricted Pod Security profile. Any error or warning fails.
func TestServerDryRun(t *testing.T) {
	needsCluster(t)
	ctx := context.Background()
	sets := map[string]func(t *testing.T) []*unstructured.Unstructured{}
	for _, e := range environments(t) {
		sets[e] = func(t *testing.T) []*unstructured.Unstructured {
			return manifests(t, filepath.Join(repoRoot, "dist", e))
		}
	}
	for name, e := range variants() {
		sets[name] = func(t *testing.T) []*unstructured.Unstructured {
			objs, err := controlplane.DecodeManifests(synth.Bundle(renderVariant(t, e)))
			require.NoError(t, err)
			return objs
		}
	}
	for name, read := range sets {
		t.Run(name, func(t *testing.T) {
			objs := read(t)
			for _, ns := range applyNamespaces(t, client, objs) {
				live, err := client.Typed.CoreV1().Namespaces().Get(ctx, ns, metav1.GetOptions{})
				require.NoError(t, err)
				require.Equal(t, "restricted", live.Labels["pod-security.kubernetes.io/enforce"], "namespace %s must enforce restricted", ns)
				require.Equal(t, "restricted", live.Labels["pod-security.kubernetes.io/warn"], "namespace %s must warn on restricted", ns)
			}
			for _, obj := range objs {
				warnings, err := client.Apply(ctx, obj, true)
				assert.NoError(t, err, controlplane.Describe(obj))
				assert.Empty(t, warnings, controlplane.Describe(obj))
			}
		})
	}
}

// variants are every release variant (env.Variants) of every environment that has them, by
// "<env>-<variant>".
func variants() map[string]env.Environment {
	out := map[string]env.Environment{}
	for _, base := range env.Environments() {
		for _, v := range env.Variants() {
			if e, ok := v.Of(base); ok {
				out[base.Name+"-"+v.Name] = e
			}
		}
		// The cloud matrix: every environment on every other cloud it has settings for.
		for cloud := range base.Clouds {
			if cloud != base.Cloud {
				out[base.Name+"-on-"+string(cloud)] = base.OnCloud(cloud)
			}
		}
	}
	// Dual-stack and IPv6-only clusters, on each cloud.
	for _, cloud := range []env.CloudName{env.AWS, env.Azure, env.GCP} {
		for name, families := range map[string]env.IPFamilies{"dualstack": {env.IPv4, env.IPv6}, "ipv6": {env.IPv6}} {
			e := env.Production().OnCloud(cloud)
			e.Network.IPFamilies = families
			out["production-on-"+string(cloud)+"-"+name] = e
		}
	}
	return out
}

// renderVariant validates and synthesizes a variant: the files applied to its cluster.
func renderVariant(t *testing.T, e env.Environment) []synth.File {
	t.Helper()
	require.NoError(t, e.Validate())
	files, err := synth.Render(e)
	require.NoError(t, err)
	return synth.Applied(files)
}

// TestBrokenManifestsAreRejected proves the dry run can fail: each deliberately broken manifest
// must get the error or warning it provokes.
func TestBrokenManifestsAreRejected(t *testing.T) {
	needsCluster(t)
	applyNamespaces(t, client, manifests(t, filepath.Join(repoRoot, "dist", "production")))
	cases := []struct {
		file        string
		wantError   string
		wantWarning string
	}{
		{file: "unknown-field.yaml", wantError: `.spec.replica: field not declared in schema`},
		{file: "wrong-type.yaml", wantError: "spec.replicas"},
		{file: "privileged.yaml", wantWarning: `would violate PodSecurity "restricted`},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			objs, err := controlplane.ReadManifests(filepath.Join("testdata", "broken", tc.file))
			require.NoError(t, err)
			require.Len(t, objs, 1)
			warnings, err := client.Apply(context.Background(), objs[0], true)
			if tc.wantError != "" {
				require.Error(t, err, "the server accepted a broken manifest")
				assert.Contains(t, err.Error(), tc.wantError)
			}
			if tc.wantWarning != "" {
				require.NotEmpty(t, warnings, "the server did not warn")
				assert.Contains(t, fmt.Sprint(warnings), tc.wantWarning)
			}
		})
	}
}

// TestProductionRollsOut really applies dist/production to the simulated three-zone cluster
// and waits, as `kubectl rollout status` would, for every Deployment and StatefulSet to become
// available.
func TestProductionRollsOut(t *testing.T) {
	needsCluster(t)
	start := time.Now()
	productionRunning(t)
	t.Logf("production applied and rolled out in %s", time.Since(start).Round(time.Millisecond))
	ctx := context.Background()

	pods, err := simClient.Typed.CoreV1().Pods("screenshot-algo").List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	byNode := map[string]int{}
	for _, p := range pods.Items {
		assert.Equal(t, corev1.PodRunning, p.Status.Phase, p.Name)
		byNode[p.Spec.NodeName]++
	}
	// Each tier at its autoscaler's minimum, and Redis.
	want := 1
	for _, tier := range env.Production().Tiers {
		want += int(tier.Scaling.Min)
	}
	assert.Equal(t, want, len(pods.Items), "every tier's pods at its minimum, and Redis's")
	t.Logf("pods per node: %v", byNode)
}

// provideOutsideDependencies creates what a real cluster has before the app is applied: the
// credentials Secrets that staging and production provision outside this program, and a
// StorageClass with a volume for each claim a StatefulSet makes.
func provideOutsideDependencies(t *testing.T, objs []*unstructured.Unstructured) {
	t.Helper()
	ctx := context.Background()
	shipped := map[string]bool{}
	for _, o := range objs {
		if o.GetKind() == "Secret" {
			shipped[o.GetName()] = true
		}
		if o.GetKind() == "ConfigMap" {
			shipped["ConfigMap/"+o.GetName()] = true
		}
	}
	for _, o := range objs {
		for _, ref := range secretKeyRefs(o.Object) {
			if shipped[ref.name] {
				continue
			}
			secret := &corev1.Secret{
				ObjectMeta: metav1.ObjectMeta{Name: ref.name, Namespace: o.GetNamespace()},
				StringData: map[string]string{ref.key: "provisioned-outside-for-the-test"},
			}
			_, err := simClient.Typed.CoreV1().Secrets(o.GetNamespace()).Create(ctx, secret, metav1.CreateOptions{})
			if apierrors.IsAlreadyExists(err) {
				existing, getErr := simClient.Typed.CoreV1().Secrets(o.GetNamespace()).Get(ctx, ref.name, metav1.GetOptions{})
				require.NoError(t, getErr)
				if existing.Data == nil {
					existing.Data = map[string][]byte{}
				}
				existing.Data[ref.key] = []byte("provisioned-outside-for-the-test")
				_, err = simClient.Typed.CoreV1().Secrets(o.GetNamespace()).Update(ctx, existing, metav1.UpdateOptions{})
			}
			require.NoError(t, err)
		}
	}
	// ConfigMaps that pods mount but the output does not ship: the RDS CA bundle.
	for _, o := range objs {
		volumes, _, _ := unstructured.NestedSlice(o.Object, "spec", "template", "spec", "volumes")
		for _, v := range volumes {
			name, found, _ := unstructured.NestedString(v.(map[string]any), "configMap", "name")
			if !found || shipped["ConfigMap/"+name] {
				continue
			}
			cm := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: o.GetNamespace()},
				Data: map[string]string{env.DatabaseCAKey: "-----BEGIN CERTIFICATE-----\nprovided outside for the test\n-----END CERTIFICATE-----\n"}}
			_, err := simClient.Typed.CoreV1().ConfigMaps(o.GetNamespace()).Create(ctx, cm, metav1.CreateOptions{})
			if !apierrors.IsAlreadyExists(err) {
				require.NoError(t, err)
			}
		}
	}
	provideCertificates(t, objs)
	require.NoError(t, simClient.Provide(ctx, objs))
}

type secretRef struct{ name, key string }

// secretKeyRefs finds every key of a Secret that an object reads, by secretKeyRef or through a
// Secret volume's items, anywhere in it.
func secretKeyRefs(v any) []secretRef {
	var out []secretRef
	switch x := v.(type) {
	case map[string]any:
		if ref, ok := x["secretKeyRef"].(map[string]any); ok {
			name, _ := ref["name"].(string)
			key, _ := ref["key"].(string)
			out = append(out, secretRef{name, key})
		}
		// A Secret volume's items.
		if vol, ok := x["secret"].(map[string]any); ok {
			name, _ := vol["secretName"].(string)
			items, _ := vol["items"].([]any)
			for _, it := range items {
				key, _ := it.(map[string]any)["key"].(string)
				out = append(out, secretRef{name, key})
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out = append(out, secretKeyRefs(x[k])...)
		}
	case []any:
		for _, e := range x {
			out = append(out, secretKeyRefs(e)...)
		}
	}
	return out
}
