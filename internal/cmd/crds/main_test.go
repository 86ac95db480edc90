package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// builtIn are the API groups a cluster serves without CRDs ("" is the core group).
var builtIn = map[string]bool{"": true, "apps": true, "autoscaling": true, "policy": true, "networking.k8s.io": true,
	"scheduling.k8s.io": true, "kustomize.config.k8s.io": true, "rbac.authorization.k8s.io": true, "batch": true}

// TestCRDsCoverTheOutput: every kind in dist/ is built in or defined by a CRD that `make crds`
// and `make kind-up` install, so that `kubectl apply -k dist/<env>` on a fresh cluster never
// stops at "no matches for kind".
func TestCRDsCoverTheOutput(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	files, err := controlplane.CRDFiles(root)
	require.NoError(t, err)
	crds, err := controlplane.ReadManifests(files...)
	require.NoError(t, err)
	defined := map[string]bool{}
	for _, crd := range crds {
		group, _, _ := unstructured.NestedString(crd.Object, "spec", "group")
		kind, _, _ := unstructured.NestedString(crd.Object, "spec", "names", "kind")
		defined[group+"/"+kind] = true
	}

	manifests, err := filepath.Glob(filepath.Join(root, "dist", "*", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, manifests, "dist/ is synthesized")
	objs, err := controlplane.ReadManifests(manifests...)
	require.NoError(t, err)
	for _, o := range objs {
		group := o.GroupVersionKind().Group
		if builtIn[group] {
			continue
		}
		assert.True(t, defined[group+"/"+o.GetKind()], "%s %s (%s) has no CRD in controlplane.CRDSources", o.GetKind(), o.GetName(), o.GetAPIVersion())
	}
}
