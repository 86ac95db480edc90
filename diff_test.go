package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDiffCommand runs `go run . diff` as an operator would.
func TestDiffCommand(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		wantCode int
		stdout   []string
		stderr   string
	}{
		{"staging against production lists the real differences", []string{"diff", "staging", "production"}, exitOK, []string{
			"--- staging\n+++ production\n",
			"~ HorizontalPodAutoscaler/screenshot-algo/screenshot-algo-worker\n",
			"    spec.minReplicas: 2 -> 5\n",
			"    spec.maxReplicas: 8 -> 20\n",
			`    spec.hostnames[0]: "staging.screenshot-algo.example.com" -> "screenshot-algo.example.com"`,
			`    spec.data[0].remoteRef.key: "screenshot-algo/staging/redis" -> "screenshot-algo/production/redis"`,
		}, ""},
		{"dev against production shows what only dev has", []string{"diff", "dev", "production"}, exitOK, []string{
			"- Secret/screenshot-algo/screenshot-algo-redis-credentials\n",
			"+ ExternalSecret/screenshot-algo/screenshot-algo-redis-credentials\n",
		}, ""},
		{"the committed dist against a fresh synthesis", []string{"diff", "dist/production", "production"}, exitOK, []string{
			"dist/production and production describe the same objects\n",
		}, ""},
		{"one operand", []string{"diff", "staging"}, exitUsage, nil, "diff takes two operands, got 1"},
		{"an operand that is nothing", []string{"diff", "staging", "prod"}, exitUsage, nil, `"prod" is neither an environment (dev, staging, production) nor a folder`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tc.wantCode, run(tc.args, fakeEnv(nil), &stdout, &stderr), stderr.String())
			for _, w := range tc.stdout {
				assert.Contains(t, stdout.String(), w)
			}
			if tc.stderr != "" {
				assert.Contains(t, stderr.String(), tc.stderr)
			}
		})
	}
}
