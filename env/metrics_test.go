package env_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/env"
)

// TestMetricSchemaMatchesTheApp reads the samples of the app's /metrics in testdata/metrics
// (one per tier, named after it) and checks each against what the analyses and alerts read of
// that tier (sampleProblems).
func TestMetricSchemaMatchesTheApp(t *testing.T) {
	e := env.Production()
	var http int
	for name, families := range samples(t) {
		t.Run(name, func(t *testing.T) {
			tier, ok := e.TierNamed(name)
			require.True(t, ok, "testdata/metrics/%s.txt is a sample of a tier production runs", name)
			assert.Empty(t, sampleProblems(e.Monitoring.Metrics, tier, families))
			if tier.Exposed {
				http++
			}
		})
	}
	assert.NotZero(t, http, "a sample of a tier serving HTTP")
}

// TestMetricSchemaCanFail proves the check reads the schema and the probes: each wrong name
// finds a problem in the samples.
func TestMetricSchemaCanFail(t *testing.T) {
	e := env.Production()
	all := samples(t)
	cases := []struct {
		name, tier string
		mutate     func(*env.MetricSchema, *env.Tier)
	}{
		{"status label", "backend", func(m *env.MetricSchema, _ *env.Tier) { m.StatusLabel = "status" }},
		{"path label", "backend", func(m *env.MetricSchema, _ *env.Tier) { m.PathLabel = "route" }},
		{"requests counter", "backend", func(m *env.MetricSchema, _ *env.Tier) { m.Requests = "http_request_total" }},
		{"duration histogram", "frontend", func(m *env.MetricSchema, _ *env.Tier) { m.Duration = "http_request_seconds" }},
		{"probe path the app does not label", "backend", func(_ *env.MetricSchema, t *env.Tier) { t.ReadinessPath = "/ping" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tier, ok := e.TierNamed(tc.tier)
			require.True(t, ok)
			require.Contains(t, all, tc.tier)
			m := e.Monitoring.Metrics
			tc.mutate(&m, &tier)
			assert.NotEmpty(t, sampleProblems(m, tier, all[tc.tier]))
		})
	}
}

// sampleProblems lists what a tier's sample lacks of what the model reads: a tier that takes
// traffic (Exposed: released and alerted on by its requests) exports Requests and Duration
// with StatusLabel and PathLabel, and counts its probes under their paths (or the analyses
// would count them as users).
func sampleProblems(m env.MetricSchema, tier env.Tier, families map[string]*dto.MetricFamily) []string {
	var problems []string
	family := func(name string, typ dto.MetricType) *dto.MetricFamily {
		f := families[name]
		if f == nil || f.GetType() != typ {
			problems = append(problems, fmt.Sprintf("%s: no %s %s", tier.Name, typ, name))
			return nil
		}
		return f
	}
	if tier.Exposed {
		requests := family(m.Requests, dto.MetricType_COUNTER)
		duration := family(m.Duration, dto.MetricType_HISTOGRAM)
		status := regexp.MustCompile(`^[1-5][0-9][0-9]$`)
		var paths []string
		for _, f := range []*dto.MetricFamily{requests, duration} {
			for _, s := range f.GetMetric() {
				if !status.MatchString(label(s, m.StatusLabel)) {
					problems = append(problems, fmt.Sprintf("%s: a %s series without a status code in %q", tier.Name, f.GetName(), m.StatusLabel))
				}
				p := label(s, m.PathLabel)
				if p == "" {
					problems = append(problems, fmt.Sprintf("%s: a %s series without its route in %q", tier.Name, f.GetName(), m.PathLabel))
				}
				paths = append(paths, p)
			}
		}
		for _, p := range tier.ProbePaths() {
			if !slices.Contains(paths, p) {
				problems = append(problems, fmt.Sprintf("%s: no series of its probe path %s in %q", tier.Name, p, m.PathLabel))
			}
		}
		if !slices.ContainsFunc(paths, func(p string) bool { return p != "" && !slices.Contains(tier.ProbePaths(), p) }) {
			problems = append(problems, tier.Name+": no users' requests besides the probes")
		}
	}
	return problems
}

// samples are testdata/metrics/<tier>.txt, parsed, by tier name.
func samples(t *testing.T) map[string]map[string]*dto.MetricFamily {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "metrics", "*.txt"))
	require.NoError(t, err)
	out := map[string]map[string]*dto.MetricFamily{}
	for _, path := range paths {
		f, err := os.Open(path)
		require.NoError(t, err)
		p := expfmt.NewTextParser(model.LegacyValidation)
		families, err := p.TextToMetricFamilies(f)
		f.Close()
		require.NoError(t, err, "%s is Prometheus's text format", path)
		out[strings.TrimSuffix(filepath.Base(path), ".txt")] = families
	}
	require.NotEmpty(t, out)
	return out
}

func label(m *dto.Metric, name string) string {
	for _, l := range m.GetLabel() {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}
