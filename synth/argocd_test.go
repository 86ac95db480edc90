package synth

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnnotate adds annotations to YAML written the way cdk8s writes it, and expects them in key
// order among any the object has.
func TestAnnotate(t *testing.T) {
	add := map[string]string{SyncWaveAnnotation: "50", SyncOptionsAnnotation: "Prune=false"}
	cases := []struct {
		name, doc, want string
	}{
		{"no annotations yet",
			"kind: Service\nmetadata:\n  labels:\n    a: b\n  name: x\nspec: {}",
			"kind: Service\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-options: Prune=false\n    argocd.argoproj.io/sync-wave: \"50\"\n  labels:\n    a: b\n  name: x\nspec: {}"},
		{"among others, and a value over several lines",
			"kind: Service\nmetadata:\n  annotations:\n    a.io/first: |-\n      one\n      two\n    z.io/last: \"1\"\n  name: x",
			"kind: Service\nmetadata:\n  annotations:\n    a.io/first: |-\n      one\n      two\n    argocd.argoproj.io/sync-options: Prune=false\n    argocd.argoproj.io/sync-wave: \"50\"\n    z.io/last: \"1\"\n  name: x"},
		{"metadata last",
			"kind: Namespace\nmetadata:",
			"kind: Namespace\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-options: Prune=false\n    argocd.argoproj.io/sync-wave: \"50\""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := annotate(tc.doc, add)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}

	_, err := annotate("kind: Service\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-wave: \"1\"\n  name: x", add)
	assert.ErrorContains(t, err, "set already", "an object's own sync wave is never overwritten silently")
	_, err = annotate("kind: List\nitems: []", add)
	assert.ErrorContains(t, err, "without metadata")
}
