package graph_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/graph"
)

// metricsPort is the number of the workers' metrics port, which their policy names.
func metricsPort(t *testing.T) string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "dist", "production", "*-deployment-screenshot-algo-worker.yaml"))
	require.NoError(t, err)
	require.Len(t, paths, 1)
	b, err := os.ReadFile(paths[0])
	require.NoError(t, err)
	m := regexp.MustCompile(`containerPort: (\d+)\n\s+name: metrics\n`).FindSubmatch(b)
	require.NotNil(t, m, "the worker declares a metrics port")
	return string(m[1])
}

// bundle joins the committed objects of dist/<env> into one YAML stream.
func bundle(t *testing.T, env string) []byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "dist", env, "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var b strings.Builder
	for _, p := range paths {
		content, err := os.ReadFile(p)
		require.NoError(t, err)
		b.WriteString("---\n")
		b.Write(content)
	}
	return []byte(b.String())
}

// shape is a node's shape and label, as declared where the node is first used.
var shape = regexp.MustCompile(`(\(\(|\[\(|\{\{|\(\[|\[/|\[)"[^"]*"(\)\)|\)\]|\}\}|\]\)|/\]|\])`)

// edges is the chart with its node declarations reduced to their ids.
func edges(chart string) string { return shape.ReplaceAllString(chart, "") }

func TestMermaid(t *testing.T) {
	chart, err := graph.Mermaid(bundle(t, "production"))
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(chart, "flowchart LR\n"))
	assert.Contains(t, chart, `internet(("public internet`, "nodes are declared with their shape")
	chart = edges(chart)
	for _, tc := range []struct {
		what, line string
		drawn      bool
	}{
		{"users reach the public Gateway", `users --> gateway_screenshot_algo_public`, true},
		{"the public route to the frontend", `gateway_screenshot_algo_public -->|"screenshot-algo.example.com/"| traefikservice_screenshot_algo_frontend`, true},
		{"the weighted TraefikService's stable Service", `traefikservice_screenshot_algo_backend -->|"weight 100"| service_screenshot_algo_backend`, true},
		{"the weighted TraefikService's canary Service", `traefikservice_screenshot_algo_backend -->|"weight 0"| service_screenshot_algo_backend_preview`, true},
		{"the preview route, on the internal Gateway", `gateway_screenshot_algo_internal -->|"preview.screenshot-algo.internal/api"| service_screenshot_algo_backend_preview`, true},
		{"the controller reaches cert-manager's solvers", `namespace_traefik -->|"TCP 8089"| pods_acme_cert_manager_io_http01_solver_true`, true},
		{"no preview route on the public Gateway", `gateway_screenshot_algo_public -->|"preview.screenshot-algo.internal/api"| service_screenshot_algo_backend_preview`, false},
		{"the Service's workload", `service_screenshot_algo_backend -.-> workload_screenshot_algo_backend`, true},
		{"the backend's queue", `workload_screenshot_algo_backend -->|"TCP 6379"| workload_screenshot_algo_redis`, true},
		{"the workers' web", `workload_screenshot_algo_worker -->|"TCP 80, TCP 443"| internet`, true},
		{"the database, by its port", `workload_screenshot_algo_worker -->|"TCP 5432"| database_screenshot_algo_postgres`, true},
		{"scrapes from monitoring, on the metrics port's number", fmt.Sprintf(`namespace_monitoring -->|"TCP %s"| workload_screenshot_algo_worker`, metricsPort(t)), true},
		{"DNS for every pod", `allpods -->|"UDP 53, TCP 53"| namespace_kube_system`, true},
		// What no policy allows is never drawn.
		{"the frontend does not reach Redis", `workload_screenshot_algo_frontend -->|"TCP 6379"| workload_screenshot_algo_redis`, false},
		{"the backend does not reach the web", `workload_screenshot_algo_backend -->|"TCP 80, TCP 443"| internet`, false},
	} {
		assert.Equal(t, tc.drawn, strings.Contains(chart, "  "+tc.line+"\n"), tc.what)
	}
}

// TestMermaidFollowsThePolicies removes the worker's policy from the bundle: its edges go.
func TestMermaidFollowsThePolicies(t *testing.T) {
	docs := strings.Split(string(bundle(t, "production")), "---\n")
	var kept []string
	for _, d := range docs {
		if !(strings.Contains(d, "kind: NetworkPolicy") && strings.Contains(d, "name: screenshot-algo-worker\n")) {
			kept = append(kept, d)
		}
	}
	require.Less(t, len(kept), len(docs))
	chart, err := graph.Mermaid([]byte(strings.Join(kept, "---\n")))
	require.NoError(t, err)
	chart = edges(chart)
	assert.NotContains(t, chart, "workload_screenshot_algo_worker -->")
	assert.Contains(t, chart, "workload_screenshot_algo_backend -->", "the other policies still draw")
}
