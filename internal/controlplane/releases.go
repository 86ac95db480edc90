package controlplane

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"github.com/screenshot-algo/k8s/deploy/rollouts"
)

// RolloutsGVR is the Argo Rollouts API's Rollout resource.
var RolloutsGVR = schema.GroupVersionResource{Group: "argoproj.io", Version: "v1alpha1", Resource: "rollouts"}

// StartRolloutsController runs the real Argo Rollouts controller against the cluster, as a
// cluster that releases with Argo Rollouts does. Leader election is off (one instance), and its
// metrics and health ports are free loopback ports instead of its defaults on every interface.
func (cp *ControlPlane) StartRolloutsController() error {
	ports, err := freePorts(2)
	if err != nil {
		return err
	}
	return cp.start("rollouts-controller",
		"--kubeconfig", cp.Kubeconfig,
		"--leader-elect=false",
		"--metricsPort", strconv.Itoa(ports[0]),
		"--healthzPort", strconv.Itoa(ports[1]),
		"--loglevel", "info",
	)
}

// StartPrometheus runs the real Prometheus on loopback, scraping target (host:port) every
// second with its labels honoured, so that a test can serve exactly the series an analysis
// queries. It returns Prometheus's URL once it is ready.
func (cp *ControlPlane) StartPrometheus(target string) (string, error) {
	ports, err := freePorts(1)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cp.Dir, "prometheus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	config := fmt.Sprintf(`global: {scrape_interval: 1s, evaluation_interval: 1s}
scrape_configs:
- job_name: app
  honor_labels: true
  static_configs: [{targets: [%q]}]
`, target)
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(config), 0o644); err != nil {
		return "", err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", ports[0])
	if err := cp.start("prometheus",
		"--config.file", filepath.Join(dir, "prometheus.yml"),
		"--storage.tsdb.path", filepath.Join(dir, "data"),
		"--web.listen-address", addr,
		"--log.level", "warn",
	); err != nil {
		return "", err
	}
	url := "http://" + addr
	err = poll(context.Background(), 60*time.Second, func() (bool, error) {
		if err := cp.exitedEarly("prometheus"); err != nil {
			return false, err
		}
		resp, err := http.Get(url + "/-/ready")
		if err != nil {
			return false, nil
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, nil
	})
	return url, err
}

// Rollout reads a Rollout.
func (c *Client) Rollout(ctx context.Context, namespace, name string) (*unstructured.Unstructured, error) {
	return c.dynamic.Resource(RolloutsGVR).Namespace(namespace).Get(ctx, name, metav1.GetOptions{})
}

// rolloutsHealthy reports, for each Rollout of the namespace that is not yet Healthy at its
// current generation, what it is doing, and every Rollout's spec.replicas (nil when unset), by
// "Rollout/<name>".
func (c *Client) rolloutsHealthy(ctx context.Context, namespace string) ([]string, map[string]*int32, error) {
	list, err := c.dynamic.Resource(RolloutsGVR).Namespace(namespace).List(ctx, metav1.ListOptions{})
	if err != nil {
		return nil, nil, err
	}
	var pending []string
	replicas := map[string]*int32{}
	for _, ro := range list.Items {
		if n, found, _ := unstructured.NestedInt64(ro.Object, "spec", "replicas"); found {
			r := int32(n)
			replicas["Rollout/"+ro.GetName()] = &r
		} else {
			replicas["Rollout/"+ro.GetName()] = nil
		}
		if ok, why := rollouts.Healthy(&ro); !ok {
			pending = append(pending, fmt.Sprintf("rollout/%s: %s", ro.GetName(), why))
		}
	}
	return pending, replicas, nil
}
