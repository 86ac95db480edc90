package guardrails

import (
	"slices"
	"strconv"
	"strings"

	corev1 "k8s.io/api/core/v1"
)

// redisMaxMemoryShare is the largest share of its memory limit a Redis may fill with data: an
// append-only-file rewrite forks, and the pages the parent writes meanwhile are copied.
const redisMaxMemoryShare = 0.75

// redisMemory: a Redis container (one with --maxmemory-policy) caps its data with --maxmemory
// well below its memory limit. Without the cap the policy never applies: Redis grows until the
// kernel kills it, replays its append-only file on restart and can be killed again.
func (m *model) redisMemory() {
	for _, w := range m.workloads {
		for _, ctr := range w.template.Spec.Containers {
			args := append(append([]string{}, ctr.Command...), ctr.Args...)
			if !slices.Contains(args, "--maxmemory-policy") {
				continue
			}
			limit, hasLimit := ctr.Resources.Limits[corev1.ResourceMemory]
			i := slices.Index(args, "--maxmemory")
			if i < 0 || i+1 >= len(args) {
				m.fail(RuleRedisMemory, "container %s of %s %s sets --maxmemory-policy without --maxmemory, so the policy never applies", ctr.Name, w.kind, w.name)
				continue
			}
			bytes, ok := redisBytes(args[i+1])
			switch {
			case !ok:
				m.fail(RuleRedisMemory, "container %s of %s %s has --maxmemory %q, which is not a Redis memory size", ctr.Name, w.kind, w.name, args[i+1])
			case !hasLimit:
				m.fail(RuleRedisMemory, "container %s of %s %s has no memory limit to keep --maxmemory under", ctr.Name, w.kind, w.name)
			case float64(bytes) > redisMaxMemoryShare*float64(limit.Value()):
				m.fail(RuleRedisMemory, "container %s of %s %s has --maxmemory %s, above %.0f%% of its %s memory limit: an append-only-file rewrite can take it over the limit",
					ctr.Name, w.kind, w.name, args[i+1], redisMaxMemoryShare*100, limit.String())
			}
		}
	}
}

// redisBytes reads a Redis memory size: bytes, or a number with k, kb, m, mb, g or gb (the "b"
// forms are powers of 1024, as in redis.conf).
func redisBytes(s string) (int64, bool) {
	units := []struct {
		suffix string
		factor int64
	}{{"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10}, {"g", 1e9}, {"m", 1e6}, {"k", 1e3}}
	s = strings.ToLower(s)
	factor := int64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, factor = strings.TrimSuffix(s, u.suffix), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * factor, err == nil && n > 0
}
