package charts

import (
	"fmt"
	"strings"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// Alerts are what an operator of a screenshot service needs to be woken for, or told about:
// failing and slow API requests, a job backlog (growing, or growing with every worker running),
// crash loops, a target Prometheus cannot scrape, Redis down or near its memory cap, credentials
// that no longer sync, a release that failed, and the two capacity limits (an autoscaler with
// nowhere to go, a budget that blocks maintenance). Every query is scoped to the environment's
// namespace. The app exports http_requests_total and http_request_duration_seconds (backend) and
// screenshot_jobs_waiting (workers); kube-state-metrics and the kubelet's cAdvisor export the
// object and container series; the External Secrets Operator and the Argo Rollouts controller
// export theirs, scraped with honorLabels so that namespace is the object's.
func Alerts(e env.Environment, redisQueue *c.Redis, tiers map[string]*c.Workload) []c.Alert {
	ns := fmt.Sprintf(`namespace=%q`, e.Namespace)
	redis := redisQueue.Name
	var alerts []c.Alert
	var requests, queues []string
	for _, t := range e.Tiers {
		w := tiers[t.Name]
		if t.Alerts.Requests && w.MetricsService != "" {
			requests = append(requests, w.MetricsService)
		}
		if t.Alerts.Queue && w.Autoscaler != nil {
			queues = append(queues, w.Target.Name)
		}
	}
	if len(requests) > 0 {
		services := fmt.Sprintf(`%s, service=~%q`, ns, strings.Join(requests, "|"))
		alerts = append(alerts, c.Alert{
			Name:     "ScreenshotAlgoHigh5xxRate",
			Expr:     fmt.Sprintf(`sum by (service) (rate(http_requests_total{%s, code=~"5.."}[5m])) / sum by (service) (rate(http_requests_total{%s}[5m])) > 0.05`, services, services),
			For:      "5m",
			Severity: "critical",
			Summary:  "More than 5% of API requests fail",
			Description: "{{ $value | humanizePercentage }} of requests to {{ $labels.service }} returned 5xx " +
				"over the last 5 minutes.",
		}, c.Alert{
			Name: "ScreenshotAlgoHighLatencyP95",
			Expr: fmt.Sprintf(`histogram_quantile(0.95, sum by (service, le) (rate(http_request_duration_seconds_bucket{%s}[5m]))) > 1`, services),
			For:  "10m", Severity: "warning",
			Summary:     "API p95 latency is above 1s",
			Description: "The 95th percentile of request latency of {{ $labels.service }} is {{ $value | humanizeDuration }}.",
		})
	}
	if len(queues) > 0 {
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoQueueBacklog",
			Expr: fmt.Sprintf(`max(screenshot_jobs_waiting{%s}) > 100 and deriv(max(screenshot_jobs_waiting{%s})[10m:1m]) > 0`, ns, ns),
			For:  "10m", Severity: "warning",
			Summary:     "Screenshot jobs are piling up in the queue",
			Description: "{{ $value }} jobs are waiting and the backlog has grown for 10 minutes: workers cannot keep up.",
		})
	}
	alerts = append(alerts, []c.Alert{
		{
			Name: "ScreenshotAlgoPodCrashLooping",
			Expr: fmt.Sprintf(`max by (pod, container) (kube_pod_container_status_waiting_reason{%s, reason="CrashLoopBackOff"}) == 1`, ns),
			For:  "5m", Severity: "critical",
			Summary:     "A pod is crash-looping",
			Description: "Container {{ $labels.container }} of pod {{ $labels.pod }} keeps restarting.",
		},
		{
			Name: "ScreenshotAlgoAutoscalerAtMaximum",
			Expr: fmt.Sprintf(`kube_horizontalpodautoscaler_status_current_replicas{%s} >= kube_horizontalpodautoscaler_spec_max_replicas{%s}`, ns, ns),
			For:  "30m", Severity: "warning",
			Summary:     "An autoscaler has been at its maximum for 30 minutes",
			Description: "{{ $labels.horizontalpodautoscaler }} cannot add replicas: raise its maximum (and the quota follows) or find the load.",
		},
		{
			Name: "ScreenshotAlgoDisruptionBudgetExhausted",
			Expr: fmt.Sprintf(`kube_poddisruptionbudget_status_pod_disruptions_allowed{%s} == 0`, ns),
			For:  "15m", Severity: "warning",
			Summary:     "A disruption budget allows no evictions",
			Description: "{{ $labels.poddisruptionbudget }} allows no disruption: node drains and upgrades are blocked until its pods are healthy.",
		},
		{
			Name: "ScreenshotAlgoTargetDown",
			Expr: fmt.Sprintf(`up{%s} == 0`, ns),
			For:  "5m", Severity: "warning",
			Summary: "Prometheus cannot scrape a target",
			Description: "{{ $labels.job }} at {{ $labels.instance }} has not answered a scrape for 5 minutes: its pod is down, " +
				"or the metrics port is unreachable. Every alert built on its series is blind meanwhile.",
		},
		{
			Name: "ScreenshotAlgoRedisDown",
			Expr: fmt.Sprintf(`kube_statefulset_status_replicas_ready{%s, statefulset=%q} < 1`, ns, redis),
			For:  "2m", Severity: "critical",
			Summary:     "Redis is down",
			Description: "Redis has had no ready pod for 2 minutes: no screenshot job can be queued or picked up.",
		},
		{
			// Redis refuses writes (noeviction) at its --maxmemory, which is a share of the
			// container's memory limit. The working set counts a little more than the data, so
			// this fires somewhat early, never late.
			Name: "ScreenshotAlgoRedisNearMemoryCap",
			Expr: fmt.Sprintf(`max(container_memory_working_set_bytes{%s, container="redis"}) > 0.9 * %d`,
				ns, c.RedisMaxMemory(e.Redis.Resources.MemoryLimit, 0)),
			For: "10m", Severity: "warning",
			Summary: "Redis is near its memory cap",
			Description: "Redis uses {{ $value | humanize1024 }}B, above 90% of its maxmemory: at the cap it refuses " +
				"new jobs (noeviction) and the API fails to enqueue.",
		},
	}...)
	if !e.Secrets.DevelopmentLiterals {
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoExternalSecretNotSynced",
			Expr: fmt.Sprintf(`externalsecret_status_condition{%s, condition="Ready", status="False"} == 1`, ns),
			For:  "15m", Severity: "warning",
			Summary: "An ExternalSecret is not syncing",
			Description: "ExternalSecret {{ $labels.name }} has not been Ready for 15 minutes: its Secret keeps old values " +
				"(a rotated credential does not arrive), or does not exist (new pods cannot start).",
		})
	}
	if e.ReleasesWithRollouts() {
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoRolloutDegraded",
			Expr: fmt.Sprintf(`rollout_info{%s, phase="Degraded"} == 1`, ns),
			For:  "1m", Severity: "warning",
			Summary: "A release failed",
			Description: "Rollout {{ $labels.name }} is Degraded: its release was aborted (a failed analysis, or by hand) " +
				"or cannot progress. The previous version still serves.",
		})
	}
	if len(queues) > 0 {
		hpa := fmt.Sprintf(`%s, horizontalpodautoscaler=~%q`, ns, strings.Join(queues, "|"))
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoQueueGrowingAtMaxWorkers",
			// Any queue tier's autoscaler at its own maximum: compared per autoscaler.
			Expr: fmt.Sprintf(`deriv(max(screenshot_jobs_waiting{%s})[10m:1m]) > 0 and on() count(kube_horizontalpodautoscaler_status_current_replicas{%s} >= on(horizontalpodautoscaler) kube_horizontalpodautoscaler_spec_max_replicas{%s})`,
				ns, hpa, hpa),
			For: "15m", Severity: "critical",
			Summary: "The job queue grows with every worker running",
			Description: "Screenshot jobs have piled up for 15 minutes while the workers are at their autoscaler's maximum: " +
				"the wait only gets longer until capacity is added.",
		})
	}
	for i := range alerts {
		alerts[i].Runbook = e.RunbookURL(alerts[i].Name)
	}
	return alerts
}
