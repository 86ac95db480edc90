// Package verify checks the committed dist/ against a real Kubernetes control plane: strict
// server-side dry runs under the restricted Pod Security profile, a simulated three-zone cluster
// that really runs production, and kube-score. `go test -short` skips it.
package verify

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/jsii-runtime-go"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"

	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/internal/nodejs"
	"github.com/screenshot-algo/k8s/synth"
)

// repoRoot is the repository, seen from this package's folder.
const repoRoot = ".."

var (
	// binDir holds the control-plane binaries and kube-score.
	binDir string
	// cluster is an API server alone, for dry runs: nothing is ever really applied to it, so
	// what one environment's objects are checked against never depends on another test.
	cluster *controlplane.ControlPlane
	// client talks to it.
	client *controlplane.Client
	// sim is a separate, simulated cluster that really runs production; simClient talks to it.
	// Both are started by the first test that needs them.
	sim       *controlplane.ControlPlane
	simClient *controlplane.Client
)

func TestMain(m *testing.M) {
	flag.Parse()
	// The variants are rendered here, through jsii, on the project's Node. jsii unpacks its
	// runtime while the cdk8s packages initialize, so it is closed even when every test skips.
	nodejs.UseProjectNode()
	var code int
	if testing.Short() {
		code = m.Run() // every test skips itself
	} else {
		code = runWithControlPlane(m)
	}
	jsii.Close()
	os.Exit(code)
}

// runWithControlPlane starts the control plane, runs the tests, and always stops it. A control
// plane that does not start fails the run: these checks are never skipped silently.
func runWithControlPlane(m *testing.M) int {
	start := time.Now()
	var err error
	if binDir, err = controlplane.BinDir(repoRoot); err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		return 1
	}
	if cluster, client, err = controlplane.StartCluster(repoRoot, binDir, false); err != nil {
		fmt.Fprintln(os.Stderr, "verify: starting the control plane:", err)
		return 1
	}
	defer cluster.Stop()
	defer func() {
		if sim != nil {
			sim.Stop()
		}
	}()
	fmt.Fprintf(os.Stderr, "verify: control plane up with CRDs in %s\n", time.Since(start).Round(time.Millisecond))
	return m.Run()
}

// needsCluster skips a test in -short mode.
func needsCluster(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("needs the control plane; run without -short")
	}
}

// environments are the folders of dist/.
func environments(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(repoRoot, "dist"))
	require.NoError(t, err)
	var envs []string
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			envs = append(envs, e.Name())
		}
	}
	require.NotEmpty(t, envs)
	return envs
}

// manifests reads every object of one folder of dist/, in apply order: its cluster/ folder's
// files, then its own.
func manifests(t *testing.T, dir string) []*unstructured.Unstructured {
	t.Helper()
	paths, err := synth.ObjectFiles(dir)
	require.NoError(t, err)
	require.NotEmpty(t, paths, dir)
	require.Equal(t, synth.ClusterDir, filepath.Base(filepath.Dir(paths[0])), "%s: no %s/ files", dir, synth.ClusterDir)
	require.Equal(t, filepath.Clean(dir), filepath.Dir(paths[len(paths)-1]), "%s: no files of its own", dir)
	objs, err := controlplane.ReadManifests(paths...)
	require.NoError(t, err)
	return objs
}

// deleteNamespaceAtEnd deletes a test's own namespace of the simulated cluster when the test
// ends, so that the next tests share the nodes with nothing of it.
func deleteNamespaceAtEnd(t *testing.T, ns string) {
	t.Cleanup(func() { simClient.Typed.CoreV1().Namespaces().Delete(context.Background(), ns, metav1.DeleteOptions{}) })
}

// podTemplate decodes the pod template of a Deployment, Rollout or StatefulSet.
func podTemplate(t *testing.T, o *unstructured.Unstructured) corev1.PodTemplateSpec {
	t.Helper()
	raw, found, _ := unstructured.NestedMap(o.Object, "spec", "template")
	require.True(t, found, "%s %s has a pod template", o.GetKind(), o.GetName())
	var tpl corev1.PodTemplateSpec
	require.NoError(t, runtime.DefaultUnstructuredConverter.FromUnstructured(raw, &tpl))
	return tpl
}

// podOf is a pod of tpl named name in ns, as a workload's controller would create it; a copy,
// so that a test may change it without changing tpl.
func podOf(tpl corev1.PodTemplateSpec, name, ns string) *corev1.Pod {
	p := &corev1.Pod{ObjectMeta: *tpl.ObjectMeta.DeepCopy(), Spec: *tpl.Spec.DeepCopy()}
	p.Name, p.Namespace = name, ns
	return p
}

// workloadTemplate is podTemplate of the named workload among objs.
func workloadTemplate(t *testing.T, objs []*unstructured.Unstructured, kind, name string) corev1.PodTemplateSpec {
	t.Helper()
	for _, o := range objs {
		if o.GetKind() == kind && o.GetName() == name {
			return podTemplate(t, o)
		}
	}
	t.Fatalf("no %s %s", kind, name)
	return corev1.PodTemplateSpec{}
}

// applyNamespaces really creates the Namespaces among objs, so that the objects inside them can
// be dry-run, and returns their names.
func applyNamespaces(t *testing.T, client *controlplane.Client, objs []*unstructured.Unstructured) []string {
	t.Helper()
	var names []string
	for _, o := range objs {
		if o.GetKind() == "Namespace" {
			warnings, err := client.Apply(context.Background(), o, false)
			require.NoError(t, err, controlplane.Describe(o))
			require.Empty(t, warnings, controlplane.Describe(o))
			names = append(names, o.GetName())
		}
	}
	return names
}

// simulation starts the simulated cluster once: its own etcd and API server with the CRDs, the
// controllers, the scheduler and kwok, and three fake nodes in three zones.
func simulation(t *testing.T) {
	t.Helper()
	if sim != nil {
		return
	}
	var err error
	sim, simClient, err = controlplane.StartCluster(repoRoot, binDir, true)
	require.NoError(t, err)
}
