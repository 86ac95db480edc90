package charts

import (
	"fmt"
	"strings"

	c "github.com/screenshot-algo/k8s/constructs"
)

// Alerts are what an operator of a screenshot service needs to be woken for, or told about:
// failing and slow API requests, a growing job backlog, crash loops, and the two capacity limits
// (an autoscaler with nowhere to go, a budget that blocks maintenance). Every query is scoped to
// the environment's namespace. The app exports http_requests_total and
// http_request_duration_seconds (backend) and screenshot_jobs_waiting (workers); the rest comes
// from kube-state-metrics.
func Alerts(env Environment) []c.Alert {
	ns := fmt.Sprintf(`namespace=%q`, env.Namespace)
	backend := fmt.Sprintf(`%s, service=%q`, ns, c.MetricsServiceName("backend"))
	runbook := func(anchor string) string {
		return strings.TrimSuffix(env.Monitoring.RunbookBaseURL, "/") + "/screenshot-algo#" + anchor
	}
	return []c.Alert{
		{
			Name:     "ScreenshotAlgoHigh5xxRate",
			Expr:     fmt.Sprintf(`sum(rate(http_requests_total{%s, code=~"5.."}[5m])) / sum(rate(http_requests_total{%s}[5m])) > 0.05`, backend, backend),
			For:      "5m",
			Severity: "critical",
			Summary:  "More than 5% of API requests fail",
			Description: "{{ $value | humanizePercentage }} of requests to the Screenshot_Algo API returned 5xx " +
				"over the last 5 minutes.",
			Runbook: runbook("high-5xx-rate"),
		},
		{
			Name: "ScreenshotAlgoHighLatencyP95",
			Expr: fmt.Sprintf(`histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{%s}[5m]))) > 1`, backend),
			For:  "10m", Severity: "warning",
			Summary:     "API p95 latency is above 1s",
			Description: "The 95th percentile of API request latency is {{ $value | humanizeDuration }}.",
			Runbook:     runbook("high-latency"),
		},
		{
			Name: "ScreenshotAlgoQueueBacklog",
			Expr: fmt.Sprintf(`max(screenshot_jobs_waiting{%s}) > 100 and deriv(max(screenshot_jobs_waiting{%s})[10m:1m]) > 0`, ns, ns),
			For:  "10m", Severity: "warning",
			Summary:     "Screenshot jobs are piling up in the queue",
			Description: "{{ $value }} jobs are waiting and the backlog has grown for 10 minutes: workers cannot keep up.",
			Runbook:     runbook("queue-backlog"),
		},
		{
			Name: "ScreenshotAlgoPodCrashLooping",
			Expr: fmt.Sprintf(`max by (pod, container) (kube_pod_container_status_waiting_reason{%s, reason="CrashLoopBackOff"}) == 1`, ns),
			For:  "5m", Severity: "critical",
			Summary:     "A pod is crash-looping",
			Description: "Container {{ $labels.container }} of pod {{ $labels.pod }} keeps restarting.",
			Runbook:     runbook("crash-looping"),
		},
		{
			Name: "ScreenshotAlgoAutoscalerAtMaximum",
			Expr: fmt.Sprintf(`kube_horizontalpodautoscaler_status_current_replicas{%s} >= kube_horizontalpodautoscaler_spec_max_replicas{%s}`, ns, ns),
			For:  "30m", Severity: "warning",
			Summary:     "An autoscaler has been at its maximum for 30 minutes",
			Description: "{{ $labels.horizontalpodautoscaler }} cannot add replicas: raise its maximum (and the quota follows) or find the load.",
			Runbook:     runbook("autoscaler-at-maximum"),
		},
		{
			Name: "ScreenshotAlgoDisruptionBudgetExhausted",
			Expr: fmt.Sprintf(`kube_poddisruptionbudget_status_pod_disruptions_allowed{%s} == 0`, ns),
			For:  "15m", Severity: "warning",
			Summary:     "A disruption budget allows no evictions",
			Description: "{{ $labels.poddisruptionbudget }} allows no disruption: node drains and upgrades are blocked until its pods are healthy.",
			Runbook:     runbook("disruption-budget-exhausted"),
		},
	}
}
