package charts

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
)

// analysisName is the AnalysisTemplate a tier's releases run.
func analysisName(t Tier) string { return t.Name + "-analysis" }

// blueGreen is a tier's blue-green release, or nil when it has another strategy. The tier's own
// Service is the active one; "-preview" reaches the new version until it is promoted.
func blueGreen(env Environment, t Tier) *c.BlueGreen {
	if t.Strategy != BlueGreen {
		return nil
	}
	return &c.BlueGreen{
		ActiveService: c.ObjectName(t.Name), PreviewService: c.ObjectName(t.Name) + "-preview",
		AutoPromotion: env.Delivery.AutoPromotion, ScaleDownDelaySeconds: env.Delivery.ScaleDownDelaySeconds,
		Analysis: c.ObjectName(analysisName(t)),
	}
}

// canary is a tier's canary release, or nil when it has another strategy. The tier's own Service
// and Ingress are the stable ones; "-canary" selects the new version's pods.
func canary(env Environment, t Tier) *c.Canary {
	if t.Strategy != Canary {
		return nil
	}
	cn := &c.Canary{
		StableService: c.ObjectName(t.Name), CanaryService: c.ObjectName(t.Name) + "-canary",
		StableIngress: c.ObjectName(t.Name),
		Steps:         env.Delivery.CanarySteps, Analysis: c.ObjectName(analysisName(t)),
	}
	if env.Mesh.Istio {
		cn.StableIngress, cn.VirtualService, cn.Route = "", c.ObjectName(t.Name), c.CanaryRoute
	}
	return cn
}

// newReleaseAnalysis builds the AnalysisTemplate a tier's releases must pass: the new version's
// success rate and 95th-percentile latency, from Prometheus, counting only its own pods. No
// traffic yet (an empty or NaN result) passes; the analysis runs again after the next step.
func newReleaseAnalysis(scope constructs.Construct, env Environment, t Tier) {
	selector := fmt.Sprintf(`namespace=%q, service=%q, rollouts_pod_template_hash="{{args.%s}}"`,
		env.Namespace, c.MetricsServiceName(t.Name), c.PodTemplateHashArg)
	c.NewAnalysisTemplate(scope, tierID(t)+"-Analysis", c.AnalysisTemplateProps{
		Namespace: env.Namespace, Name: analysisName(t), PrometheusURL: env.Monitoring.PrometheusURL,
		Args: []string{c.PodTemplateHashArg},
		Metrics: []c.AnalysisMetric{
			{
				Name:             "success-rate",
				Query:            fmt.Sprintf(`sum(rate(http_requests_total{%s, code!~"5.."}[2m])) / sum(rate(http_requests_total{%s}[2m]))`, selector, selector),
				SuccessCondition: fmt.Sprintf("len(result) == 0 || isNaN(result[0]) || result[0] >= %s", env.Delivery.MinSuccessRate),
			},
			{
				Name:             "latency-p95",
				Query:            fmt.Sprintf(`histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{%s}[2m])))`, selector),
				SuccessCondition: fmt.Sprintf("len(result) == 0 || isNaN(result[0]) || result[0] <= %s", env.Delivery.MaxLatencyP95Seconds),
			},
		},
	})
}
