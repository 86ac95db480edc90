package constructs_test

import (
	"fmt"
	"sort"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"sigs.k8s.io/yaml"

	c "github.com/screenshot-algo/k8s/constructs"
)

// newChart is the chart an example builds into, with readable names.
func newChart() (cdk8s.App, cdk8s.Chart) {
	app := cdk8s.NewApp(nil)
	return app, cdk8s.NewChart(app, jsii.String("example"), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true)})
}

// show prints the kind and name of every object the app synthesizes, then the fields asked for
// of the objects of one kind, as "kind.field: value", each list sorted.
func show(app cdk8s.App, kind string, fields ...string) {
	var lines, details []string
	for _, doc := range strings.Split(*app.SynthYaml(), "\n---\n") {
		var o map[string]any
		if err := yaml.Unmarshal([]byte(doc), &o); err != nil || o == nil {
			continue
		}
		name, _ := o["metadata"].(map[string]any)["name"].(string)
		lines = append(lines, o["kind"].(string)+" "+name)
		if o["kind"] != kind {
			continue
		}
		for _, f := range fields {
			var v any = o
			for _, key := range strings.Split(f, ".") {
				if m, ok := v.(map[string]any); ok {
					v = m[key]
				}
			}
			details = append(details, fmt.Sprintf("%s.%s: %v", kind, f, v))
		}
	}
	sort.Strings(lines)
	sort.Strings(details)
	fmt.Println(strings.Join(append(lines, details...), "\n"))
}

// resources are the example pods' requests and limits: every size is explicit.
var resources = c.Resources{CPURequest: "250m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "512Mi"}

// A worker that pulls jobs from a queue: a hardened Deployment with its ServiceAccount, scaled
// between 2 and 10 pods on CPU, with a budget that lets a drain take one pod at a time.
func ExampleNewWorkload() {
	app, chart := newChart()
	w := c.NewWorkload(chart, "Thumbnailer", c.WorkloadProps{
		Namespace: "shop",
		Identity:  c.Identity{PartOf: "shop", Name: "thumbnailer", Component: "worker", Version: "1.4.0"},
		Image:     "registry.example.com/shop/thumbnailer:1.4.0",
		Port:      8080, LivenessPath: "/healthz", ReadinessPath: "/ready",
		Resources:        resources,
		Autoscaling:      &c.Autoscaling{Min: 2, Max: 10},
		DisruptionBudget: true,
	})
	fmt.Println("scale target:", w.Target.Kind, w.Target.Name)
	show(app, "Deployment", "spec.replicas", "spec.template.spec.securityContext.runAsNonRoot")
	// Output:
	// scale target: Deployment shop-thumbnailer
	// Deployment shop-thumbnailer
	// HorizontalPodAutoscaler shop-thumbnailer
	// PodDisruptionBudget shop-thumbnailer
	// ServiceAccount shop-thumbnailer
	// Deployment.spec.replicas: <nil>
	// Deployment.spec.template.spec.securityContext.runAsNonRoot: true
}

// An HTTP tier behind a Gateway API route, scaled between 3 and 12 pods on CPU with a budget
// that lets a drain take one at a time. Its Service targets the container port by name; the
// route attaches to the listener of a Gateway (NewGateway; here the platform's, "web"), which
// terminates TLS. Metrics get a separate port, a headless Service and a ServiceMonitor, so that
// no route can expose them.
func ExampleNewWebService() {
	app, chart := newChart()
	web := c.NewWebService(chart, "Storefront", c.WebServiceProps{
		WorkloadProps: c.WorkloadProps{
			Namespace: "shop",
			Identity:  c.Identity{PartOf: "shop", Name: "storefront"},
			Image:     "registry.example.com/shop/storefront:2.0.1",
			Port:      3000, LivenessPath: "/healthz", ReadinessPath: "/ready",
			Resources:        resources,
			Autoscaling:      &c.Autoscaling{Min: 3, Max: 12},
			DisruptionBudget: true,
			MetricsPort:      9100,
			Monitor:          &c.Monitor{},
		},
		Ingresses: []c.WebIngress{{Host: "shop.example.com", Path: "/", Gateway: "web", Listener: "https"}},
	})
	fmt.Println("service:", web.ServiceName, "metrics:", web.MetricsService, "route:", web.Ingress)
	show(app, "HTTPRoute", "spec.parentRefs", "spec.rules")
	// Output:
	// service: shop-storefront metrics: shop-storefront-metrics route: shop-storefront
	// Deployment shop-storefront
	// HTTPRoute shop-storefront
	// HorizontalPodAutoscaler shop-storefront
	// PodDisruptionBudget shop-storefront
	// Service shop-storefront
	// Service shop-storefront-metrics
	// ServiceAccount shop-storefront
	// ServiceMonitor shop-storefront
	// HTTPRoute.spec.parentRefs: [map[group:gateway.networking.k8s.io kind:Gateway name:web sectionName:https]]
	// HTTPRoute.spec.rules: [map[backendRefs:[map[name:shop-storefront port:3000]] matches:[map[path:map[type:PathPrefix value:/]]]]]
}

// The same tier released as a canary by Argo Rollouts: a Rollout instead of a Deployment, a
// preview Service for the new version, and a weighted TraefikService that the route sends to and
// the Rollout reweights at each step (10%, then 50%, each after a pause and an analysis of the
// AnalysisTemplate named, then 100%).
func ExampleNewWebService_canary() {
	app, chart := newChart()
	web := c.NewWebService(chart, "Storefront", c.WebServiceProps{
		WorkloadProps: c.WorkloadProps{
			Namespace: "shop",
			Identity:  c.Identity{PartOf: "shop", Name: "storefront"},
			Image:     "registry.example.com/shop/storefront:2.1.0",
			Port:      3000, LivenessPath: "/healthz", ReadinessPath: "/ready",
			Resources:        resources,
			Autoscaling:      &c.Autoscaling{Min: 3, Max: 12},
			DisruptionBudget: true,
			Canary: &c.Canary{Analysis: "shop-storefront-analysis", Steps: []c.CanaryStep{
				{Weight: 10, PauseSeconds: 300, Analyze: true}, {Weight: 50, PauseSeconds: 300, Analyze: true}, {Weight: 100},
			}},
		},
		Ingresses: []c.WebIngress{{Host: "shop.example.com", Path: "/", Gateway: "web", Listener: "https"}},
	})
	fmt.Println("preview:", web.PreviewService, "reweighted:", web.TraefikService)
	show(app, "Rollout", "spec.strategy.canary.trafficRouting")
	// Output:
	// preview: shop-storefront-preview reweighted: shop-storefront
	// HTTPRoute shop-storefront
	// HorizontalPodAutoscaler shop-storefront
	// PodDisruptionBudget shop-storefront
	// Rollout shop-storefront
	// Service shop-storefront
	// Service shop-storefront-preview
	// ServiceAccount shop-storefront
	// TraefikService shop-storefront
	// Rollout.spec.strategy.canary.trafficRouting: map[traefik:map[weightedTraefikServiceName:shop-storefront]]
}

// A Redis queue that refuses new jobs when full rather than evict queued ones: its --maxmemory
// is two thirds of the container's memory limit, leaving room for an append-only-file rewrite.
func ExampleNewRedis() {
	app, chart := newChart()
	c.NewRedis(chart, "Queue", c.RedisProps{
		PartOf: "shop", Namespace: "shop", StorageSize: "10Gi", StorageClass: "gp3",
		Resources:      c.Resources{CPURequest: "250m", MemoryRequest: "512Mi", CPULimit: "1", MemoryLimit: "1Gi", EphemeralStorage: "256Mi"},
		PasswordSecret: "shop-redis-credentials",
	})
	show(app, "StatefulSet", "spec.replicas")
	fmt.Println("maxmemory:", c.RedisMaxMemory("1Gi", 0))
	// Output:
	// Service shop-redis
	// ServiceAccount shop-redis
	// StatefulSet shop-redis
	// StatefulSet.spec.replicas: 1
	// maxmemory: 697932185
}

// A policy that lets one tier's pods reach Redis on its port, and nothing else.
func ExampleNewNetworkPolicy() {
	app, chart := newChart()
	c.NewNetworkPolicy(chart, "Thumbnailer", c.NetworkPolicyProps{
		PartOf: "shop", Namespace: "shop", Name: "thumbnailer",
		Selector: c.Identity{PartOf: "shop", Name: "thumbnailer"}.SelectorLabels(),
		Egress: []c.Flow{{
			Peer:  c.Peer{Pods: c.Identity{PartOf: "shop", Name: "redis"}.SelectorLabels()},
			Ports: []c.Port{{Number: c.RedisPort}},
		}},
	})
	show(app, "NetworkPolicy", "spec.policyTypes", "spec.egress")
	// Output:
	// NetworkPolicy shop-thumbnailer
	// NetworkPolicy.spec.egress: [map[ports:[map[port:6379 protocol:TCP]] to:[map[podSelector:map[matchLabels:map[app.kubernetes.io/name:redis app.kubernetes.io/part-of:shop]]]]]]
	// NetworkPolicy.spec.policyTypes: [Ingress Egress]
}

// An autoscaler for any workload, through the workload's typed reference: it holds average CPU
// at 70% of requests and scales down by at most a quarter a minute.
func ExampleNewHorizontalPodAutoscaler() {
	app, chart := newChart()
	api := c.NewWorkload(chart, "API", c.WorkloadProps{
		Namespace: "shop", Identity: c.Identity{PartOf: "shop", Name: "api"},
		Image: "registry.example.com/shop/api:3.1.0", Port: 8080, LivenessPath: "/healthz", ReadinessPath: "/ready",
		Resources: resources, Replicas: 3,
	})
	c.NewHorizontalPodAutoscaler(chart, "APIScaler", c.HorizontalPodAutoscalerProps{
		Namespace: "shop", Identity: api.Identity, Target: api.Target, MinReplicas: 3, MaxReplicas: 12,
	})
	show(app, "HorizontalPodAutoscaler", "spec.scaleTargetRef", "spec.metrics")
	// Output:
	// Deployment shop-api
	// HorizontalPodAutoscaler shop-api
	// ServiceAccount shop-api
	// HorizontalPodAutoscaler.spec.metrics: [map[resource:map[name:cpu target:map[averageUtilization:70 type:Utilization]] type:Resource]]
	// HorizontalPodAutoscaler.spec.scaleTargetRef: map[apiVersion:apps/v1 kind:Deployment name:shop-api]
}
