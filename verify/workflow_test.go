package verify

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWorkflowsLint runs actionlint over the GitHub Actions workflows, and over a broken one to
// prove that it reports errors.
func TestWorkflowsLint(t *testing.T) {
	needsCluster(t) // actionlint is built with the control plane
	workflows, err := filepath.Glob(filepath.Join(repoRoot, ".github", "workflows", "*.yml"))
	require.NoError(t, err)
	require.NotEmpty(t, workflows)
	actionlint := filepath.Join(binDir, "actionlint")

	out, err := exec.Command(actionlint, workflows...).CombinedOutput()
	assert.NoError(t, err, "%s", out)

	out, err = exec.Command(actionlint, filepath.Join("testdata", "broken", "workflow.yml")).CombinedOutput()
	assert.Error(t, err, "actionlint accepted a broken workflow")
	assert.Contains(t, string(out), "pusj")
}
