package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/screenshot-algo/k8s/env"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cloudLiterals are names only a cloud profile may hold: storage classes, metadata and host
// addresses, identity annotations, endpoint and registry domains, secret managers.
var cloudLiterals = []string{
	"gp3", "managed-csi", "premium-rwo",
	"169.254.169.254", "fd00:ec2", "168.63.129.16",
	"eks.amazonaws.com", "azure.workload.identity", "iam.gke.io",
	"rds.amazonaws.com", "postgres.database.azure.com", "sql.goog",
	"dkr.ecr", "azurecr.io", "pkg.dev",
	"aws-secrets-manager", "vault.azure.net", "iam.gserviceaccount.com", "arn:aws",
}

// cloudFiles may hold them: the profiles, the environments' settings on each cloud, and the
// secret store construct, which renders each secret manager's schema.
var cloudFiles = map[string]bool{
	"env/cloud.go": true, "env/environments.go": true, "constructs/secretstore.go": true,
}

// TestNoCloudLiteralOutsideTheProfiles keeps everything cloud-specific in the profiles, so that
// moving to another cloud is a --cloud value, never an edit of the charts or the constructs.
func TestNoCloudLiteralOutsideTheProfiles(t *testing.T) {
	var checked int
	for _, dir := range []string{".", "env", "charts", "constructs", "synth", "guardrails", "graph", "envdiff"} {
		paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, path := range paths {
			if strings.HasSuffix(path, "_test.go") || cloudFiles[filepath.ToSlash(path)] {
				continue
			}
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			checked++
			for i, line := range strings.Split(string(b), "\n") {
				for _, literal := range cloudLiterals {
					if strings.Contains(line, literal) {
						t.Errorf("%s:%d names %q: it belongs in env/cloud.go or env/environments.go", path, i+1, literal)
					}
				}
			}
		}
	}
	assert.Greater(t, checked, 30, "the test read the project's code")
}

// TestEveryCloudNamesItsPolicyEngine keeps the NetworkPolicies enforceable: each profile names
// what enforces them there, and the page an operator builds the cluster from requires it.
func TestEveryCloudNamesItsPolicyEngine(t *testing.T) {
	cluster, err := os.ReadFile("docs/cluster.md")
	require.NoError(t, err)
	var required bool
	for _, line := range strings.Split(string(cluster), "\n") {
		required = required || strings.Contains(line, "network policies (**required**)")
	}
	assert.True(t, required, "docs/cluster.md requires a policy engine")
	for _, name := range env.CloudNames {
		t.Run(string(name), func(t *testing.T) {
			cloud, ok := env.Profile(name)
			require.True(t, ok)
			require.NotEmpty(t, cloud.PolicyEngine, "the %s profile names no policy engine: its NetworkPolicies would be stored and never applied", name)
			page := filepath.Join("docs", "clouds", string(name)+".md")
			if name == env.Kind {
				page = "docs/cluster.md" // dev's column
			}
			b, err := os.ReadFile(page)
			require.NoError(t, err)
			assert.Contains(t, string(b), cloud.PolicyEngine, "%s names the engine the profile names", page)
		})
	}
}
