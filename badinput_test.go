package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/screenshot-algo/k8s/env"
)

// TestBadInput tries what a new user gets wrong, through the real command-line path: flags,
// environment variables and environment values. Every case must exit non-zero with a message
// naming the field and what is allowed, and leave the output folder byte-identical.
func TestBadInput(t *testing.T) {
	production := func(mutate func(e *env.Environment)) func([]env.Environment) {
		return func(envs []env.Environment) {
			for i := range envs {
				if envs[i].Name == "production" {
					mutate(&envs[i])
				}
			}
		}
	}
	cases := []struct {
		name   string
		args   []string
		vars   map[string]string
		mutate func([]env.Environment)
		want   []string
	}{
		// Flags.
		{name: "empty environment", args: []string{"--env", ""}, want: []string{"--env was given an empty value", "dev, staging, production"}},
		{name: "unknown environment", args: []string{"--env", "prod"}, want: []string{`unknown environment "prod"`, "allowed: dev, staging, production"}},
		{name: "flag that does not exist", args: []string{"--replicas", "3"}, want: []string{"-replicas", "allowed flags: --env NAME"}},
		{name: "latest tag flag", args: []string{"--image-tag", "latest"}, want: []string{"--image-tag", `never "latest"`}},
		{name: "tag with a space", args: []string{"--image-tag", "v 1"}, want: []string{"--image-tag", "letters, digits"}},
		{name: "tag with a leading dot", args: []string{"--image-tag", ".hidden"}, want: []string{"--image-tag", "not starting with '.' or '-'"}},
		{name: "tag with a leading dash", args: []string{"--image-tag", "-x"}, want: []string{"--image-tag", "not starting with '.' or '-'"}},
		{name: "tag over 128 characters", args: []string{"--image-tag", strings.Repeat("7", 129)}, want: []string{"--image-tag", "1 to 128 characters"}},
		{name: "strategy without a tier", args: []string{"--strategy", "canary"}, want: []string{`--strategy "canary"`, "TIER=STRATEGY", "rollingupdate, bluegreen, canary"}},
		{name: "unknown strategy", args: []string{"--strategy", "backend=recreate"}, want: []string{`--strategy "backend=recreate"`, "rollingupdate, bluegreen, canary"}},
		{name: "strategy for an unknown tier", args: []string{"--strategy", "api=canary"}, want: []string{`no tier "api"`, "allowed: " + strings.Join(env.Dev().TierNames(), ", ")}},
		{name: "canary for the workers", args: []string{"--env", "production", "--strategy", "worker=canary"}, want: []string{"Tiers[worker].Strategy", "RollingUpdate for a tier without a Service"}},
		{name: "unknown cloud", args: []string{"--cloud", "oracle"}, want: []string{`unknown cloud "oracle" for --cloud`, "allowed: aws, azure, gcp, kind"}},
		{name: "empty cloud", args: []string{"--cloud", ""}, want: []string{"--cloud was given an empty value"}},
		{name: "a cloud whose settings miss a value", args: []string{"--env", "production", "--cloud", "azure"},
			mutate: production(func(e *env.Environment) {
				*e = e.OnCloud(env.Azure)
				e.ChangeOn(func(s *env.CloudSettings) { s.VaultURL = "" })
				*e = e.OnCloud(env.AWS)
			}),
			want: []string{"production: Clouds[azure].VaultURL", "Key Vault URL"}},
		{name: "a protected environment on Kind, which has no secret manager", args: []string{"--env", "staging", "--cloud", "kind"},
			want: []string{"staging: Clouds[kind]", "settings on Kind"}},
		// Environment variables.
		{name: "IMAGE_TAG latest", vars: map[string]string{"IMAGE_TAG": "latest"}, want: []string{"IMAGE_TAG", `never "latest"`}},
		{name: "IMAGE_TAG with a space", vars: map[string]string{"IMAGE_TAG": "build 42"}, want: []string{"IMAGE_TAG", "letters, digits"}},
		// Environment values.
		{name: "zero replicas", mutate: production(func(e *env.Environment) { e.TierRef("frontend").Scaling.Min = 0 }),
			want: []string{"production: Tiers[frontend].Scaling.Min", "at least 1"}},
		{name: "negative replicas", mutate: production(func(e *env.Environment) { e.TierRef("worker").Scaling.Min = -3 }),
			want: []string{"production: Tiers[worker].Scaling.Min", "at least 1"}},
		{name: "autoscaler minimum above maximum", mutate: production(func(e *env.Environment) {
			e.TierRef("backend").Scaling = env.Scaling{Min: 30, Max: 20, TargetCPUPercent: 70}
		}),
			want: []string{"production: Tiers[backend].Scaling.Max", "at least Scaling.Min (30)"}},
		{name: "CPU target of zero", mutate: production(func(e *env.Environment) { e.TierRef("backend").Scaling.TargetCPUPercent = 0 }),
			want: []string{"Tiers[backend].Scaling.TargetCPUPercent", "1 to 100"}},
		{name: "latest tag in the environment", mutate: production(func(e *env.Environment) { e.ImageTag = "latest" }),
			want: []string{"production: ImageTag", `never "latest"`}},
		{name: "memory request above its limit", mutate: production(func(e *env.Environment) { e.TierRef("frontend").Resources.MemoryRequest = "1Gi" }),
			want: []string{"Tiers[frontend].Resources.MemoryRequest", "at most the MemoryLimit 512Mi"}},
		{name: "malformed CPU quantity", mutate: production(func(e *env.Environment) { e.TierRef("worker").Resources.CPULimit = "1.5cores" }),
			want: []string{"Tiers[worker].Resources.CPULimit", "Kubernetes quantity"}},
		{name: "host that is not a DNS name", mutate: production(func(e *env.Environment) { e.Ingress.Host = "screenshot_algo.example.com" }),
			want: []string{"production: Ingress.Host", "fully qualified DNS name"}},
		{name: "RDS CIDR that does not parse", mutate: production(func(e *env.Environment) { e.ChangeOn(func(s *env.CloudSettings) { s.DatabaseCIDR = "10.0.0.0/40" }) }),
			want: []string{"production: Clouds[aws].DatabaseCIDR", "CIDR notation"}},
		{name: "database port out of range", mutate: production(func(e *env.Environment) { e.Database.Port = 0 }),
			want: []string{"production: Database.Port", "1 to 65535"}},
		{name: "container port out of range", mutate: production(func(e *env.Environment) { e.TierRef("backend").Port = 70000 }),
			want: []string{"Tiers[backend].Port", "1 to 65535"}},
		{name: "duplicate tier names", mutate: production(func(e *env.Environment) { e.TierRef("worker").Name = "backend" }),
			want: []string{"Tiers[backend].Name", "a name no other tier has"}},
		{name: "unknown log level", mutate: production(func(e *env.Environment) { e.LogLevel = "trace" }),
			want: []string{"production: LogLevel", "one of debug, info, warn, error"}},
		{name: "dependency on nothing known", mutate: production(func(e *env.Environment) { e.TierRef("worker").Connects = []string{"s3"} }),
			want: []string{"Tiers[worker].Connects", "one of redis, postgres, internet"}},
		{name: "literal secrets in production", mutate: production(func(e *env.Environment) { e.Secrets.DevelopmentLiterals = true }),
			want: []string{"production: Secrets.DevelopmentLiterals", "protected environment"}},
		{name: "good tag variable, bad environment value", vars: map[string]string{"IMAGE_TAG": "2.0.0"},
			mutate: production(func(e *env.Environment) { e.Redis.StorageSize = "20 GB" }),
			want:   []string{"production: Redis.StorageSize", "Kubernetes quantity"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			envs := env.Environments()
			if tc.mutate != nil {
				tc.mutate(envs)
			}
			out := seededOutput(t)
			before := treeDigest(t, filepath.Dir(out))
			var stdout, stderr bytes.Buffer
			code := runWith(envs, append([]string{"--output", out}, tc.args...), fakeEnv(tc.vars), &stdout, &stderr)
			assert.NotEqual(t, exitOK, code)
			for _, w := range tc.want {
				assert.Contains(t, stderr.String(), w)
			}
			assert.Empty(t, stdout.String(), "nothing reported as written")
			assert.Equal(t, before, treeDigest(t, filepath.Dir(out)), "the output folder must not change")
		})
	}
	assert.GreaterOrEqual(t, len(cases), 20)
}
