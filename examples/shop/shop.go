// Command shop writes the Kubernetes manifests of a small shop, built on the constructs library:
// a storefront released as a canary behind a Gateway API route, an order worker, and the Redis
// queue between them, with the network policies that allow exactly those connections.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	c "github.com/screenshot-algo/k8s/constructs"
)

// app and namespace name every object of the shop.
const (
	app       = "shop"
	namespace = "shop"
)

// sizes are every pod's requests and limits: the library takes none implicitly.
var sizes = c.Resources{CPURequest: "250m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "512Mi"}

// NewShop builds the shop into a chart of its own.
func NewShop(scope constructs.Construct, id string) cdk8s.Chart {
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true)})
	c.NewNamespace(chart, "Namespace", c.NamespaceProps{PartOf: app, Name: namespace})
	c.NewGateway(chart, "Gateway", c.GatewayProps{PartOf: app, Namespace: namespace, Name: "web", ClassName: "traefik",
		Listeners: []c.Listener{{Name: "https", Port: 8443, Hostname: "shop.example.com", TLSSecretName: "shop-tls"}}})
	c.NewCertificate(chart, "Certificate", c.CertificateProps{PartOf: app, Namespace: namespace, SecretName: "shop-tls",
		Hosts: []string{"shop.example.com"}, Issuer: "letsencrypt"})

	redis := c.NewRedis(chart, "Queue", c.RedisProps{PartOf: app, Namespace: namespace, StorageSize: "10Gi", StorageClass: "gp3",
		Resources:      c.Resources{CPURequest: "250m", MemoryRequest: "512Mi", CPULimit: "1", MemoryLimit: "1Gi", EphemeralStorage: "256Mi"},
		PasswordSecret: "shop-redis-credentials"})

	storefront := c.Identity{PartOf: app, Name: "storefront", Component: "web", Version: "2.1.0"}
	// The canary's gate: the new pods' share of 5xx answers, from Prometheus.
	c.NewAnalysisTemplate(chart, "Analysis", c.AnalysisTemplateProps{
		PartOf: app, Namespace: namespace, Name: "storefront-analysis", PrometheusURL: "http://prometheus.monitoring:9090",
		Args: []string{c.PodTemplateHashArg}, InitialDelay: "2m", Interval: "1m", Count: 3,
		Metrics: []c.AnalysisMetric{{
			Name: "success-rate",
			Query: `1 - (sum(rate(http_requests_total{service="shop-storefront-metrics", code=~"5..", rollouts_pod_template_hash="{{args.` + c.PodTemplateHashArg + `}}"}[2m])) or vector(0))` +
				` / sum(rate(http_requests_total{service="shop-storefront-metrics", rollouts_pod_template_hash="{{args.` + c.PodTemplateHashArg + `}}"}[2m]))`,
			SuccessCondition: "len(result) > 0 && result[0] >= 0.99",
			FailureCondition: "len(result) > 0 && result[0] < 0.99",
		}},
	})
	c.NewWebService(chart, "Storefront", c.WebServiceProps{
		WorkloadProps: c.WorkloadProps{
			Namespace: namespace, Identity: storefront, Image: "registry.example.com/shop/storefront:2.1.0",
			Port: 3000, LivenessPath: "/healthz", ReadinessPath: "/ready", Resources: sizes,
			Autoscaling: &c.Autoscaling{Min: 3, Max: 12}, DisruptionBudget: true, PreStopSleepSeconds: 10, TerminationGracePeriodSeconds: 30,
			MetricsPort: 9100, Monitor: &c.Monitor{},
			Canary: &c.Canary{Analysis: "shop-storefront-analysis", Steps: []c.CanaryStep{
				{Weight: 10, PauseSeconds: 300, Analyze: true}, {Weight: 50, PauseSeconds: 300, Analyze: true}, {Weight: 100},
			}},
		},
		Ingresses: []c.WebIngress{{Host: "shop.example.com", Path: "/", Gateway: "shop-web", Listener: "https"}},
	})

	orders := c.Identity{PartOf: app, Name: "orders", Component: "worker", Version: "1.0.3"}
	c.NewWorker(chart, "Orders", c.WorkerProps{WorkloadProps: c.WorkloadProps{
		Namespace: namespace, Identity: orders, Image: "registry.example.com/shop/orders:1.0.3",
		Port: 8080, LivenessPath: "/healthz", ReadinessPath: "/ready", Resources: sizes,
		Autoscaling: &c.Autoscaling{Min: 2, Max: 10}, DisruptionBudget: true, TerminationGracePeriodSeconds: 60,
	}})

	// Deny everything, then allow the storefront's users through the controller's namespace,
	// and the worker to reach Redis.
	c.NewNetworkPolicy(chart, "DefaultDeny", c.NetworkPolicyProps{PartOf: app, Namespace: namespace, Name: "default-deny"})
	c.NewNetworkPolicy(chart, "StorefrontNetwork", c.NetworkPolicyProps{PartOf: app, Namespace: namespace, Name: "storefront",
		Selector: storefront.SelectorLabels(), Ingress: []c.Flow{{Peer: c.Peer{Namespace: "traefik"}, Ports: []c.Port{{Name: "http"}}}}})
	c.NewNetworkPolicy(chart, "OrdersNetwork", c.NetworkPolicyProps{PartOf: app, Namespace: namespace, Name: "orders",
		Selector: orders.SelectorLabels(), Egress: []c.Flow{{Peer: c.Peer{Pods: redis.Identity.SelectorLabels()}, Ports: []c.Port{{Number: c.RedisPort}}}}})
	c.NewNetworkPolicy(chart, "RedisNetwork", c.NetworkPolicyProps{PartOf: app, Namespace: namespace, Name: "redis",
		Selector: redis.Identity.SelectorLabels(), Ingress: []c.Flow{{Peer: c.Peer{Pods: orders.SelectorLabels()}, Ports: []c.Port{{Number: c.RedisPort}}}}})
	return chart
}

func main() {
	out := flag.String("output", "dist", "folder to write the manifests into")
	flag.Parse()
	a := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(*out), YamlOutputType: cdk8s.YamlOutputType_FILE_PER_RESOURCE})
	NewShop(a, "shop")
	a.Synth()
	jsii.Close()
	fmt.Fprintln(os.Stderr, "shop: wrote", *out)
}
