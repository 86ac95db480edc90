package main

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/synth"
)

// TestKustomizeBuildsDist runs kustomize, the library behind `kubectl kustomize` and
// `kubectl apply -k`, over each committed dist/<env> and its cluster/ folder, and expects
// exactly the objects that `kubectl apply -f` would apply from the same folders' files, in the
// same order, the files' apply ranks: the Namespace and PriorityClasses from cluster/ only, so
// that deleting the app leaves them.
func TestKustomizeBuildsDist(t *testing.T) {
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			for _, folder := range []string{"", synth.ClusterDir, synth.GitOpsDir} {
				dir := filepath.Join("dist", e.Name, folder)
				// As kubectl runs it: with no --reorder flag, the Kustomization's sortOptions
				// decide, and without them kustomize reorders by kind.
				opts := krusty.MakeDefaultOptions()
				opts.Reorder = krusty.ReorderOptionUnspecified
				resources, err := krusty.MakeKustomizer(opts).Run(filesys.MakeFsOnDisk(), dir)
				require.NoError(t, err, "kubectl kustomize %s", dir)

				var built, files []string
				for _, r := range resources.Resources() {
					built = append(built, fmt.Sprintf("%s/%s/%s", r.GetKind(), r.GetNamespace(), r.GetName()))
				}
				for _, f := range render(t, e) {
					if f.Kind != "" && f.Folder() == folder {
						files = append(files, fmt.Sprintf("%s/%s/%s", f.Kind, f.Namespace, f.ObjectName))
					}
				}
				assert.Equal(t, files, built, "%s: kustomize builds the objects in the files' apply order", dir)
			}
		})
	}
}
