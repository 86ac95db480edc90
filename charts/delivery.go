package charts

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// analysisName is the AnalysisTemplate a tier's releases run.
func analysisName(t env.Tier) string { return t.Name + "-analysis" }

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
	}
	return cn
}

// newReleaseAnalysis builds the AnalysisTemplate a tier's releases must pass, from Prometheus,
// counting only the new version's own pods: enough traffic to judge, its success rate and its
// 95th-percentile latency. It fails closed: no data, NaN or fewer than MinRequests requests is
// never a success. Such a measurement is inconclusive, which pauses the release until a person
// promotes or aborts it; bad numbers fail it, which aborts the release.
func newReleaseAnalysis(scope constructs.Construct, e env.Environment, t env.Tier, w *c.Workload) {
	d := e.Delivery
	selector := fmt.Sprintf(`namespace=%q, service=%q, rollouts_pod_template_hash="{{args.%s}}"`,
		e.Namespace, w.MetricsService, c.PodTemplateHashArg)
	// judged guards a condition: the query returned a number.
	const judged = "len(result) > 0 && !isNaN(result[0])"
	c.NewAnalysisTemplate(scope, tierID(t)+"-Analysis", c.AnalysisTemplateProps{
		PartOf: env.App, Namespace: e.Namespace, Name: analysisName(t), PrometheusURL: e.Monitoring.PrometheusURL,
		Args:         []string{c.PodTemplateHashArg},
		InitialDelay: d.AnalysisWindow, Interval: d.AnalysisInterval, Count: d.AnalysisCount,
		Metrics: []c.AnalysisMetric{
			{
				// Too little traffic cannot fail a release, but it never passes one.
				Name:             "request-count",
				Query:            fmt.Sprintf(`sum(increase(http_requests_total{%s}[%s]))`, selector, d.AnalysisWindow),
				SuccessCondition: fmt.Sprintf("%s && result[0] >= %d", judged, d.MinRequests),
				FailureCondition: "false",
			},
			{
				// Counted from the errors, so that a version answering nothing but 5xx yields 0
				// and fails, rather than an empty result.
				Name: "success-rate",
				Query: fmt.Sprintf(`1 - (sum(rate(http_requests_total{%s, code=~"5.."}[%s])) or vector(0)) / sum(rate(http_requests_total{%s}[%s]))`,
					selector, d.AnalysisWindow, selector, d.AnalysisWindow),
				SuccessCondition: fmt.Sprintf("%s && result[0] >= %s", judged, d.MinSuccessRate),
				FailureCondition: fmt.Sprintf("%s && result[0] < %s", judged, d.MinSuccessRate),
			},
			{
				Name: "latency-p95",
				Query: fmt.Sprintf(`histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{%s}[%s])))`,
					selector, d.AnalysisWindow),
				SuccessCondition: fmt.Sprintf("%s && result[0] <= %s", judged, d.MaxLatencyP95Seconds),
				FailureCondition: fmt.Sprintf("%s && result[0] > %s", judged, d.MaxLatencyP95Seconds),
			},
		},
	})
}
