package charts

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// analysisName is the AnalysisTemplate a tier's release steps run, and backgroundAnalysisName
// the one that watches a canary throughout.
func analysisName(t env.Tier) string           { return t.Name + "-analysis" }
func backgroundAnalysisName(t env.Tier) string { return t.Name + "-background-analysis" }

// blueGreen is a tier's blue-green release, or nil when it has another strategy. The tier's own
// Service is the active one; the preview Service reaches the new version until it is promoted.
func blueGreen(e env.Environment, t env.Tier) *c.BlueGreen {
	if t.Strategy != env.BlueGreen {
		return nil
	}
	return &c.BlueGreen{
		AutoPromotion: e.Delivery.AutoPromotion, ScaleDownDelaySeconds: e.Delivery.ScaleDownDelaySeconds,
		Analysis: env.ObjectName(analysisName(t)),
	}
}

// canary is a tier's canary release, or nil when a Deployment or a blue-green release runs it.
// The tier's own Service and Ingress are the stable ones; the preview Service is the canary
// Service, selecting the new version's pods. A RollingUpdate tier released by a Rollout is a
// canary without steps, so that the same Services stay under the controller's care whichever
// strategy a release chooses.
func canary(e env.Environment, t env.Tier) *c.Canary {
	if !e.UsesRollout(t) || t.Strategy == env.BlueGreen {
		return nil
	}
	// The web service fills in its Services, and its Ingress or, in the mesh, VirtualService.
	cn := &c.Canary{Analysis: env.ObjectName(analysisName(t))}
	if t.Strategy == env.Canary {
		cn.Steps = e.Delivery.CanarySteps
		cn.BackgroundAnalysis = env.ObjectName(backgroundAnalysisName(t))
	}
	return cn
}

// newReleaseAnalysis builds the AnalysisTemplates a tier's releases must pass, from Prometheus,
// counting only the new version's own pods and only its users' requests (never the probes):
// enough traffic to judge, its success rate and its 95th-percentile latency. It fails closed: no
// data, NaN or fewer than MinRequests requests is never a success. Such a measurement is
// inconclusive, which pauses the release until a person promotes or aborts it; bad numbers fail
// it, which aborts the release. A canary tier also gets a background analysis of the same
// success rate and latency, failure-only, that runs from the first step.
func newReleaseAnalysis(scope constructs.Construct, e env.Environment, t env.Tier, w *c.Workload) {
	d, m := e.Delivery, e.Monitoring.Metrics
	selector := fmt.Sprintf(`namespace=%q, service=%q, rollouts_pod_template_hash="{{args.%s}}", %s`,
		e.Namespace, w.MetricsService, c.PodTemplateHashArg, m.UserTraffic(t))
	// judged guards a condition: the query returned a number.
	const judged = "len(result) > 0 && !isNaN(result[0])"
	requests := fmt.Sprintf(`sum(rate(%s{%s}[%s]))`, m.Requests, selector, d.AnalysisWindow)
	// The answered (non-5xx) share, 0 rather than empty when none was answered, so that a
	// version answering nothing but 5xx fails, and so does a StatusLabel the app does not
	// export (no series is "answered"): the gate fails closed on a wrong schema.
	successRate := fmt.Sprintf(`(sum(rate(%s{%s, %s}[%s])) or 0 * %s) / %s`,
		m.Requests, selector, m.Answered(), d.AnalysisWindow, requests, requests)
	latency := fmt.Sprintf(`histogram_quantile(0.95, sum by (le) (rate(%s{%s}[%s])))`, m.DurationBuckets(), selector, d.AnalysisWindow)
	tooFewAnswered := fmt.Sprintf("%s && result[0] < %s", judged, d.MinSuccessRate)
	tooSlow := fmt.Sprintf("%s && result[0] > %s", judged, d.MaxLatencyP95Seconds)
	props := c.AnalysisTemplateProps{
		PartOf: env.App, Namespace: e.Namespace, Name: analysisName(t), PrometheusURL: e.Monitoring.PrometheusURL,
		Args:         []string{c.PodTemplateHashArg},
		InitialDelay: d.AnalysisWindow, Interval: d.AnalysisInterval, Count: d.AnalysisCount,
		Metrics: []c.AnalysisMetric{
			{
				// Too little traffic cannot fail a release, but it never passes one.
				Name:             "request-count",
				Query:            fmt.Sprintf(`sum(increase(%s{%s}[%s]))`, m.Requests, selector, d.AnalysisWindow),
				SuccessCondition: fmt.Sprintf("%s && result[0] >= %d", judged, d.MinRequests),
				FailureCondition: "false",
			},
			{
				Name: "success-rate", Query: successRate, FailureCondition: tooFewAnswered,
				SuccessCondition: fmt.Sprintf("%s && result[0] >= %s", judged, d.MinSuccessRate),
			},
			{
				Name: "latency-p95", Query: latency, FailureCondition: tooSlow,
				SuccessCondition: fmt.Sprintf("%s && result[0] <= %s", judged, d.MaxLatencyP95Seconds),
			},
		},
	}
	c.NewAnalysisTemplate(scope, tierID(t)+"-Analysis", props)
	if t.Strategy != env.Canary {
		return
	}
	// The background analysis only fails: no traffic yet is not a failure (the steps' own
	// analyses judge that), and it measures until the release ends.
	props.Name, props.Count = backgroundAnalysisName(t), 0
	props.Metrics = []c.AnalysisMetric{
		{Name: "success-rate", Query: successRate, FailureCondition: tooFewAnswered},
		{Name: "latency-p95", Query: latency, FailureCondition: tooSlow},
	}
	c.NewAnalysisTemplate(scope, tierID(t)+"-BackgroundAnalysis", props)
}
