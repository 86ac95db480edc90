// Package env is the typed model of Screenshot_Algo's environments: what runs (tiers, Redis,
// the database), how it is released, and the policies around it, with the three environments
// themselves, their release variants and their validation. Every difference between dev,
// staging and production is a field of Environment; package charts composes constructs from
// one, and the constructs never ask which environment they are in.
package env

import (
	"strings"

	"github.com/screenshot-algo/k8s/constructs"
)

// Environment is everything that differs between two deployments of Screenshot_Algo. The values
// for dev, staging and production live in environments.go; Validate checks one before any
// construct is built.
type Environment struct {
	// Name identifies the environment on the command line and names its output folder.
	Name string
	// Namespace holds every namespaced object of the environment.
	Namespace string
	// Cloud is where the environment's cluster runs; --cloud chooses another. Its profile
	// (Profile) and the environment's settings there (On) give everything cloud-specific:
	// registries, storage, the secret store, the database endpoint, forbidden addresses.
	Cloud CloudName
	// Clouds are the environment's settings on each cloud it can run on.
	Clouds map[CloudName]CloudSettings
	// ImageTag is the tag deployed for every app tier. A CI build overrides it with --image-tag.
	ImageTag string
	// ImageDigests pin each tier's image (by tier name) to the digest ImageTag had when it was
	// pushed, "sha256:<64 hex>": a tag can be moved, a digest cannot, so what was tested is what
	// runs, and a node never pulls something else under the same name.
	ImageDigests map[string]string
	// RequireImageDigests refuses a tier without a digest. On everywhere but dev, where images
	// are rebuilt under the same tag all day.
	RequireImageDigests bool
	// LogLevel is handed to every tier through the app ConfigMap.
	LogLevel string
	// Ingress is the public entry point.
	Ingress IngressSettings
	// Database is the environment's managed PostgreSQL (its endpoint is in CloudSettings).
	Database DatabaseSettings
	// Redis is the in-cluster job queue and cache.
	Redis RedisSettings
	// Secrets says where credentials come from.
	Secrets SecretSettings
	// Network places the cluster services the app's NetworkPolicies allow traffic with.
	Network NetworkSettings
	// Delivery says how the tiers that a Rollout releases (see Tier.Strategy) are released.
	Delivery DeliverySettings
	// Monitoring connects the app to the cluster's Prometheus.
	Monitoring MonitoringSettings
	// Mesh optionally puts the app in an Istio service mesh.
	Mesh MeshSettings
	// ContainerDefaults are the LimitRange's requests and limits for a container that states
	// none, such as a debug pod run by hand.
	ContainerDefaults constructs.Resources
	// Tiers are the application's workloads (frontend, backend, worker), in this order.
	Tiers []Tier
	// Cluster names the cluster that `go run . deploy` may apply the environment to.
	Cluster ClusterSettings
	// GitOps is the Argo CD Application that can sync the environment from git instead.
	GitOps GitOpsSettings
}

// GitOpsSettings describe the Argo CD Application (and AppProject) written to
// dist/<env>/argocd/: Argo CD then applies the environment's committed output, dist/<env>, to its
// cluster, the rendered-manifests pattern. It is the alternative to `go run . deploy`: an
// environment uses one or the other, or both would fight over its fields.
type GitOpsSettings struct {
	// RepoURL is the git repository in which dist/ is committed.
	RepoURL string
	// Revision is the branch, tag or commit that Argo CD follows.
	Revision string
	// Path is the environment's output folder in that repository, e.g. "dist/production".
	Path string
	// ArgoCDNamespace is where Argo CD runs and reads its Applications.
	ArgoCDNamespace string
	// DestinationServer is the environment cluster's API server as registered in Argo CD;
	// https://kubernetes.default.svc when Argo CD runs in that cluster.
	DestinationServer string
	// AutoSync applies every commit to Revision on its own. Off, a person reviews Argo CD's
	// diff and syncs.
	AutoSync bool
	// Prune lets an automated sync delete what the output no longer holds (after the rest is
	// healthy). It needs AutoSync; a person's sync chooses for itself.
	Prune bool
	// SelfHeal lets an automated sync undo changes made to the cluster by hand. It needs AutoSync.
	SelfHeal bool
}

// ClusterSettings identify an environment's cluster, so that a deploy never lands on another.
// Besides these, the cluster must carry the identity ConfigMap kube-system/screenshot-algo-cluster
// naming the environment, which `go run . deploy ENV --claim-cluster` creates once.
type ClusterSettings struct {
	// Context is the kubeconfig context that reaches the cluster; a deploy through any other is
	// refused. "" accepts any context (the identity ConfigMap still decides).
	Context string
}

// IngressSettings place the application behind the cluster's front door: its public host, its
// internal preview host, and the controller that serves both.
type IngressSettings struct {
	// Controller is the ingress controller the routes are written for: one of Controllers.
	// Traefik (Gateway API) unless the cluster still runs the legacy ingress-nginx.
	Controller Controller
	// MigratingFrom, while a cluster moves from one controller to Controller, is the one it
	// moves from: the output then carries both controllers' routes, and the Rollouts reweight
	// canaries on both, so that users are served alike whichever one DNS sends them to. Empty
	// once DNS has moved and the old records' TTL has passed: the next deploy prunes the old
	// routes (docs/runbooks/front-door.md).
	MigratingFrom Controller
	// Host is the public DNS name.
	Host string
	// TLSSecretName names the Secret holding the certificate for Host, which a cert-manager
	// Certificate of the same name keeps issued and renewed.
	TLSSecretName string
	// CertificateIssuer names the cert-manager ClusterIssuer that signs Host's certificate when
	// ACME is not set (a self-signed issuer on a laptop). The cluster must run cert-manager with
	// it.
	CertificateIssuer string
	// ACME, when set, has the output's own Issuer get Host's certificate from an ACME authority,
	// answering its HTTP-01 challenges through the front door. Exactly one of ACME and
	// CertificateIssuer is set.
	ACME *ACMESettings
	// PreviewHost reaches the new version of a blue-green release before it is promoted, for
	// smoke tests and the people who approve it: its pre-promotion analysis needs that traffic.
	// It resolves on an internal network only, and only the front door's internal entry point
	// (an internal load balancer) routes it: the preview runs with production's credentials.
	PreviewHost string
	// PreviewTLSSecretName names the Secret holding the certificate for PreviewHost.
	PreviewTLSSecretName string
	// PreviewCertificateIssuer names the ClusterIssuer for PreviewHost. An internal name cannot
	// pass a public ACME challenge, so this is usually a private CA's issuer.
	PreviewCertificateIssuer string
}

// DatabaseSettings describe how the app uses its managed PostgreSQL; where it is depends on the
// cloud (CloudSettings).
type DatabaseSettings struct {
	// SSLMode is libpq's sslmode for the apps: one of SSLModes. An environment with real data
	// must use verify-full: anything less lets an address in the path read the credentials.
	SSLMode string
	// Port is the PostgreSQL port.
	Port int32
	// Name is the database name.
	Name string
}

// SSLModes are the libpq sslmodes an environment may choose.
var SSLModes = []string{"disable", "require", "verify-ca", "verify-full"}

// DatabaseCADir and DatabaseCAKey place the RDS CA bundle in a database client's container.
const (
	DatabaseCADir = "/etc/screenshot-algo/database-ca"
	DatabaseCAKey = "ca.pem"
)

// Strategy is how a tier's new versions are released.
type Strategy string

// The strategies of ADR 004: rolling updates by default, blue-green for major releases and
// canaries for high-risk changes, the last two through Argo Rollouts.
const (
	RollingUpdate Strategy = "RollingUpdate"
	BlueGreen     Strategy = "BlueGreen"
	Canary        Strategy = "Canary"
)

// Strategies lists every strategy.
var Strategies = []Strategy{RollingUpdate, BlueGreen, Canary}

// ParseStrategy reads a strategy name in any case, as typed on a command line ("canary").
func ParseStrategy(s string) (Strategy, bool) {
	for _, st := range Strategies {
		if strings.EqualFold(s, string(st)) {
			return st, true
		}
	}
	return "", false
}

// DeliverySettings shape blue-green and canary releases.
type DeliverySettings struct {
	// ArgoRollouts says the cluster runs the Argo Rollouts controller. Every public tier is then
	// an Argo Rollout whatever its strategy, RollingUpdate included, so that switching strategies
	// changes one object in place instead of replacing a Deployment with a Rollout (which
	// orphans the Deployment, or kills it at once under pruning, and starts the Rollout with no
	// steps). Without it, RollingUpdate tiers are Deployments and blue-green or canary is refused.
	ArgoRollouts bool
	// AutoPromotion lets a blue-green release switch traffic without a person's approval once
	// its analysis passed. Off in production.
	AutoPromotion bool
	// ScaleDownDelaySeconds keeps the previous version running after a switch, for a rollback
	// that needs no new pods.
	ScaleDownDelaySeconds int32
	// CanarySteps are the traffic weights, pauses and analyses of a canary, in order; it ends at
	// 100%.
	CanarySteps []constructs.CanaryStep
	// MinSuccessRate is the share of non-5xx responses the new version must keep, e.g. "0.99".
	MinSuccessRate string
	// MaxLatencyP95Seconds is the 95th-percentile latency it must stay under, e.g. "0.5".
	MaxLatencyP95Seconds string
	// MinRequests is the fewest requests the new version must have served within one
	// AnalysisWindow for an analysis to judge it. Fewer (no traffic, a wrong metric name, broken
	// scraping) makes the analysis inconclusive, which stops the release for a person to decide:
	// a gate never opens blind.
	MinRequests int32
	// AnalysisWindow is the PromQL range each measurement looks back over, e.g. "2m". The first
	// measurement waits this long, so that it sees a full window of the new version.
	AnalysisWindow string
	// AnalysisInterval is the time between two measurements, e.g. "1m".
	AnalysisInterval string
	// AnalysisCount is how many measurements an analysis takes before it passes.
	AnalysisCount int32
}

// MeshSettings turn the optional Istio service mesh on.
type MeshSettings struct {
	// Istio injects sidecars, enforces STRICT mutual TLS, adds a DestinationRule per Service and
	// routes canaries through Istio instead of nginx. The cluster must run Istio with its CNI
	// plugin: the restricted Pod Security profile refuses istio-init's NET_ADMIN.
	Istio bool
	// ControlPlaneNamespace runs istiod, which every sidecar must reach.
	ControlPlaneNamespace string
	// ProxyResources are every sidecar's requests and limits, set on each pod through Istio's
	// sidecar.istio.io/proxy* annotations, so that the namespace's quota can count them.
	// Istio's defaults (100m/128Mi requested, up to 2 CPU/1Gi) would otherwise be refused by the
	// quota exactly when the autoscaler or a release adds pods.
	ProxyResources constructs.Resources
}

// MonitoringSettings place the cluster's Prometheus (run by the Prometheus Operator).
type MonitoringSettings struct {
	// Namespace runs Prometheus, which may scrape the tiers' metrics ports.
	Namespace string
	// PrometheusURL is Prometheus's in-cluster address, queried by rollout analyses.
	PrometheusURL string
	// RunbookBaseURL is where docs/runbooks/ is served: each alert's runbook_url is
	// RunbookBaseURL/<alert>.md.
	RunbookBaseURL string
	// Labels are set on ServiceMonitors and PrometheusRules, so that Prometheus selects them.
	Labels map[string]string
	// Metrics is the schema of the app's own metrics, which the analyses and alerts query.
	Metrics MetricSchema
}

// NetworkSettings name the cluster's shared services.
type NetworkSettings struct {
	// DNSNamespace runs the cluster DNS that every pod may query.
	DNSNamespace string
	// IPFamilies are the pods' address families: IPv4, IPv6, or both. Every rule by address
	// (the workers' internet access, the forbidden metadata addresses) covers each family.
	IPFamilies IPFamilies
	// NodeLocalDNS is the link-local address of NodeLocal DNSCache when the cluster runs it
	// (169.254.20.10 by default); empty when it does not. Its pods answer on every node at that
	// address, outside DNSNamespace's pod network, so the DNS policy must allow it by address.
	NodeLocalDNS string
}

// RedisSettings sizes the Redis StatefulSet.
type RedisSettings struct {
	// StorageSize is the persistent volume size, a Kubernetes quantity such as "10Gi".
	StorageSize string
	// Resources are the Redis container's requests and limits.
	Resources constructs.Resources
}

// JobQueueKey is the Redis list the backend pushes screenshot jobs to and the workers pull
// from. The app reads it from the ConfigMap (REDIS_QUEUE_KEY), and Redis's exporter reports its
// length, so that the queue is measured at Redis, even with no worker running.
const JobQueueKey = "screenshot:jobs"

// SecretSettings decides whether this program writes the credentials Secrets itself.
type SecretSettings struct {
	// DevelopmentLiterals makes the program write Secrets with fixed, plainly marked development
	// values. Only an environment without real data may set it; Validate refuses it elsewhere.
	// Without it, the Secrets are referenced by name and provisioned outside this program.
	DevelopmentLiterals bool
	// Protected marks an environment that holds real data: literal secrets are refused there.
	Protected bool
	// DatabaseKey names the store's secret holding the database's "username" and "password".
	DatabaseKey string
	// RedisKey names the store's secret holding Redis's "password".
	RedisKey string
	// RefreshInterval is how often the External Secrets Operator copies the store's values into
	// the Secrets, e.g. "5m". A rotation reaches the apps' credential files within it plus the
	// kubelet's sync (about a minute).
	RefreshInterval string
}

// Tier is one of the application's workloads.
type Tier struct {
	// Name is the tier's short name ("frontend"); object names are "screenshot-algo-<Name>".
	Name string
	// Component is the tier's role, used as the app.kubernetes.io/component label.
	Component string
	// Port is the container port the tier serves HTTP on (and its probes are sent to).
	Port int32
	// Exposed gives the tier a ClusterIP Service on port 80.
	Exposed bool
	// IngressPath routes that public path prefix to the tier's Service; empty means not public.
	IngressPath string
	// MetricsPath is where the tier serves Prometheus metrics on MetricsPort; empty means it
	// serves none.
	MetricsPath string
	// MetricsPort is the container port named "metrics" that serves MetricsPath. It is apart
	// from Port so that no Ingress can expose the metrics, only Prometheus may reach it, and the
	// mesh can accept Prometheus's plaintext scrapes there while the app's port stays mutual TLS.
	MetricsPort int32
	// LivenessPath and ReadinessPath are the HTTP probe paths on Port.
	LivenessPath  string
	ReadinessPath string
	// Scaling bounds the number of pods.
	Scaling Scaling
	// Resources are the container's requests and limits.
	Resources constructs.Resources
	// PreStopSeconds keeps a stopping pod serving this long before the app is told to stop, so
	// that the front door and kube-proxy, which learn of the stop asynchronously from the
	// EndpointSlices, no longer send it requests by then. Required (at least MinPreStopSeconds) for an Exposed tier; 0 otherwise.
	PreStopSeconds int64
	// DrainSeconds is how long the app may take, once told to stop (SIGTERM), to finish what it
	// started. The pod's grace period is PreStopSeconds + DrainSeconds.
	DrainSeconds int64
	// StartupSeconds is the longest a cold start may take (a Node app loading, Chromium
	// starting) before the liveness probe may restart the container.
	StartupSeconds int64
	// DNSNdots, when set, replaces the cluster's ndots of 5 in the pods' resolver: 1 looks up a
	// public host name as it is, instead of trying every cluster search domain first.
	DNSNdots int
	// Priority ranks the tier's pods for scheduling and preemption; empty means the cluster's
	// default.
	Priority Priority
	// Isolation keeps a tier that handles untrusted content apart from the rest.
	Isolation Isolation
	// SharedMemorySize sizes a memory-backed /dev/shm; empty means none. Headless Chromium needs
	// more than the container runtime's 64Mi default or it crashes on large pages.
	SharedMemorySize string
	// DisruptionPercent is the share of the tier's pods, in percent rounded up, that a drain may
	// evict at once; zero means one pod at a time. A tier of many pods with a long grace period
	// needs a share: one at a time, 20 workers of 120s each outlast a node group's drain.
	DisruptionPercent int32
	// Strategy releases the tier's new versions; empty means RollingUpdate. A release overrides
	// it with --strategy.
	Strategy Strategy
	// Alerts picks the alerts built on the tier's own series.
	Alerts TierAlerts
	// Connects lists what the tier opens connections to: other tiers by name, or Redis,
	// Postgres or Internet. It decides the tier's credentials and its NetworkPolicy, both ways:
	// nothing undeclared is allowed.
	Connects []string
}

// TierAlerts picks the alerts built on a tier's own series, beside those every environment has
// (crash loops, scrape targets, autoscalers, budgets, Redis).
type TierAlerts struct {
	// Requests alerts on the tier's share of 5xx responses and its p95 latency, from the
	// http_requests_total and http_request_duration_seconds it exports on its metrics Service.
	Requests bool
	// Queue alerts on the job queue the tier works off (screenshot_jobs_waiting): a growing
	// backlog, and a backlog growing while the tier's autoscaler is at its maximum.
	Queue bool
}

// GracePeriodSeconds is the tier's terminationGracePeriodSeconds: the preStop wait, then the
// drain.
func (t Tier) GracePeriodSeconds() int64 { return t.PreStopSeconds + t.DrainSeconds }

// MinPreStopSeconds is the shortest preStop wait of a tier behind a Service: the front door
// (Traefik's watch of the EndpointSlices, or ingress-nginx's) applies an endpoint change
// within about a second, and kube-proxy within its sync period, but both only after the
// endpoint controller has seen the pod stop.
const MinPreStopSeconds = 5

// Isolation keeps a tier's pods away from the rest of the cluster. The worker needs it: its
// Chromium renders pages that anybody may choose, and under the restricted Pod Security profile
// it runs without its own sandbox.
type Isolation struct {
	// RuntimeClassName runs the pods in a sandboxing runtime, such as gVisor's; empty means the
	// node's default runtime. The cluster must define the RuntimeClass.
	RuntimeClassName string
	// NodePool is the value of NodePoolLabel on a dedicated node pool, tainted
	// NodePoolLabel=NodePool:NoSchedule; empty means any node. The pods select the pool and
	// tolerate its taint, so that a sandbox escape lands on a node that runs nothing else.
	NodePool string
}

// NodePoolLabel is the node label, and taint key, of a dedicated node pool.
const NodePoolLabel = "screenshot-algo.io/pool"

// NodeSelector selects the dedicated pool, or nothing when there is none.
func (i Isolation) NodeSelector() map[string]string {
	if i.NodePool == "" {
		return nil
	}
	return map[string]string{NodePoolLabel: i.NodePool}
}

// Priority is a scheduling rank of the app's pods, a PriorityClass of its own.
type Priority string

// The app's priorities: Redis and the backend must run for anything to work, and preempt other
// pods to do so; workers are what the cluster gives up first under pressure, since a job is
// retried and the queue waits.
const (
	Critical    Priority = "critical"
	Preemptible Priority = "preemptible"
)

// Priorities lists every priority, highest first.
var Priorities = []Priority{Critical, Preemptible}

// MinKubernetesVersion is the oldest Kubernetes the output is for: the oldest minor version the
// clouds still support in December 2026, Amazon EKS's 1.32 in extended support until
// 2027-03-23 (https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html, and the
// calendar at https://endoflife.date/amazon-eks); AKS and GKE support no older one. Older
// clusters get no security fixes. The namespaces pin the restricted Pod Security profile to it.
const MinKubernetesVersion = "1.32"

// ExpendablePriorityCutoff is Cluster Autoscaler's --expendable-pods-priority-cutoff default:
// it never adds a node for a pod of lower priority, and removes such pods without regard. An
// autoscaled tier must rank at least this, or its autoscaler raises pods that stay Pending.
const ExpendablePriorityCutoff = -10

// Scaling bounds a tier's replicas. With Max above Min, a HorizontalPodAutoscaler moves the
// count between them on CPU load; with Max equal to Min, the count is fixed.
type Scaling struct {
	// Min is the replica count the tier starts at and never goes below.
	Min int32
	// Max is the most replicas the autoscaler may run.
	Max int32
	// TargetCPUPercent is the average CPU use, in percent of requests, the autoscaler holds.
	TargetCPUPercent int32
	// ScaleDownStabilizationSeconds is how long load must stay low before pods are removed.
	ScaleDownStabilizationSeconds int32
}

// Public reports whether the tier takes traffic from the Ingress and reports the metrics a
// release's analysis reads: what a Rollout needs.
func (t Tier) Public() bool { return t.Exposed && t.IngressPath != "" && t.MetricsPath != "" }

// UsesRollout reports whether an Argo Rollout releases the tier: a blue-green or canary tier,
// and every public tier where the cluster runs the Argo Rollouts controller.
func (e Environment) UsesRollout(t Tier) bool {
	return t.Strategy == BlueGreen || t.Strategy == Canary || (e.Delivery.ArgoRollouts && t.Public())
}

// Autoscaled reports whether an autoscaler manages the count.
func (s Scaling) Autoscaled() bool { return s.Max > s.Min }

// Dependencies a tier may declare in Connects besides other tiers.
const (
	// Redis is the in-cluster job queue, on its port only.
	Redis = "redis"
	// Postgres is the RDS database, through Database.CIDR and Database.Port.
	Postgres = "postgres"
	// Internet is the public web on ports 80 and 443, never private or link-local addresses:
	// a screenshot of an arbitrary URL must not reach inside the VPC or the cloud metadata API.
	Internet = "internet"
)

// ConnectsTo reports whether the tier declares the dependency.
func (t Tier) ConnectsTo(dep string) bool {
	for _, c := range t.Connects {
		if c == dep {
			return true
		}
	}
	return false
}

// TierNamed returns the named tier.
func (e Environment) TierNamed(name string) (Tier, bool) {
	for _, t := range e.Tiers {
		if t.Name == name {
			return t, true
		}
	}
	return Tier{}, false
}

// TierNames lists the tiers' names, in order: what a message offers where a tier is named.
func (e Environment) TierNames() []string {
	names := make([]string, len(e.Tiers))
	for i, t := range e.Tiers {
		names[i] = t.Name
	}
	return names
}

// TierRef returns the named tier for changing it in place, or nil when there is none: a tier is
// found by its name, never by its position, so that adding a tier anywhere moves nothing.
func (e *Environment) TierRef(name string) *Tier {
	for i := range e.Tiers {
		if e.Tiers[i].Name == name {
			return &e.Tiers[i]
		}
	}
	return nil
}

// RunbookURL is where an alert's runbook lives: docs/runbooks/<alert>.md under
// Monitoring.RunbookBaseURL.
func (e Environment) RunbookURL(alert string) string {
	return strings.TrimSuffix(e.Monitoring.RunbookBaseURL, "/") + "/" + alert + ".md"
}

// App is the application's name: every object is called "<App>-<part>" and labelled
// app.kubernetes.io/part-of: <App>.
const App = "screenshot-algo"

// EnvironmentLabel names, on every object of the output, the environment it belongs to. The
// environments share names and a namespace, so this label is what tells which one's
// configuration a cluster runs (kubectl get -L screenshot-algo.io/environment), and what lets
// `deploy` prune only its own environment's objects.
const EnvironmentLabel = "screenshot-algo.io/environment"

// ObjectName is the name of a part of the app: "screenshot-algo-<part>".
func ObjectName(part string) string { return constructs.ObjectName(App, part) }
