package charts_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/screenshot-algo/k8s/charts"
	"github.com/screenshot-algo/k8s/env"
)

// podAnnotationsOf returns every workload's pod template annotations.
func podAnnotationsOf(t *testing.T, e env.Environment) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	for name, tpl := range synthEnv(t, e).PodTemplates(t) {
		out[name] = tpl.Annotations
	}
	return out
}

// tiersThat lists, sorted, the workloads of the environment's tiers that match, and extra.
func tiersThat(match func(env.Tier) bool, extra ...string) func(e env.Environment) []string {
	return func(e env.Environment) []string {
		out := slices.Clone(extra)
		for _, t := range e.Tiers {
			if match(t) {
				out = append(out, env.ObjectName(t.Name))
			}
		}
		sort.Strings(out)
		return out
	}
}

// TestConfigChangeRollsExactlyItsConsumers changes one configuration value at a time and expects
// the checksum annotations of exactly the tiers that consume it to change, so that exactly those
// pods roll.
func TestConfigChangeRollsExactlyItsConsumers(t *testing.T) {
	cases := []struct {
		name   string
		base   func() env.Environment
		change func(e *env.Environment)
		// want are the workloads that must roll, from the model.
		want func(e env.Environment) []string
	}{
		{"an app setting rolls the app tiers, not Redis", env.Production,
			func(e *env.Environment) { e.LogLevel = "debug" },
			tiersThat(func(env.Tier) bool { return true })},
		{"the Redis password's source rolls Redis and its clients", env.Production,
			func(e *env.Environment) { e.Secrets.RedisKey = "screenshot-algo/production/redis-rotated" },
			tiersThat(func(t env.Tier) bool { return t.ConnectsTo(env.Redis) }, env.ObjectName(env.Redis))},
		{"the database credentials' source rolls the database's clients", env.Production,
			func(e *env.Environment) { e.Secrets.DatabaseKey = "screenshot-algo/production/postgres-v2" },
			tiersThat(func(t env.Tier) bool { return t.ConnectsTo(env.Postgres) })},
		{"in dev, a setting rolls the app tiers and the unused secret store nothing", env.Dev,
			func(e *env.Environment) {
				e.ChangeOn(func(s *env.CloudSettings) { s.Identity = "unused-in-dev" })
				e.LogLevel = "info"
			},
			tiersThat(func(env.Tier) bool { return true })},
		{"a change nothing consumes rolls nothing", env.Production,
			func(e *env.Environment) { e.Redis.StorageSize = "30Gi" },
			func(env.Environment) []string { return nil }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := podAnnotationsOf(t, tc.base())
			e := tc.base()
			tc.change(&e)
			after := podAnnotationsOf(t, e)
			var changed []string
			for name := range before {
				if !assert.ObjectsAreEqual(before[name], after[name]) {
					changed = append(changed, name)
				}
			}
			sort.Strings(changed)
			assert.Equal(t, tc.want(e), changed)
		})
	}
}

// TestEveryPodCarriesItsChecksums: each app tier's pods carry the settings' checksum, and those
// that read credentials carry theirs.
func TestEveryPodCarriesItsChecksums(t *testing.T) {
	annotations := podAnnotationsOf(t, env.Production())
	for _, name := range []string{"screenshot-algo-frontend", "screenshot-algo-backend", "screenshot-algo-worker"} {
		assert.Len(t, annotations[name][charts.ConfigChecksumAnnotation], 64, name)
	}
	for _, name := range []string{"screenshot-algo-backend", "screenshot-algo-worker", "screenshot-algo-redis"} {
		assert.Len(t, annotations[name][charts.SecretsChecksumAnnotation], 64, name)
	}
	assert.NotContains(t, annotations["screenshot-algo-frontend"], charts.SecretsChecksumAnnotation, "the frontend reads no credentials")
}
