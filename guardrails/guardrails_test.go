package guardrails_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/guardrails"
	"github.com/screenshot-algo/k8s/internal/k8stest"
	"github.com/screenshot-algo/k8s/synth"
)

func TestMain(m *testing.M) { k8stest.Main(m) }

// check synthesizes env's chart, plus whatever extra adds to it, and runs the guardrails.
func check(t *testing.T, e env.Environment, extra func(chart constructs.Construct)) error {
	t.Helper()
	objs := k8stest.SynthChart(t, func(app constructs.Construct) cdk8s.Chart {
		chart := synth.NewChart(app, e)
		if extra != nil {
			extra(chart)
		}
		return chart
	})
	manifests := make([][]byte, 0, len(objs))
	for _, o := range objs {
		manifests = append(manifests, o.JSON)
	}
	return guardrails.Check(e, manifests)
}

// TestEveryEnvironmentPasses checks every environment on every cloud it has settings for, and
// production on dual-stack and IPv6-only clusters.
func TestEveryEnvironmentPasses(t *testing.T) {
	for _, e := range env.Environments() {
		for cloud := range e.Clouds {
			assert.NoError(t, check(t, e.OnCloud(cloud), nil), "%s on %s", e.Name, cloud)
		}
	}
	for _, families := range []env.IPFamilies{{env.IPv4, env.IPv6}, {env.IPv6}} {
		e := env.Production()
		e.Network.IPFamilies = families
		assert.NoError(t, check(t, e, nil), "production on %s", families)
	}
}

// TestFamilySilentlyClosed checks an IPv4-only output against a dual-stack cluster: the workers
// would have no IPv6 web, and the guardrail says so.
func TestFamilySilentlyClosed(t *testing.T) {
	objs := k8stest.SynthChart(t, func(app constructs.Construct) cdk8s.Chart { return synth.NewChart(app, env.Production()) })
	manifests := make([][]byte, 0, len(objs))
	for _, o := range objs {
		manifests = append(manifests, o.JSON)
	}
	dual := env.Production()
	dual.Network.IPFamilies = env.IPFamilies{env.IPv4, env.IPv6}
	err := guardrails.Check(dual, manifests)
	assert.ErrorContains(t, err, "screenshot-algo-worker -> internet (IPv6) is declared but no NetworkPolicy allows it")
}

// productionQuota is production's quota, as computed from the model; quotaPods its pods.
var (
	productionQuota = env.Quota(env.Production())
	quotaPods, _    = strconv.Atoi(productionQuota["pods"])
)

// backendLabels selects the production backend's pods.
var backendLabels = c.Identity{PartOf: env.App, Name: "backend"}.SelectorLabels()

// backendPort is production's backend's container port.
func backendPort() int32 {
	e := env.Production()
	return e.TierRef("backend").Port
}

// rawDeployment is a Deployment written with the L1 API, without the Workload construct's care.
func rawDeployment(scope constructs.Construct, name string, resources *k8s.ResourceRequirements) {
	labels := c.StringMap(map[string]string{"app": name})
	k8s.NewKubeDeployment(scope, jsii.String(name), &k8s.KubeDeploymentProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String(name), Namespace: jsii.String("screenshot-algo")},
		Spec: &k8s.DeploymentSpec{
			Selector: &k8s.LabelSelector{MatchLabels: labels},
			Template: &k8s.PodTemplateSpec{
				Metadata: &k8s.ObjectMeta{Labels: labels},
				Spec:     &k8s.PodSpec{Containers: &[]*k8s.Container{{Name: jsii.String("app"), Image: jsii.String("registry.example.com/x:1"), Resources: resources}}},
			},
		},
	})
}

// TestEachRuleRefuses breaks every rule on purpose and expects a refusal that names the rule, the
// environment, the objects and the numbers.
func TestEachRuleRefuses(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(e *env.Environment)
		extra  func(chart constructs.Construct)
		rule   string
		want   []string
	}{
		{name: "a budget that selects no pods",
			extra: func(ch constructs.Construct) {
				c.NewPodDisruptionBudget(ch, "Ghost", c.PodDisruptionBudgetProps{Namespace: "screenshot-algo", Identity: c.Identity{PartOf: env.App, Name: "ghost"}})
			},
			rule: guardrails.RuleSelectors, want: []string{"PodDisruptionBudget screenshot-algo-ghost selects no workload"}},
		{name: "a Service that selects another tier's pods",
			extra: func(ch constructs.Construct) {
				k8s.NewKubeService(ch, jsii.String("Api"), &k8s.KubeServiceProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-api"), Namespace: jsii.String("screenshot-algo")},
					Spec:     &k8s.ServiceSpec{Selector: c.StringMap(backendLabels), Ports: &[]*k8s.ServicePort{{Port: jsii.Number(80), TargetPort: k8s.IntOrString_FromString(jsii.String("http"))}}},
				})
			},
			rule: guardrails.RuleSelectors, want: []string{"Service screenshot-algo-api selects Rollout/screenshot-algo-backend", "the workload it is named for"}},
		{name: "a Service that routes to a Rollout's pods behind its back",
			mutate: func(e *env.Environment) { e.TierRef("backend").Strategy = env.Canary },
			extra: func(ch constructs.Construct) {
				k8s.NewKubeService(ch, jsii.String("Direct"), &k8s.KubeServiceProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-backend-direct"), Namespace: jsii.String("screenshot-algo")},
					Spec:     &k8s.ServiceSpec{Selector: c.StringMap(backendLabels), Ports: &[]*k8s.ServicePort{{Port: jsii.Number(80), TargetPort: k8s.IntOrString_FromString(jsii.String("http"))}}},
				})
			},
			rule: guardrails.RuleSelectors, want: []string{"Service screenshot-algo-backend-direct routes to the pods of Rollout screenshot-algo-backend, which manages only screenshot-algo-backend and screenshot-algo-backend-preview"}},
		{name: "a Service port that no container declares",
			extra: func(ch constructs.Construct) {
				k8s.NewKubeService(ch, jsii.String("Metrics"), &k8s.KubeServiceProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-backend-metrics"), Namespace: jsii.String("screenshot-algo")},
					Spec:     &k8s.ServiceSpec{Selector: c.StringMap(backendLabels), Ports: &[]*k8s.ServicePort{{Port: jsii.Number(9100), TargetPort: k8s.IntOrString_FromString(jsii.String("stats"))}}},
				})
			},
			rule: guardrails.RuleServicePorts, want: []string{"port 9100 targets \"stats\"", "Rollout screenshot-algo-backend"}},
		{name: "a Service whose port is not its container's",
			extra: func(ch constructs.Construct) {
				k8s.NewKubeService(ch, jsii.String("Legacy"), &k8s.KubeServiceProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-backend-legacy"), Namespace: jsii.String("screenshot-algo")},
					Spec:     &k8s.ServiceSpec{Selector: c.StringMap(backendLabels), Ports: &[]*k8s.ServicePort{{Port: jsii.Number(80), TargetPort: k8s.IntOrString_FromString(jsii.String("http"))}}},
				})
			},
			rule: guardrails.RulePortsMatch, want: []string{"Service screenshot-algo-backend-legacy port 80 reaches container port " + strconv.Itoa(int(backendPort()))}},
		{name: "a NetworkPolicy that names its ports",
			extra: func(ch constructs.Construct) {
				c.NewNetworkPolicy(ch, "Named", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "named", Selector: backendLabels,
					Ingress: []c.Flow{{Peer: c.Peer{Namespace: "traefik"}, Ports: []c.Port{{Name: "http"}}}}})
			},
			rule: guardrails.RulePolicyPorts, want: []string{"NetworkPolicy screenshot-algo-named names an ingress port \"http\""}},
		{name: "dual-stack internet egress that reaches the VPC's IPv6 range and NAT64",
			mutate: func(e *env.Environment) { e.Network.IPFamilies = env.IPFamilies{env.IPv4, env.IPv6} },
			extra: func(ch constructs.Construct) {
				c.NewNetworkPolicy(ch, "Open", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "worker", Selector: c.Identity{PartOf: env.App, Name: "worker"}.SelectorLabels(),
					Egress: []c.Flow{{Peer: c.Peer{CIDR: "::/0", Except: []string{"fd00:ec2::254/128", "fc00::/7", "fe80::/10"}}, Ports: []c.Port{{Number: 443}}}}})
			},
			rule: guardrails.RuleInternetFence, want: []string{
				"screenshot-algo-worker may reach " + env.Production().OwnAddresses(env.IPv6)[0] + ", the cluster network's own",
				"may reach 64:ff9b::/96"}},
		{name: "an autoscaler whose minimum is above its maximum",
			extra: func(ch constructs.Construct) {
				c.NewHorizontalPodAutoscaler(ch, "Inverted", c.HorizontalPodAutoscalerProps{Namespace: "screenshot-algo", Identity: c.Identity{PartOf: env.App, Name: "backend"},
					Target: c.ScaleTarget{APIVersion: c.RolloutAPIVersion, Kind: c.RolloutKind, Name: "screenshot-algo-backend"}, MinReplicas: 8, MaxReplicas: 6})
			},
			rule: guardrails.RuleAutoscaling, want: []string{"screenshot-algo-backend has minReplicas 8 and maxReplicas 6"}},
		{name: "a Deployment whose replicas fight its autoscaler",
			extra: func(ch constructs.Construct) {
				batch := c.NewWorkload(ch, "Batch", c.WorkloadProps{Namespace: "screenshot-algo", Identity: c.Identity{PartOf: env.App, Name: "batch"}, Image: "registry.example.com/batch:1",
					Port: 8080, LivenessPath: "/", ReadinessPath: "/", Replicas: 12, Resources: c.Resources{CPURequest: "10m", MemoryRequest: "16Mi", CPULimit: "10m", MemoryLimit: "16Mi", EphemeralStorage: "16Mi"}})
				c.NewHorizontalPodAutoscaler(ch, "BatchScaler", c.HorizontalPodAutoscalerProps{Namespace: "screenshot-algo", Identity: c.Identity{PartOf: env.App, Name: "batch"}, Target: batch.Target, MinReplicas: 2, MaxReplicas: 10})
			},
			rule: guardrails.RuleAutoscaling, want: []string{"Deployment screenshot-algo-batch sets 12 replicas, outside its autoscaler's 2 to 10"}},
		{name: "an autoscaled tier ranked below Cluster Autoscaler's expendable cutoff",
			extra: func(ch constructs.Construct) {
				ch.Node().TryRemoveChild(jsii.String("Priority-preemptible"))
				c.NewPriorityClass(ch, "Expendable", c.PriorityClassProps{PartOf: env.App, Name: "preemptible", Value: -100})
			},
			rule: guardrails.RuleScaleUp, want: []string{"Deployment screenshot-algo-worker is autoscaled but its PriorityClass screenshot-algo-preemptible ranks -100, below Cluster Autoscaler's expendable cutoff -10"}},
		{name: "a budget that forbids every eviction at minimum replicas",
			extra: func(ch constructs.Construct) {
				k8s.NewKubePodDisruptionBudget(ch, jsii.String("Strict"), &k8s.KubePodDisruptionBudgetProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-backend-strict"), Namespace: jsii.String("screenshot-algo")},
					Spec:     &k8s.PodDisruptionBudgetSpec{MinAvailable: k8s.IntOrString_FromNumber(jsii.Number(3)), Selector: &k8s.LabelSelector{MatchLabels: c.StringMap(backendLabels)}},
				})
			},
			rule: guardrails.RuleDisruption, want: []string{"screenshot-algo-backend-strict allows 0 disruptions of Rollout screenshot-algo-backend at its minimum of 3 replicas"}},
		{name: "a workload the quota was not computed for",
			extra: func(ch constructs.Construct) {
				c.NewWorkload(ch, "Debug", c.WorkloadProps{Namespace: "screenshot-algo", Identity: c.Identity{PartOf: env.App, Name: "debug"}, Image: "registry.example.com/debug:1",
					Port: 8080, LivenessPath: "/", ReadinessPath: "/", Replicas: 40,
					Resources: c.Resources{CPURequest: "1", MemoryRequest: "1Gi", CPULimit: "2", MemoryLimit: "2Gi", EphemeralStorage: "1Gi"}})
			},
			// The 40 extra replicas count twice at the peak (env.PeakPods).
			rule: guardrails.RuleQuota, want: []string{"ResourceQuota screenshot-algo allows " + productionQuota["pods"] + " pods",
				fmt.Sprintf("need %d", quotaPods+2*40)}},
		{name: "a policy that opens a connection no tier declares",
			extra: func(ch constructs.Construct) {
				frontend := c.Identity{PartOf: env.App, Name: "frontend"}.SelectorLabels()
				redis := c.Identity{PartOf: env.App, Name: "redis"}.SelectorLabels()
				c.NewNetworkPolicy(ch, "Shortcut-Out", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "shortcut-out", Selector: frontend,
					Egress: []c.Flow{{Peer: c.Peer{Pods: redis}, Ports: []c.Port{{Number: 6379}}}}})
				c.NewNetworkPolicy(ch, "Shortcut-In", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "redis", Selector: redis,
					Ingress: []c.Flow{{Peer: c.Peer{Pods: frontend}}}})
			},
			rule: guardrails.RuleNetwork, want: []string{"NetworkPolicies allow screenshot-algo-frontend -> screenshot-algo-redis, which no tier declares"}},
		{name: "internet egress that reaches the metadata API",
			extra: func(ch constructs.Construct) {
				c.NewNetworkPolicy(ch, "Open", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "worker", Selector: c.Identity{PartOf: env.App, Name: "worker"}.SelectorLabels(),
					Egress: []c.Flow{{Peer: c.Peer{CIDR: "0.0.0.0/0"}, Ports: []c.Port{{Number: 443}}}}})
			},
			rule: guardrails.RuleNetwork, want: []string{"screenshot-algo-worker may reach 169.254.169.254/32"}},
		{name: "IPv6 internet egress that reaches EKS's IPv6 metadata address",
			mutate: func(e *env.Environment) { e.Network.IPFamilies = env.IPFamilies{env.IPv4, env.IPv6} },
			extra: func(ch constructs.Construct) {
				c.NewNetworkPolicy(ch, "Open", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "worker", Selector: c.Identity{PartOf: env.App, Name: "worker"}.SelectorLabels(),
					Egress: []c.Flow{{Peer: c.Peer{CIDR: "::/0"}, Ports: []c.Port{{Number: 443}}}}})
			},
			rule: guardrails.RuleNetwork, want: []string{"screenshot-algo-worker may reach fd00:ec2::254/128, a metadata or host address of Amazon EKS"}},
		{name: "internet egress on AKS that reaches Azure's host address",
			mutate: func(e *env.Environment) { *e = e.OnCloud(env.Azure) },
			extra: func(ch constructs.Construct) {
				c.NewNetworkPolicy(ch, "Open", c.NetworkPolicyProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "worker", Selector: c.Identity{PartOf: env.App, Name: "worker"}.SelectorLabels(),
					Egress: []c.Flow{{Peer: c.Peer{CIDR: "0.0.0.0/0", Except: []string{"169.254.169.254/32"}}, Ports: []c.Port{{Number: 443}}}}})
			},
			rule: guardrails.RuleNetwork, want: []string{"screenshot-algo-worker may reach 168.63.129.16/32, a metadata or host address of Azure Kubernetes Service"}},
		{name: "a container without requests and limits",
			extra: func(ch constructs.Construct) { rawDeployment(ch, "screenshot-algo-adhoc", nil) },
			rule:  guardrails.RuleResources, want: []string{"container app of Deployment screenshot-algo-adhoc lacks requests.cpu, limits.cpu, requests.memory, limits.memory"}},
		{name: "a Redis allowed to fill its memory limit",
			extra: func(ch constructs.Construct) {
				c.NewRedis(ch, "Small", c.RedisProps{Namespace: "other", PartOf: env.App, StorageSize: "1Gi", StorageClass: "gp3", PasswordSecret: "x",
					Resources: c.Resources{CPURequest: "10m", MemoryRequest: "64Mi", CPULimit: "100m", MemoryLimit: "512Mi", EphemeralStorage: "64Mi"}, MaxMemoryPercent: 90})
			},
			rule: guardrails.RuleRedisMemory, want: []string{"has --maxmemory 483183820, above 75% of its 512Mi memory limit"}},
		{name: "a web tier that stops at once",
			mutate: func(e *env.Environment) {
				e.TierRef("frontend").PreStopSeconds, e.TierRef("frontend").DrainSeconds = 0, 30
			},
			rule: guardrails.RuleGracefulStop, want: []string{"container frontend of Rollout screenshot-algo-frontend takes Service traffic but waits 0s before it stops"}},
		{name: "a grace period the preStop wait uses up",
			mutate: func(e *env.Environment) {
				e.TierRef("backend").PreStopSeconds, e.TierRef("backend").DrainSeconds = 20, 2
			},
			rule: guardrails.RuleGracefulStop, want: []string{"Rollout screenshot-algo-backend has a grace period of 22s, which leaves 2s after container backend's preStop wait of 20s"}},
		{name: "an Ingress that routes to the metrics",
			extra: func(ch constructs.Construct) {
				k8s.NewKubeIngress(ch, jsii.String("Stats"), &k8s.KubeIngressProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-stats"), Namespace: jsii.String("screenshot-algo")},
					Spec: &k8s.IngressSpec{Rules: &[]*k8s.IngressRule{{Host: jsii.String("stats.example.com"), Http: &k8s.HttpIngressRuleValue{Paths: &[]*k8s.HttpIngressPath{{
						Path: jsii.String("/"), PathType: jsii.String("Prefix"),
						Backend: &k8s.IngressBackend{Service: &k8s.IngressServiceBackend{Name: jsii.String("screenshot-algo-frontend-metrics"), Port: &k8s.ServiceBackendPort{Number: jsii.Number(9100)}}},
					}}}}}},
				})
			},
			rule: guardrails.RuleIngressMetrics, want: []string{"Ingress screenshot-algo-stats routes to Service screenshot-algo-frontend-metrics port 9100, which reaches the pods' metrics port"}},
		{name: "two writers of one TLS Secret",
			extra: func(ch constructs.Construct) {
				// ingress-shim would write a second Certificate for the chart's Secret.
				k8s.NewKubeIngress(ch, jsii.String("Shim"), &k8s.KubeIngressProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-shim"), Namespace: jsii.String("screenshot-algo"),
						Annotations: &map[string]*string{"cert-manager.io/cluster-issuer": jsii.String("letsencrypt-production")}},
					Spec: &k8s.IngressSpec{Tls: &[]*k8s.IngressTls{{Hosts: jsii.Strings("screenshot-algo.example.com"), SecretName: jsii.String("screenshot-algo-tls")}}},
				})
			},
			rule: guardrails.RuleTLSCertificates, want: []string{"Secret screenshot-algo-tls of Gateway screenshot-algo-public listener https is written by Certificate screenshot-algo-tls and the issuer annotation of Ingress screenshot-algo-shim; exactly one may write it"}},
		{name: "a Gateway listener whose TLS Secret nothing writes",
			extra: func(ch constructs.Construct) {
				c.NewGateway(ch, "Partner", c.GatewayProps{PartOf: env.App, Namespace: "screenshot-algo", Name: "partner", ClassName: "traefik",
					Listeners: []c.Listener{{Name: "https", Port: 8443, Hostname: "partner.example.com", TLSSecretName: "partner-tls"}}})
			},
			rule: guardrails.RuleTLSCertificates, want: []string{"Gateway screenshot-algo-partner listener https serves TLS from Secret partner-tls, which no Certificate writes"}},
		{name: "an HTTPRoute that routes to the metrics",
			extra: func(ch constructs.Construct) {
				c.NewHTTPRoute(ch, "Stats", c.HTTPRouteProps{PartOf: env.App, Namespace: "screenshot-algo", Name: "stats", Gateway: "screenshot-algo-public", Listener: "https",
					Host: "screenshot-algo.example.com", Path: "/stats", Backend: c.Backend{Name: "screenshot-algo-frontend-metrics", Port: 9100}})
			},
			rule: guardrails.RuleIngressMetrics, want: []string{"HTTPRoute screenshot-algo-stats routes to Service screenshot-algo-frontend-metrics port 9100, which reaches the pods' metrics port"}},
		{name: "a preview route on the public listener",
			extra: func(ch constructs.Construct) {
				c.NewHTTPRoute(ch, "Leak", c.HTTPRouteProps{PartOf: env.App, Namespace: "screenshot-algo", Name: "leak", Gateway: "screenshot-algo-public", Listener: "https",
					Host: "preview.screenshot-algo.internal", Path: "/", Backend: c.Backend{Name: "screenshot-algo-frontend-preview", Port: 80}})
			},
			rule: guardrails.RulePreviewInternal, want: []string{"HTTPRoute screenshot-algo-leak sends the preview host preview.screenshot-algo.internal through Gateway screenshot-algo-public listener https on public port 8443"}},
		{name: "a public listener that accepts any host",
			extra: func(ch constructs.Construct) {
				c.NewGateway(ch, "Catchall", c.GatewayProps{PartOf: env.App, Namespace: "screenshot-algo", Name: "catchall", ClassName: "traefik",
					Listeners: []c.Listener{{Name: "https", Port: 8443, Hostname: "*.screenshot-algo.internal", TLSSecretName: "screenshot-algo-preview-tls"}}})
			},
			rule: guardrails.RulePreviewInternal, want: []string{"Gateway screenshot-algo-catchall listener https on public port 8443 accepts routes for any host"}},
		{name: "a legacy preview Ingress on the public controller",
			mutate: func(e *env.Environment) {
				e.Ingress.Controller = env.IngressNginx
				e.TierRef("frontend").Strategy = env.BlueGreen
			},
			extra: func(ch constructs.Construct) {
				c.NewIngress(ch, "Leak", c.IngressProps{Namespace: "screenshot-algo", PartOf: env.App, Name: "leak", ClassName: "nginx", Host: "preview.screenshot-algo.internal",
					TLSSecretName: "screenshot-algo-preview-tls", Routes: []c.IngressRoute{{Path: "/", Service: "screenshot-algo-frontend-preview", Port: "http"}}})
			},
			rule: guardrails.RulePreviewInternal, want: []string{`Ingress screenshot-algo-leak routes the preview host preview.screenshot-algo.internal through class "nginx", the public controller`}},
		{name: "no policy admits cert-manager's ACME solver",
			extra: func(ch constructs.Construct) { ch.Node().TryRemoveChild(jsii.String("ACMESolverNetwork")) },
			rule:  guardrails.RuleNetwork, want: []string{"no NetworkPolicy admits namespace/traefik to cert-manager's HTTP-01 solver (pods labelled acme.cert-manager.io/http01-solver=true) on port 8089"}},
		{name: "an Ingress whose TLS Secret nothing writes",
			mutate: func(e *env.Environment) { e.Ingress.TLSSecretName = "hand-made-tls" },
			extra: func(ch constructs.Construct) {
				// The chart's Certificate now writes hand-made-tls; this Ingress names another Secret.
				k8s.NewKubeIngress(ch, jsii.String("Legacy"), &k8s.KubeIngressProps{
					Metadata: &k8s.ObjectMeta{Name: jsii.String("screenshot-algo-legacy"), Namespace: jsii.String("screenshot-algo")},
					Spec:     &k8s.IngressSpec{Tls: &[]*k8s.IngressTls{{Hosts: jsii.Strings("old.example.com"), SecretName: jsii.String("old-tls")}}},
				})
			},
			rule: guardrails.RuleTLSCertificates, want: []string{"Ingress screenshot-algo-legacy serves TLS from Secret old-tls, which no Certificate writes"}},
		{name: "literal secrets in production",
			mutate: func(e *env.Environment) { e.Secrets.DevelopmentLiterals = true },
			rule:   guardrails.RuleLiteralSecrets, want: []string{"Secret screenshot-algo-redis-credentials holds literal data (password) in a protected environment"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := env.Production()
			if tc.mutate != nil {
				tc.mutate(&e)
			}
			err := check(t, e, tc.extra)
			var violations guardrails.Violations
			require.True(t, errors.As(err, &violations), "expected guardrail violations, got %v", err)
			var msgs []string
			for _, v := range violations {
				if v.Rule == tc.rule {
					msgs = append(msgs, v.String())
				}
			}
			require.NotEmpty(t, msgs, "rule %s did not fire; got:\n%v", tc.rule, err)
			all := strings.Join(msgs, "\n")
			assert.Contains(t, all, "production: guardrail "+tc.rule+": ")
			for _, w := range tc.want {
				assert.Contains(t, all, w)
			}
		})
	}
	// Every rule the package declares is broken above and listed where operators read what a
	// refusal means.
	broken := map[string]bool{}
	for _, tc := range cases {
		broken[tc.rule] = true
	}
	policies, err := os.ReadFile("../docs/policies.md")
	require.NoError(t, err)
	for _, rule := range declaredRules(t) {
		assert.True(t, broken[rule], "rule %s has no case here", rule)
		assert.True(t, strings.Contains(string(policies), "| `"+rule+"` |"), "docs/policies.md's table lists rule %s", rule)
	}
}

// declaredRules reads the Rule constants from the package's source, so a new rule cannot be
// left out of the list.
func declaredRules(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "guardrails.go", nil, 0)
	require.NoError(t, err)
	var rules []string
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			for i, name := range spec.(*ast.ValueSpec).Names {
				if lit, ok := spec.(*ast.ValueSpec).Values[i].(*ast.BasicLit); ok && strings.HasPrefix(name.Name, "Rule") {
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					rules = append(rules, v)
				}
			}
		}
	}
	require.Greater(t, len(rules), 10, "the rules were read")
	return rules
}

// TestDeclaredButBlocked removes a policy the app needs: the backend can no longer reach Redis.
func TestDeclaredButBlocked(t *testing.T) {
	e := env.Production()
	objs := k8stest.SynthChart(t, func(app constructs.Construct) cdk8s.Chart { return synth.NewChart(app, e) })
	var manifests [][]byte
	for _, o := range objs {
		if o.Kind == "NetworkPolicy" && o.Name == "screenshot-algo-redis" {
			continue
		}
		manifests = append(manifests, o.JSON)
	}
	err := guardrails.Check(e, manifests)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "guardrail network-matches-dependencies: screenshot-algo-backend -> screenshot-algo-redis is declared but no NetworkPolicy allows it")
}

// TestRenderRefuses shows that synthesis itself refuses: a refused environment yields no files.
func TestRenderRefuses(t *testing.T) {
	e := env.Production()
	e.Secrets.DevelopmentLiterals = true
	files, err := synth.Render(e)
	require.Error(t, err)
	assert.Nil(t, files)
	assert.Contains(t, err.Error(), guardrails.RuleLiteralSecrets)
}
