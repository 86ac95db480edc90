package verify

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// TestRedisExporterFeedsTheAlerts runs Redis's pod as production's output defines it (its init
// container's ACL file, a real redis-server) with the real redis_exporter v1.74.0 started with
// the exporter container's own arguments, queues jobs, and scrapes it: it exports every redis_*
// series the PrometheusRule reads, the queue's length as Redis has it, and Redis's memory
// against the maxmemory the output sets. Break-test: with the ACL file of the default user
// alone (the init container's script before the exporter's user), Redis refuses the exporter
// and the queue's length is gone, which is what ScreenshotAlgoQueueUnmeasured fires on.
func TestRedisExporterFeedsTheAlerts(t *testing.T) {
	needsCluster(t) // for binDir
	e := env.Production()
	objs := manifests(t, synthFolder(t, e))
	tpl := workloadTemplate(t, objs, "StatefulSet", env.ObjectName(env.Redis))

	var read []string
	for _, o := range objs {
		if o.GetKind() != "PrometheusRule" {
			continue
		}
		b, err := o.MarshalJSON()
		require.NoError(t, err)
		for _, name := range regexp.MustCompile(`redis_[a-z_]+`).FindAllString(string(b), -1) {
			if !slices.Contains(read, name) {
				read = append(read, name)
			}
		}
	}
	require.NotEmpty(t, read, "the alerts read Redis's exporter")

	cases := []struct {
		name string
		// acl replaces the init container's script when set.
		acl        string
		wantQueued bool
	}{
		{name: "as the output defines it", wantQueued: true},
		{name: "without the exporter's ACL user", acl: constructs.RedisACLScript},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spec := *tpl.Spec.DeepCopy()
			if tc.acl != "" {
				spec.InitContainers[0].Command = []string{"sh", "-c", tc.acl}
			}
			families := scrapeRedisExporter(t, spec, 3)
			if !tc.wantQueued {
				assert.Nil(t, families["redis_key_size"], "no queue length without the exporter's user")
				assert.Equal(t, 0.0, gauge(t, families, "redis_up", nil), "Redis refuses the exporter")
				return
			}
			for _, name := range read {
				assert.Contains(t, families, name, "the exporter exports %s, which an alert reads", name)
			}
			assert.Equal(t, 1.0, gauge(t, families, "redis_up", nil))
			assert.Equal(t, 3.0, gauge(t, families, "redis_key_size", map[string]string{"key": env.JobQueueKey}), "the queue's length, as Redis has it")
			assert.Equal(t, float64(constructs.RedisMaxMemory(e.Redis.Resources.MemoryLimit, 0)), gauge(t, families, "redis_memory_max_bytes", nil), "the cap the output sets")
			assert.Positive(t, gauge(t, families, "redis_memory_used_bytes", nil))
		})
	}
}

// scrapeRedisExporter starts Redis's pod from spec with jobs queued, then the exporter as its
// container's arguments say (Redis's and its own ports mapped to this machine's), and returns
// one scrape of it.
func scrapeRedisExporter(t *testing.T, spec corev1.PodSpec, jobs int) map[string]*dto.MetricFamily {
	t.Helper()
	const password = "redis-test-password"
	p := newRedisPod(t, spec)
	p.setPassword(constructs.RedisAuthDir, "password", password)
	p.start()
	c, reply := p.connect(password)
	require.Equal(t, "+OK", reply)
	for i := range jobs {
		_, err := c.do("RPUSH", env.JobQueueKey, fmt.Sprintf("job-%d", i))
		require.NoError(t, err)
	}

	i := slices.IndexFunc(spec.Containers, func(c corev1.Container) bool { return c.Name == "exporter" })
	require.GreaterOrEqual(t, i, 0, "Redis's pod runs an exporter")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	listen := l.Addr().String()
	l.Close()
	var args []string
	for _, a := range spec.Containers[i].Args {
		a = strings.ReplaceAll(a, "127.0.0.1:"+strconv.Itoa(constructs.RedisPort), "127.0.0.1:"+strconv.Itoa(p.port))
		a = strings.ReplaceAll(a, "--web.listen-address=:"+strconv.Itoa(constructs.RedisExporterPort), "--web.listen-address="+listen)
		args = append(args, a)
	}
	require.Contains(t, args, "--web.listen-address="+listen, "the exporter's listen address is mapped")
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, filepath.Join(binDir, "redis_exporter"), args...)
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })

	var resp *http.Response
	require.Eventually(t, func() bool {
		resp, err = http.Get("http://" + listen + "/metrics")
		return err == nil
	}, 10*time.Second, 100*time.Millisecond, "the exporter serves /metrics:\n%s", &log)
	defer resp.Body.Close()
	parser := expfmt.NewTextParser(model.LegacyValidation)
	families, err := parser.TextToMetricFamilies(resp.Body)
	require.NoError(t, err)
	t.Logf("exporter log:\n%s", log.String())
	return families
}

// gauge is the value of the family's series with the labels (a subset), failing if none.
func gauge(t *testing.T, families map[string]*dto.MetricFamily, name string, labels map[string]string) float64 {
	t.Helper()
	f := families[name]
	require.NotNil(t, f, "%s is exported", name)
	for _, m := range f.GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		match := true
		for k, v := range labels {
			match = match && have[k] == v
		}
		if match {
			return m.GetGauge().GetValue()
		}
	}
	t.Fatalf("no %s series with %v", name, labels)
	return 0
}
