package verify

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// alertCase is one alert's unit test for promtool: series under which it must fire at evalTime,
// and series under which it must stay silent then. Series are promtool's input_series, their
// labels written without the namespace, which the test adds.
type alertCase struct {
	alert    string
	evalTime string
	firing   []series
	healthy  []series
}

type series struct{ metric, values string }

// alertCases covers every alert of every environment; env supplies the numbers an alert
// depends on (Redis's memory cap).
func alertCases(e env.Environment) []alertCase {
	backend := `service="screenshot-algo-backend-metrics"`
	backendTier, _ := e.TierNamed("backend")
	probe := backendTier.ReadinessPath
	maxMemory := constructs.RedisMaxMemory(e.Redis.Resources.MemoryLimit, 0)
	workerHPA := `horizontalpodautoscaler="screenshot-algo-worker"`
	redisMetrics := `service="` + env.ObjectName(env.Redis) + `-metrics"`
	queue := `redis_key_size{` + redisMetrics + `, db="db0", key="` + env.JobQueueKey + `"}`
	return []alertCase{
		// Firing: 10% of users' requests fail, which the probes' 200s would dilute to 2%.
		{alert: "ScreenshotAlgoHigh5xxRate", evalTime: "15m",
			firing: []series{{`http_requests_total{` + backend + `, path="/api/screenshots", code="500"}`, "0+10x20"}, {`http_requests_total{` + backend + `, path="/api/screenshots", code="200"}`, "0+90x20"},
				{`http_requests_total{` + backend + `, path="` + probe + `", code="200"}`, "0+400x20"}},
			healthy: []series{{`http_requests_total{` + backend + `, code="500"}`, "0+1x20"}, {`http_requests_total{` + backend + `, code="200"}`, "0+99x20"}}},
		{alert: "ScreenshotAlgoHighLatencyP95", evalTime: "25m",
			firing: []series{
				{`http_request_duration_seconds_bucket{` + backend + `, le="0.5"}`, "0+10x30"}, {`http_request_duration_seconds_bucket{` + backend + `, le="1"}`, "0+20x30"},
				{`http_request_duration_seconds_bucket{` + backend + `, le="2"}`, "0+100x30"}, {`http_request_duration_seconds_bucket{` + backend + `, le="+Inf"}`, "0+100x30"}},
			healthy: []series{
				{`http_request_duration_seconds_bucket{` + backend + `, le="0.5"}`, "0+100x30"}, {`http_request_duration_seconds_bucket{` + backend + `, le="1"}`, "0+100x30"},
				{`http_request_duration_seconds_bucket{` + backend + `, le="2"}`, "0+100x30"}, {`http_request_duration_seconds_bucket{` + backend + `, le="+Inf"}`, "0+100x30"}}},
		{alert: "ScreenshotAlgoQueueBacklog", evalTime: "30m",
			firing:  []series{{queue, "100+10x40"}},
			healthy: []series{{queue, "150+0x40"}}},
		// Measured at Redis: with no worker there is no worker series at all.
		{alert: "ScreenshotAlgoQueueWithoutWorkers", evalTime: "15m",
			firing: []series{{queue, "5+1x20"}, {`kube_pod_status_ready{pod="screenshot-algo-worker-5c8d7f6b9-abcde", condition="true"}`, "0x20"},
				{`kube_pod_status_ready{pod="screenshot-algo-backend-6d4f9c7b8-x2x9k", condition="true"}`, "1x20"}},
			// An empty queue needs no worker; one Ready worker is working it off.
			healthy: []series{{queue, "5+1x20"}, {`kube_pod_status_ready{pod="screenshot-algo-worker-5c8d7f6b9-abcde", condition="true"}`, "1x20"}}},
		{alert: "ScreenshotAlgoQueueUnmeasured", evalTime: "20m",
			firing:  []series{{`redis_up{` + redisMetrics + `}`, "1x30"}},
			healthy: []series{{queue, "0x30"}}},
		{alert: "ScreenshotAlgoPodCrashLooping", evalTime: "10m",
			firing:  []series{{`kube_pod_container_status_waiting_reason{pod="p", container="c", reason="CrashLoopBackOff"}`, "1x20"}},
			healthy: []series{{`kube_pod_container_status_waiting_reason{pod="p", container="c", reason="CrashLoopBackOff"}`, "0x20"}}},
		{alert: "ScreenshotAlgoAutoscalerAtMaximum", evalTime: "45m",
			firing: []series{{`kube_horizontalpodautoscaler_status_current_replicas{horizontalpodautoscaler="h"}`, "20x60"},
				{`kube_horizontalpodautoscaler_spec_max_replicas{horizontalpodautoscaler="h"}`, "20x60"}},
			healthy: []series{{`kube_horizontalpodautoscaler_status_current_replicas{horizontalpodautoscaler="h"}`, "10x60"},
				{`kube_horizontalpodautoscaler_spec_max_replicas{horizontalpodautoscaler="h"}`, "20x60"}}},
		{alert: "ScreenshotAlgoDisruptionBudgetExhausted", evalTime: "20m",
			firing:  []series{{`kube_poddisruptionbudget_status_pod_disruptions_allowed{poddisruptionbudget="b"}`, "0x30"}},
			healthy: []series{{`kube_poddisruptionbudget_status_pod_disruptions_allowed{poddisruptionbudget="b"}`, "1x30"}}},
		{alert: "ScreenshotAlgoTargetDown", evalTime: "10m",
			firing:  []series{{`up{job="screenshot-algo-backend-metrics", instance="10.0.0.1:9100"}`, "0x20"}},
			healthy: []series{{`up{job="screenshot-algo-backend-metrics", instance="10.0.0.1:9100"}`, "1x20"}}},
		{alert: "ScreenshotAlgoRedisDown", evalTime: "5m",
			firing:  []series{{`kube_statefulset_status_replicas_ready{statefulset="screenshot-algo-redis"}`, "0x10"}},
			healthy: []series{{`kube_statefulset_status_replicas_ready{statefulset="screenshot-algo-redis"}`, "1x10"}}},
		// Redis's own count against its maxmemory, from its exporter.
		{alert: "ScreenshotAlgoRedisNearMemoryCap", evalTime: "15m",
			firing: []series{{`redis_memory_used_bytes{` + redisMetrics + `}`, fmt.Sprintf("%dx20", maxMemory*95/100)},
				{`redis_memory_max_bytes{` + redisMetrics + `}`, fmt.Sprintf("%dx20", maxMemory)}},
			healthy: []series{{`redis_memory_used_bytes{` + redisMetrics + `}`, fmt.Sprintf("%dx20", maxMemory/2)},
				{`redis_memory_max_bytes{` + redisMetrics + `}`, fmt.Sprintf("%dx20", maxMemory)}}},
		{alert: "ScreenshotAlgoExternalSecretNotSynced", evalTime: "20m",
			firing:  []series{{`externalsecret_status_condition{name="screenshot-algo-redis-credentials", condition="Ready", status="False"}`, "1x30"}},
			healthy: []series{{`externalsecret_status_condition{name="screenshot-algo-redis-credentials", condition="Ready", status="False"}`, "0x30"}}},
		{alert: "ScreenshotAlgoRolloutDegraded", evalTime: "5m",
			firing:  []series{{`rollout_info{name="screenshot-algo-backend", phase="Degraded", strategy="canary", traffic_router="nginx"}`, "1x10"}},
			healthy: []series{{`rollout_info{name="screenshot-algo-backend", phase="Healthy", strategy="canary", traffic_router="nginx"}`, "1x10"}}},
		{alert: "ScreenshotAlgoNoReadyPods", evalTime: "10m",
			// Every backend pod NotReady; the worker's readiness says nothing of the API.
			firing: []series{{`kube_pod_status_ready{pod="screenshot-algo-backend-6d4f9c7b8-x2x9k", condition="true"}`, "0x20"},
				{`kube_pod_status_ready{pod="screenshot-algo-worker-5c8d7f6b9-abcde", condition="true"}`, "1x20"}},
			healthy: []series{{`kube_pod_status_ready{pod="screenshot-algo-backend-6d4f9c7b8-x2x9k", condition="true"}`, "0x20"},
				{`kube_pod_status_ready{pod="screenshot-algo-backend-6d4f9c7b8-q7w2e", condition="true"}`, "1x20"}}},
		{alert: "ScreenshotAlgoPodsPending", evalTime: "20m",
			firing:  []series{{`kube_pod_status_phase{pod="screenshot-algo-worker-1", phase="Pending"}`, "1x30"}},
			healthy: []series{{`kube_pod_status_phase{pod="screenshot-algo-worker-1", phase="Pending"}`, "1x5 0x25"}}},
		{alert: "ScreenshotAlgoPodCannotStart", evalTime: "15m",
			firing:  []series{{`kube_pod_init_container_status_waiting_reason{pod="screenshot-algo-redis-0", container="acl", reason="ImagePullBackOff"}`, "1x20"}},
			healthy: []series{{`kube_pod_container_status_waiting_reason{pod="screenshot-algo-backend-1", container="backend", reason="ContainerCreating"}`, "1x20"}}},
		{alert: "ScreenshotAlgoCertificateExpiring", evalTime: "2h",
			// promtool's clock starts at 0: an expiry at 10 days, and one at 60.
			firing:  []series{{`certmanager_certificate_expiration_timestamp_seconds{name="screenshot-algo-tls"}`, fmt.Sprintf("%dx150", 10*86400)}},
			healthy: []series{{`certmanager_certificate_expiration_timestamp_seconds{name="screenshot-algo-tls"}`, fmt.Sprintf("%dx150", 60*86400)}}},
		{alert: "ScreenshotAlgoRedisVolumeFilling", evalTime: "10m",
			firing: []series{{`kubelet_volume_stats_available_bytes{persistentvolumeclaim="data-screenshot-algo-redis-0"}`, "100x20"},
				{`kubelet_volume_stats_capacity_bytes{persistentvolumeclaim="data-screenshot-algo-redis-0"}`, "1000x20"}},
			healthy: []series{{`kubelet_volume_stats_available_bytes{persistentvolumeclaim="data-screenshot-algo-redis-0"}`, "600x20"},
				{`kubelet_volume_stats_capacity_bytes{persistentvolumeclaim="data-screenshot-algo-redis-0"}`, "1000x20"}}},
		{alert: "ScreenshotAlgoRolloutPaused", evalTime: "40m",
			firing: []series{{`rollout_info{name="screenshot-algo-backend", phase="Paused", strategy="canary", traffic_router="traefik"}`, "1x50"}},
			// A step's pause of a few minutes is a release at work.
			healthy: []series{{`rollout_info{name="screenshot-algo-backend", phase="Paused", strategy="canary", traffic_router="traefik"}`, "1x10 0x40"}}},
		{alert: "ScreenshotAlgoQueueGrowingAtMaxWorkers", evalTime: "30m",
			firing: []series{{queue, "10+5x40"},
				{`kube_horizontalpodautoscaler_status_current_replicas{` + workerHPA + `}`, "20x40"}, {`kube_horizontalpodautoscaler_spec_max_replicas{` + workerHPA + `}`, "20x40"}},
			// The same growing queue with room to scale: the autoscaler is still adding workers.
			healthy: []series{{queue, "10+5x40"},
				{`kube_horizontalpodautoscaler_status_current_replicas{` + workerHPA + `}`, "12x40"}, {`kube_horizontalpodautoscaler_spec_max_replicas{` + workerHPA + `}`, "20x40"}}},
	}
}

// inNamespace puts a series in ns.
func inNamespace(metric, ns string) string {
	name, labels, _ := strings.Cut(metric, "{")
	return fmt.Sprintf("%s{namespace=%q, %s", name, ns, labels)
}

// rulesFile writes the environment's PrometheusRule's groups as a Prometheus rules file and
// returns its path and the alerts' names.
func rulesFile(t *testing.T, dir string, e env.Environment) (path string, names []string, runbooks map[string]string) {
	t.Helper()
	jsiiMu.Lock()
	objs := renderEnv(t, e)
	jsiiMu.Unlock()
	for _, o := range objs {
		if o.GetKind() != "PrometheusRule" {
			continue
		}
		groups := o.Object["spec"].(map[string]any)["groups"]
		b, err := yaml.Marshal(map[string]any{"groups": groups})
		require.NoError(t, err)
		path = filepath.Join(dir, e.Name+"-rules.yaml")
		require.NoError(t, os.WriteFile(path, b, 0o644))
		runbooks = map[string]string{}
		for _, g := range groups.([]any) {
			for _, r := range g.(map[string]any)["rules"].([]any) {
				rule := r.(map[string]any)
				name := rule["alert"].(string)
				names = append(names, name)
				runbooks[name], _ = rule["annotations"].(map[string]any)["runbook_url"].(string)
			}
		}
		return path, names, runbooks
	}
	t.Fatalf("%s has no PrometheusRule", e.Name)
	return "", nil, nil
}

// promtool runs the pinned promtool.
func promtool(args ...string) (string, error) {
	out, err := exec.Command(filepath.Join(binDir, "promtool"), args...).CombinedOutput()
	return string(out), err
}

// alertTests writes promtool's unit tests of cases against rules: for each alert, one test
// group where it must fire (the ALERTS series it raises is firing at evalTime) and one where
// it must not (no alert at evalTime).
func alertTests(t *testing.T, dir, rules string, e env.Environment, cases []alertCase) string {
	t.Helper()
	input := func(ss []series) []map[string]string {
		var out []map[string]string
		for _, s := range ss {
			out = append(out, map[string]string{"series": inNamespace(s.metric, e.Namespace), "values": s.values})
		}
		return out
	}
	var groups []map[string]any
	for _, c := range cases {
		groups = append(groups,
			map[string]any{
				"name": c.alert + " fires", "interval": "1m", "input_series": input(c.firing),
				"promql_expr_test": []map[string]any{{
					"expr":        fmt.Sprintf(`count(ALERTS{alertname=%q, alertstate="firing"})`, c.alert),
					"eval_time":   c.evalTime,
					"exp_samples": []map[string]any{{"labels": "{}", "value": 1}},
				}},
			},
			map[string]any{
				"name": c.alert + " stays silent", "interval": "1m", "input_series": input(c.healthy),
				"alert_rule_test": []map[string]any{{"alertname": c.alert, "eval_time": c.evalTime, "exp_alerts": []any{}}},
			})
	}
	b, err := yaml.Marshal(map[string]any{"rule_files": []string{rules}, "evaluation_interval": "1m", "tests": groups})
	require.NoError(t, err)
	path := filepath.Join(dir, e.Name+"-tests.yaml")
	require.NoError(t, os.WriteFile(path, b, 0o644))
	return path
}

// TestAlerts checks each environment's rules with promtool, and unit-tests every alert with it:
// it fires on a failing series and stays silent on a healthy one. Every alert's runbook_url
// points at a runbook in docs/runbooks that says what to check and what to do.
func TestAlerts(t *testing.T) {
	needsCluster(t) // for binDir; the alerts need no cluster
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			dir := t.TempDir()
			rules, names, runbooks := rulesFile(t, dir, e)
			out, err := promtool("check", "rules", "--lint-fatal", rules)
			require.NoError(t, err, out)

			byName := map[string]alertCase{}
			for _, c := range alertCases(e) {
				byName[c.alert] = c
			}
			var cases []alertCase
			for _, name := range names {
				c, ok := byName[name]
				require.True(t, ok, "alert %s has no promtool test in alertCases", name)
				cases = append(cases, c)
			}
			out, err = promtool("test", "rules", alertTests(t, dir, rules, e, cases))
			require.NoError(t, err, out)

			for _, name := range names {
				assert.Equal(t, e.RunbookURL(name), runbooks[name], "%s's runbook_url", name)
				b, err := os.ReadFile(filepath.Join(repoRoot, "docs", "runbooks", name+".md"))
				if assert.NoError(t, err, "%s's runbook", name) {
					for _, heading := range []string{"## What to check", "## What to do"} {
						assert.Contains(t, string(b), heading, "runbook of %s", name)
					}
				}
			}
		})
	}
}

// TestBrokenAlertIsCaught proves the promtool tests can fail: with the 5xx alert's threshold
// raised beyond reach, "fires" fails; with it at zero, "stays silent" fails.
func TestBrokenAlertIsCaught(t *testing.T) {
	needsCluster(t)
	e := env.Production()
	dir := t.TempDir()
	rules, _, _ := rulesFile(t, dir, e)
	healthy, err := os.ReadFile(rules)
	require.NoError(t, err)
	var cases []alertCase
	for _, c := range alertCases(e) {
		if c.alert == "ScreenshotAlgoHigh5xxRate" {
			cases = append(cases, c)
		}
	}
	tests := alertTests(t, dir, rules, e, cases)
	// What promtool prints for each failure: the firing query came back empty; an alert fired
	// where none was expected.
	for _, tc := range []struct{ threshold, failing string }{{"> 5", "exp: {} 1E+00"}, {"> 0", "alertname: ScreenshotAlgoHigh5xxRate"}} {
		broken := strings.Replace(string(healthy), "> 0.05", tc.threshold, 1)
		require.NotEqual(t, string(healthy), broken)
		require.NoError(t, os.WriteFile(rules, []byte(broken), 0o644))
		out, err := promtool("test", "rules", tests)
		require.Error(t, err, "a broken alert must fail its tests")
		assert.Contains(t, out, tc.failing, "threshold %s", tc.threshold)
	}
}
