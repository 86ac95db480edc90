package charts

import (
	"fmt"
	"strings"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// cannotStart are the waiting reasons of a container that will not start without a change: an
// image that cannot be pulled, or a Secret, ConfigMap or key that does not exist.
const cannotStart = "ErrImagePull|ImagePullBackOff|InvalidImageName|CreateContainerConfigError|CreateContainerError"

// Alerts are what an operator of a screenshot service needs to be woken for, or told about:
// failing and slow API requests, a job backlog (growing, or growing with every worker running),
// crash loops, pods that stay Pending or cannot start, a certificate that is not renewed, a
// target Prometheus cannot scrape, Redis down, near its memory cap or its volume filling,
// credentials that no longer sync, a release that failed or was left paused, and the two
// capacity limits (an autoscaler with nowhere to go, a budget that blocks maintenance). Every
// query is scoped to the environment's namespace. cert-manager exports the certificates' expiry
// and the kubelet the volumes' use. The app exports the series of its metric schema
// (env.MetricSchema): requests and their durations; Redis's exporter the queue's length and
// Redis's memory; kube-state-metrics and the kubelet's cAdvisor export the
// object and container series; the External Secrets Operator and the Argo Rollouts controller
// export theirs, scraped with honorLabels so that namespace is the object's.
func Alerts(e env.Environment, redisQueue *c.Redis, tiers map[string]*c.Workload) []c.Alert {
	ns := fmt.Sprintf(`namespace=%q`, e.Namespace)
	m := e.Monitoring.Metrics
	redis := redisQueue.Name
	redisMetrics := fmt.Sprintf(`%s, service=%q`, ns, redisQueue.MetricsService)
	var alerts []c.Alert
	var requests, queues, noneReady []string
	var requestTiers []env.Tier
	for _, t := range e.Tiers {
		w := tiers[t.Name]
		if t.Alerts.Requests && w.MetricsService != "" {
			requests = append(requests, w.MetricsService)
			requestTiers = append(requestTiers, t)
			// Its pods, by name (a ReplicaSet's hash, then the pod's): kube-state-metrics
			// carries no pod labels by default. No pod at all counts as none ready.
			noneReady = append(noneReady, fmt.Sprintf(`label_replace(%s == 0, "workload", %q, "", "")`, readyPods(ns, w.Target.Name), w.Target.Name))
		}
		if t.Alerts.Queue && w.Autoscaler != nil {
			queues = append(queues, w.Target.Name)
		}
	}
	if len(requests) > 0 {
		// Users' requests only: the probes' steady 200s would dilute a low-traffic error rate.
		services := fmt.Sprintf(`%s, service=~%q, %s`, ns, strings.Join(requests, "|"), m.NotProbes(requestTiers...))
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoHigh5xxRate",
			Expr: fmt.Sprintf(`sum by (service) (rate(%s{%s, %s}[5m])) / sum by (service) (rate(%s{%s}[5m])) > 0.05`,
				m.Requests, services, m.Errors(), m.Requests, services),
			For:      "5m",
			Severity: "critical",
			Summary:  "More than 5% of API requests fail",
			Description: "{{ $value | humanizePercentage }} of requests to {{ $labels.service }} returned 5xx " +
				"over the last 5 minutes.",
		}, c.Alert{
			Name: "ScreenshotAlgoHighLatencyP95",
			Expr: fmt.Sprintf(`histogram_quantile(0.95, sum by (service, le) (rate(%s{%s}[5m]))) > 1`, m.DurationBuckets(), services),
			For:  "10m", Severity: "warning",
			Summary:     "API p95 latency is above 1s",
			Description: "The 95th percentile of request latency of {{ $labels.service }} is {{ $value | humanizeDuration }}.",
		})
	}
	if len(noneReady) > 0 {
		alerts = append(alerts, c.Alert{
			// The request alerts read the app's own counters, which stop when no pod is Ready:
			// the front door's 503s never reach them.
			Name: "ScreenshotAlgoNoReadyPods",
			Expr: strings.Join(noneReady, " or "),
			For:  "2m", Severity: "critical",
			Summary:     "A public tier has no ready pod",
			Description: "{{ $labels.workload }} has had no Ready pod for 2 minutes: the front door answers its requests with 503.",
		})
	}
	// The queue's length as Redis has it (its exporter), not as the workers report it: with no
	// worker running there would be no series, and every queue alert would be silent.
	queueLength := fmt.Sprintf(`max(redis_key_size{%s, key=%q})`, redisMetrics, env.JobQueueKey)
	if len(queues) > 0 {
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoQueueBacklog",
			Expr: fmt.Sprintf(`%s > 100 and deriv(%s[10m:1m]) > 0`, queueLength, queueLength),
			For:  "10m", Severity: "warning",
			Summary:     "Screenshot jobs are piling up in the queue",
			Description: "{{ $value }} jobs are waiting and the backlog has grown for 10 minutes: workers cannot keep up.",
		}, c.Alert{
			// No pod of any tier that works off the queue is Ready (no pod at all counts).
			Name: "ScreenshotAlgoQueueWithoutWorkers",
			Expr: fmt.Sprintf(`%s > 0 and on() %s == 0`, queueLength, readyPods(ns, strings.Join(queues, "|"))),
			For:  "5m", Severity: "critical",
			Summary:     "Jobs wait in the queue and no worker runs",
			Description: "{{ $value }} jobs are waiting and no worker has been Ready for 5 minutes: no screenshot is taken.",
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
			// Redis refuses writes (noeviction) at its --maxmemory. Its exporter reports Redis's
			// own count of the data against that cap; a container's working set would count the
			// page cache of the append-only file's writes too.
			Name: "ScreenshotAlgoRedisNearMemoryCap",
			Expr: fmt.Sprintf(`max(redis_memory_used_bytes{%s}) / max(redis_memory_max_bytes{%s} > 0) > 0.9`, redisMetrics, redisMetrics),
			For:  "10m", Severity: "warning",
			Summary: "Redis is near its memory cap",
			Description: "Redis's data is at {{ $value | humanizePercentage }} of its maxmemory: at the cap it refuses " +
				"new jobs (noeviction) and the API fails to enqueue.",
		},
		{
			// Every queue alert reads the queue's length from Redis's exporter: without it they
			// are all silent, whatever the backlog.
			Name: "ScreenshotAlgoQueueUnmeasured",
			Expr: fmt.Sprintf(`absent(redis_key_size{%s, key=%q})`, redisMetrics, env.JobQueueKey),
			For:  "10m", Severity: "warning",
			Summary:     "The job queue's length is not measured",
			Description: "No series of the queue's length from Redis's exporter for 10 minutes: the queue alerts cannot fire.",
		},
	}...)
	alerts = append(alerts, []c.Alert{
		{
			// The alerts on a tier's own series go silent when its pods never run: these see
			// the pods that do not.
			Name: "ScreenshotAlgoPodsPending",
			Expr: fmt.Sprintf(`max by (pod) (kube_pod_status_phase{%s, phase="Pending"}) == 1`, ns),
			For:  "15m", Severity: "warning",
			Summary: "A pod has been Pending for 15 minutes",
			Description: "Pod {{ $labels.pod }} has had no node (or has not started) for 15 minutes: no node fits it, " +
				"the node pool is at its maximum, or its volume's zone has no room.",
		},
		{
			Name: "ScreenshotAlgoPodCannotStart",
			Expr: fmt.Sprintf(`max by (pod, container, reason) (kube_pod_container_status_waiting_reason{%s, reason=~%q}) == 1 or max by (pod, container, reason) (kube_pod_init_container_status_waiting_reason{%s, reason=~%q}) == 1`,
				ns, cannotStart, ns, cannotStart),
			For: "10m", Severity: "warning",
			Summary: "A container cannot start",
			Description: "Container {{ $labels.container }} of pod {{ $labels.pod }} waits with {{ $labels.reason }}: " +
				"its image cannot be pulled, or a Secret, ConfigMap or key it names is missing.",
		},
		{
			// cert-manager renews 30 days before expiry: 14 days left means renewal has failed
			// for two weeks.
			Name: "ScreenshotAlgoCertificateExpiring",
			Expr: fmt.Sprintf(`certmanager_certificate_expiration_timestamp_seconds{%s} - time() < 14 * 86400`, ns),
			For:  "1h", Severity: "critical",
			Summary: "A certificate expires within 14 days",
			Description: "Certificate {{ $labels.name }} expires in {{ $value | humanizeDuration }} and has not been renewed: " +
				"at expiry every browser refuses the site.",
		},
		{
			Name: "ScreenshotAlgoRedisVolumeFilling",
			Expr: fmt.Sprintf(`kubelet_volume_stats_available_bytes{%s, persistentvolumeclaim=~"data-%s-[0-9]+"} / kubelet_volume_stats_capacity_bytes{%s, persistentvolumeclaim=~"data-%s-[0-9]+"} < 0.15`,
				ns, redis, ns, redis),
			For: "5m", Severity: "critical",
			Summary: "Redis's volume is more than 85% full",
			Description: "{{ $labels.persistentvolumeclaim }} has {{ $value | humanizePercentage }} free: when its append-only " +
				"file cannot be written, Redis refuses every write and no job can be queued.",
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
		}, c.Alert{
			// Paused covers a step waiting for promotion and an inconclusive analysis: either
			// leaves a canary serving part of the traffic until somebody acts.
			Name: "ScreenshotAlgoRolloutPaused",
			Expr: fmt.Sprintf(`rollout_info{%s, phase="Paused"} == 1`, ns),
			For:  "30m", Severity: "warning",
			Summary: "A release has been paused for 30 minutes",
			Description: "Rollout {{ $labels.name }} has been Paused for 30 minutes (waiting for promotion, or its analysis " +
				"was inconclusive): two versions serve until it is promoted or aborted.",
		})
	}
	if len(queues) > 0 {
		hpa := fmt.Sprintf(`%s, horizontalpodautoscaler=~%q`, ns, strings.Join(queues, "|"))
		alerts = append(alerts, c.Alert{
			Name: "ScreenshotAlgoQueueGrowingAtMaxWorkers",
			// Any queue tier's autoscaler at its own maximum: compared per autoscaler.
			Expr: fmt.Sprintf(`deriv(%s[10m:1m]) > 0 and on() count(kube_horizontalpodautoscaler_status_current_replicas{%s} >= on(horizontalpodautoscaler) kube_horizontalpodautoscaler_spec_max_replicas{%s})`,
				queueLength, hpa, hpa),
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

// readyPods is the count of Ready pods of the workloads matching the name pattern, by pod name
// (a ReplicaSet's hash, then the pod's): kube-state-metrics carries no pod labels by default.
// No pod at all counts as none ready.
func readyPods(ns, names string) string {
	return fmt.Sprintf(`(sum(kube_pod_status_ready{%s, condition="true", pod=~"(%s)-[a-z0-9]+-[a-z0-9]+"}) or on() vector(0))`, ns, names)
}
