package env

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/screenshot-algo/k8s/constructs"
)

// MetricSchema is the metric schema the app's tiers export on their metrics ports: the series
// and labels that the release analyses and the alerts read. (The queue's length is read at
// Redis, from its exporter: see JobQueueKey.) (The queue's length is read at
// Redis, from its exporter: see JobQueueKey.) It is written here once; charts
// build every query from it, and env/testdata/app-metrics.txt, a sample of the app's /metrics,
// is tested against it. A query built on a label the app does not export would judge nothing,
// so the analyses are written to fail closed on a wrong name (see charts/delivery.go).
type MetricSchema struct {
	// Requests is the counter of HTTP requests answered, e.g. "http_requests_total".
	Requests string
	// Duration is the histogram of their durations in seconds, e.g.
	// "http_request_duration_seconds"; queries read its _bucket series.
	Duration string
	// StatusLabel is the label of Requests and Duration holding the HTTP status code ("200").
	StatusLabel string
	// PathLabel is the label holding the request's route ("/api/screenshots"). The analyses and
	// alerts leave out the tiers' probe paths, so that health checks are never counted as users'
	// traffic.
	PathLabel string
}

// AppMetrics is the app's metric schema, the same in every environment: prom-client's
// conventions, with the route in "path" and the status in "code".
var AppMetrics = MetricSchema{
	Requests:    "http_requests_total",
	Duration:    "http_request_duration_seconds",
	StatusLabel: "code",
	PathLabel:   "path",
}

// DurationBuckets is the _bucket series of the duration histogram.
func (m MetricSchema) DurationBuckets() string { return m.Duration + "_bucket" }

// UserTraffic is the PromQL label matchers that keep the tiers' users' requests and leave out
// their probes: the path label must be set (a series without it is not judged at all, rather
// than judged with the probes in it) and must not be one of the probe paths.
func (m MetricSchema) UserTraffic(tiers ...Tier) string {
	return fmt.Sprintf(`%s=~".+", %s`, m.PathLabel, m.NotProbes(tiers...))
}

// NotProbes is the PromQL label matcher that leaves out the tiers' probe paths.
func (m MetricSchema) NotProbes(tiers ...Tier) string {
	return fmt.Sprintf(`%s!~%s`, m.PathLabel, strconv.Quote(probePattern(tiers)))
}

// Errors is the matcher of the requests answered 5xx, and Answered that of the others (1xx to
// 4xx). Counting the answered ones, rather than subtracting the errors from all, is what makes a
// wrong StatusLabel fail closed: no series matches, so the share is 0, not 1.
func (m MetricSchema) Errors() string   { return m.StatusLabel + `=~"5.."` }
func (m MetricSchema) Answered() string { return m.StatusLabel + `=~"[1-4].."` }

// ProbePaths are the paths the kubelet probes the tier on, each once.
func (t Tier) ProbePaths() []string {
	paths := []string{t.LivenessPath}
	if t.ReadinessPath != t.LivenessPath {
		paths = append(paths, t.ReadinessPath)
	}
	return paths
}

// probePattern is a PromQL regular expression matching exactly the tiers' probe paths.
func probePattern(tiers []Tier) string {
	var quoted []string
	for _, t := range tiers {
		for _, p := range t.ProbePaths() {
			if q := regexp.QuoteMeta(p); !slices.Contains(quoted, q) {
				quoted = append(quoted, q)
			}
		}
	}
	return strings.Join(quoted, "|")
}

var (
	metricNamePattern = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	labelNamePattern  = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
)

// metricSchema checks the schema's names, as Prometheus allows them.
func (v *validator) metricSchema(f string, m MetricSchema) {
	for _, n := range []struct{ field, value string }{{"Requests", m.Requests}, {"Duration", m.Duration}} {
		v.check(metricNamePattern.MatchString(n.value), f+"."+n.field, n.value,
			"a Prometheus metric name the app exports: letters, digits, '_' and ':', not starting with a digit")
	}
	for _, n := range []struct{ field, value string }{{"StatusLabel", m.StatusLabel}, {"PathLabel", m.PathLabel}} {
		v.check(labelNamePattern.MatchString(n.value) && !strings.HasPrefix(n.value, "__"), f+"."+n.field, n.value,
			"a Prometheus label name the app exports: letters, digits and '_', not starting with a digit or '__'")
	}
	v.check(m.StatusLabel != m.PathLabel || m.StatusLabel == "", f+".PathLabel", m.PathLabel, "a label other than StatusLabel")
}

// probesOffUserPaths checks that no probe path of a tier that takes traffic is its IngressPath:
// the analyses leave the probe paths out of what they judge, which would leave out the users'
// own requests to it.
func (v *validator) probesOffUserPaths(f string, t Tier) {
	if t.IngressPath == "" {
		return
	}
	for _, p := range []struct{ field, value string }{{"LivenessPath", t.LivenessPath}, {"ReadinessPath", t.ReadinessPath}} {
		v.check(p.value != t.IngressPath, f+"."+p.field, p.value,
			"a dedicated health path such as /healthz, not the tier's IngressPath "+t.IngressPath+
				": the release analyses leave the probe paths out of the traffic they judge, so they would leave out the users' requests there too")
	}
}

// BadCanaryAbortsWithin is the longest a canary failing its success rate or latency keeps its
// share of traffic before the background analysis aborts it: the first measurement waits one
// AnalysisWindow, the metric fails on the measurement after the tolerated failures
// (constructs.AnalysisFailureLimit), one AnalysisInterval apart, and one interval more covers
// Prometheus's scrape and the controller's next pass. Production's is 4m: a bad canary serves
// its first 10% for at most four minutes, whatever the step's pause.
func (d DeliverySettings) BadCanaryAbortsWithin() time.Duration {
	window, _ := time.ParseDuration(d.AnalysisWindow)
	interval, _ := time.ParseDuration(d.AnalysisInterval)
	return window + time.Duration(constructs.AnalysisFailureLimit+1)*interval
}
