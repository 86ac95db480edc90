package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeployRefusesBadInput: each bad deploy input ends in one line on stderr and a non-zero
// exit, before anything reaches a cluster. It deploys the committed dist/. (The deploy itself is tested on the simulated cluster,
// verify/deploy_test.go.)
func TestDeployRefusesBadInput(t *testing.T) {
	kubeconfig := filepath.Join(t.TempDir(), "config")
	require.NoError(t, os.WriteFile(kubeconfig, []byte(`apiVersion: v1
kind: Config
clusters:
- name: nowhere
  cluster: {server: "https://127.0.0.1:1"}
users:
- name: someone
  user: {token: not-a-real-token}
contexts:
- name: kind-screenshot-algo
  context: {cluster: nowhere, user: someone}
- name: screenshot-algo-production
  context: {cluster: nowhere, user: someone}
current-context: kind-screenshot-algo
`), 0o600))
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no environment", []string{"deploy"}, exitUsage, "deploy takes one environment (dev, staging, production), got 0 operands"},
		{"unknown environment", []string{"deploy", "prod"}, exitUsage, `unknown environment "prod"; allowed: dev, staging, production`},
		{"unknown flag", []string{"deploy", "production", "--force"}, exitUsage, "flag provided but not defined: -force"},
		{"no such kubeconfig", []string{"deploy", "production", "--kubeconfig", filepath.Join(t.TempDir(), "missing")}, exitInvalid, "production: reading the kubeconfig"},
		{"no such context", []string{"deploy", "production", "--kubeconfig", kubeconfig, "--context", "elsewhere"}, exitInvalid, `the kubeconfig has no context "elsewhere"`},
		{"another environment's context", []string{"deploy", "production", "--kubeconfig", kubeconfig}, exitInvalid,
			`production: the kube context is "kind-screenshot-algo", but production deploys only through "screenshot-algo-production"`},
		{"no synthesized environment", []string{"deploy", "production", "--kubeconfig", kubeconfig, "--context", "screenshot-algo-production", "--output", t.TempDir()}, exitInvalid,
			"holds no synthesized environment"},
		{"unreachable cluster", []string{"deploy", "production", "--kubeconfig", kubeconfig, "--context", "screenshot-algo-production"}, exitInvalid,
			"production: cannot reach the cluster at https://127.0.0.1:1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(c.args, func(string) string { return "" }, &stdout, &stderr)
			assert.Equal(t, c.code, code, stderr.String())
			assert.Contains(t, stderr.String(), c.want)
			assert.Equal(t, 1, strings.Count(stderr.String(), "\n"), "one line: %q", stderr.String())
		})
	}
}
