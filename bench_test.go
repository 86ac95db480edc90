package main

import (
	"fmt"
	"maps"
	"testing"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/synth"
)

// BenchmarkSynth renders (synthesizes and checks) each environment, and all three, in process.
// go test -bench output is benchstat-compatible; make bench runs it with -count for medians.
func BenchmarkSynth(b *testing.B) {
	cases := map[string][]env.Environment{"all": env.Environments()}
	for _, e := range env.Environments() {
		cases[e.Name] = []env.Environment{e}
	}
	for _, name := range []string{"dev", "staging", "production", "all"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for _, e := range cases[name] {
					if _, err := synth.Render(e); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkSynthExtraTiers renders production with 0, 10, 50 and 100 extra synthetic tiers, each
// a full tier with a Service, an autoscaler, a disruption budget and a NetworkPolicy, to measure
// the marginal cost of a tier and whether growth is linear.
func BenchmarkSynthExtraTiers(b *testing.B) {
	for _, n := range []int{0, 10, 50, 100} {
		e := WithExtraTiers(env.Production(), n)
		if err := e.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("tiers=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := synth.Render(e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// WithExtraTiers adds n tiers shaped like the backend, named extra-001 and up, each running the
// backend's image by its digest (production runs images by digest only).
func WithExtraTiers(e env.Environment, n int) env.Environment {
	base, _ := e.TierNamed("backend")
	e.ImageDigests = maps.Clone(e.ImageDigests)
	for i := 1; i <= n; i++ {
		t := base
		t.Name = fmt.Sprintf("extra-%03d", i)
		t.IngressPath = ""
		t.Connects = []string{env.Redis}
		e.Tiers = append(e.Tiers, t)
		if d, ok := e.ImageDigests[base.Name]; ok {
			e.ImageDigests[t.Name] = d
		}
	}
	return e
}

// TestBenchmarkEnvironmentsAreValid keeps make bench working: its environments must pass
// validation, or the benchmark fails only when someone runs it.
func TestBenchmarkEnvironmentsAreValid(t *testing.T) {
	if err := WithExtraTiers(env.Production(), 3).Validate(); err != nil {
		t.Fatal(err)
	}
}
