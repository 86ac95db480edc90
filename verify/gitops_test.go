package verify

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// TestArgoCDObjectsDryRun sends each environment's committed Argo CD AppProject and Application
// (dist/<env>/argocd) to the API server, which serves the CRDs of the pinned Argo CD release, as
// a strict server-side dry run into Argo CD's namespace. Any error or warning fails.
func TestArgoCDObjectsDryRun(t *testing.T) {
	needsCluster(t)
	ctx := context.Background()
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			ns := e.GitOps.ArgoCDNamespace
			_, err := client.Typed.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}, metav1.CreateOptions{})
			if !apierrors.IsAlreadyExists(err) {
				require.NoError(t, err)
			}
			paths, err := filepath.Glob(filepath.Join(repoRoot, "dist", e.Name, synth.GitOpsDir, "*.yaml"))
			require.NoError(t, err)
			objs, err := controlplane.ReadManifests(paths...)
			require.NoError(t, err)
			kinds := map[string]bool{}
			for _, obj := range objs {
				kinds[obj.GetKind()] = true
				warnings, err := client.Apply(ctx, obj, true)
				assert.NoError(t, err, controlplane.Describe(obj))
				assert.Empty(t, warnings, controlplane.Describe(obj))
			}
			assert.Equal(t, map[string]bool{"AppProject": true, "Application": true}, kinds)
		})
	}
}
