package env

import (
	"fmt"

	"strings"

	"github.com/screenshot-algo/k8s/constructs"
)

// adrAppResources is the production sizing that ADR 004 fixes for the app tiers.
var adrAppResources = constructs.Resources{CPURequest: "250m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "512Mi"}

// productionWorkerResources departs from the ADR's 512Mi limit on purpose: a headless Chromium
// rendering a full page routinely peaks between 600Mi and 1.2Gi, and the memory-backed /dev/shm
// counts against the same limit. 512Mi would OOM-kill workers mid-screenshot.
// Chromium's disk cache and downloads go to /tmp, hence the larger ephemeral storage.
var productionWorkerResources = constructs.Resources{CPURequest: "500m", MemoryRequest: "1Gi", CPULimit: "1", MemoryLimit: "2Gi", EphemeralStorage: "2Gi"}

// devResources fits every tier of dev on a laptop's Kind cluster.
var devResources = constructs.Resources{CPURequest: "50m", MemoryRequest: "64Mi", CPULimit: "250m", MemoryLimit: "256Mi", EphemeralStorage: "256Mi"}

// containerDefaults are the LimitRange defaults: a small, shell-sized container.
var containerDefaults = constructs.Resources{CPURequest: "50m", MemoryRequest: "64Mi", CPULimit: "250m", MemoryLimit: "256Mi", EphemeralStorage: "256Mi"}

// adrScaling is ADR 004's autoscaling: at least min replicas, up to 20, at 70% average CPU.
func adrScaling(min int32) Scaling {
	return Scaling{Min: min, Max: 20, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300}
}

// devScaling lets dev's single replicas grow a little, so its autoscalers behave as elsewhere.
func devScaling(max int32) Scaling {
	return Scaling{Min: 1, Max: max, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 60}
}

// clusterMonitoring is the kube-prometheus-stack chart's Prometheus, which selects monitors and
// rules by its release label.
var clusterMonitoring = MonitoringSettings{
	Namespace:      "monitoring",
	PrometheusURL:  "http://prometheus-operated.monitoring.svc:9090",
	RunbookBaseURL: "https://github.com/screenshot-algo/k8s/blob/main/docs/runbooks",
	Labels:         map[string]string{"release": "kube-prometheus-stack"},
	Metrics:        AppMetrics,
}

// careful is how staging and production release, on the Argo Rollouts controller: a person
// promotes blue-green releases, and a canary takes 10%, 25% and 50% of traffic, each for five to
// ten minutes and an analysis, before it takes all of it. Each analysis looks at two-minute
// windows, once a minute, five times, and judges only a version that served at least
// minRequests requests in a window.
func careful(minRequests int32) DeliverySettings {
	return DeliverySettings{
		ArgoRollouts:          true,
		AutoPromotion:         false,
		ScaleDownDelaySeconds: 600,
		CanarySteps: []constructs.CanaryStep{
			{Weight: 10, PauseSeconds: 300, Analyze: true},
			{Weight: 25, PauseSeconds: 300, Analyze: true},
			{Weight: 50, PauseSeconds: 600, Analyze: true},
			{Weight: 100},
		},
		MinSuccessRate:       "0.99",
		MaxLatencyP95Seconds: "0.5",
		MinRequests:          minRequests,
		AnalysisWindow:       "2m",
		AnalysisInterval:     "1m",
		AnalysisCount:        5,
	}
}

// quick is how dev would release, were a controller installed: promote on a passed analysis,
// one canary step. Dev's Kind cluster runs no Argo Rollouts controller, so its tiers are
// Deployments.
var quick = DeliverySettings{
	ArgoRollouts:          false,
	AutoPromotion:         true,
	ScaleDownDelaySeconds: 30,
	CanarySteps:           []constructs.CanaryStep{{Weight: 50, PauseSeconds: 30, Analyze: true}, {Weight: 100}},
	MinSuccessRate:        "0.95",
	MaxLatencyP95Seconds:  "2",
	MinRequests:           1,
	AnalysisWindow:        "1m",
	AnalysisInterval:      "30s",
	AnalysisCount:         2,
}

// meshProxy sizes every Istio sidecar: Istio's own default requests with a limit that an
// Envoy serving a few hundred requests a second stays under.
var meshProxy = constructs.Resources{CPURequest: "100m", MemoryRequest: "128Mi", CPULimit: "500m", MemoryLimit: "256Mi", EphemeralStorage: "128Mi"}

// kindNetwork is where Kind runs DNS.
var kindNetwork = NetworkSettings{DNSNamespace: "kube-system", IPFamilies: IPFamilies{IPv4}}

// eksNetwork is kindNetwork plus NodeLocal DNSCache, which the EKS clusters run: the workers
// resolve a public host for every screenshot, and a node-local cache keeps that off CoreDNS.
var eksNetwork = func() NetworkSettings {
	n := kindNetwork
	n.NodeLocalDNS = "169.254.20.10"
	return n
}()

// letsEncrypt signs the public hosts' certificates, through the output's own ACME Issuer, which
// answers HTTP-01 challenges through the environment's front door.
var letsEncrypt = &ACMESettings{Server: "https://acme-v02.api.letsencrypt.org/directory", Email: "platform@screenshot-algo.example.com"}

// internalIssuer is the EKS clusters' cert-manager ClusterIssuer for internal hosts: the
// platform's private CA. An internal name cannot pass a public ACME challenge.
const internalIssuer = "internal-ca"

// sandboxedWorkers run the screenshot workers in gVisor on their own tainted node pool.
var sandboxedWorkers = Isolation{RuntimeClassName: "gvisor", NodePool: "screenshot-workers"}

// The database CA bundles, one ConfigMap per cloud's published bundle (docs/clouds/).
const (
	rdsCABundle      = "screenshot-algo-rds-ca"
	azureCABundle    = "screenshot-algo-azure-postgres-ca"
	cloudSQLCABundle = "screenshot-algo-cloudsql-ca"
)

// onClouds are an environment's example settings on each cloud, for the example accounts of
// this repository: a real deployment fills in its own (docs/clouds/ lists them). stage is
// "dev", "staging" or "production"; subnet the second octet of its private network.
func onClouds(stage string, subnet int) map[CloudName]CloudSettings {
	return map[CloudName]CloudSettings{
		AWS: {
			ImageRegistry:    "123456789012.dkr.ecr.eu-central-1.amazonaws.com/screenshot-algo",
			RegistryMirror:   "123456789012.dkr.ecr.eu-central-1.amazonaws.com/docker-hub",
			DatabaseEndpoint: "screenshot-algo-" + stage + ".c1a2b3c4d5e6.eu-central-1.rds.amazonaws.com",
			DatabaseCIDR:     fmt.Sprintf("10.%d.32.0/20", subnet), DatabaseCABundle: rdsCABundle,
			// The VPC's IPv4 range and the IPv6 /56 Amazon gave it.
			NetworkCIDRs: []string{fmt.Sprintf("10.%d.0.0/16", subnet), fmt.Sprintf("2a05:d014:e7f:%x00::/56", subnet)},
			Identity:     "arn:aws:iam::123456789012:role/screenshot-algo-" + stage + "-secrets", Region: "eu-central-1",
		},
		Azure: {
			ImageRegistry:    "screenshotalgo.azurecr.io/screenshot-algo",
			RegistryMirror:   "screenshotalgo.azurecr.io/docker-hub",
			DatabaseEndpoint: "screenshot-algo-" + stage + ".postgres.database.azure.com",
			DatabaseCIDR:     fmt.Sprintf("10.%d.32.0/24", 100+subnet), DatabaseCABundle: azureCABundle,
			NetworkCIDRs: []string{fmt.Sprintf("10.%d.0.0/16", 100+subnet), fmt.Sprintf("2001:db8:%x::/48", 100+subnet)},
			Identity:     "6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5", TenantID: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
			VaultURL: "https://sshot-" + stage + ".vault.azure.net", // vault names have at most 24 characters
		},
		GCP: {
			ImageRegistry:    "europe-west3-docker.pkg.dev/screenshot-algo-" + stage + "/screenshot-algo",
			RegistryMirror:   "europe-west3-docker.pkg.dev/screenshot-algo-" + stage + "/docker-hub",
			DatabaseEndpoint: "c1a2b3c4d5e6." + stage + ".europe-west3.sql.goog",
			DatabaseCIDR:     fmt.Sprintf("10.%d.32.0/24", 200+subnet), DatabaseCABundle: cloudSQLCABundle,
			NetworkCIDRs: []string{fmt.Sprintf("10.%d.0.0/16", 200+subnet), fmt.Sprintf("2001:db8:%x::/48", 200+subnet)},
			Identity:     "screenshot-algo-secrets@screenshot-algo-" + stage + ".iam.gserviceaccount.com",
			ProjectID:    "screenshot-algo-" + stage, ClusterName: "screenshot-algo-" + stage, ClusterLocation: "europe-west3",
		},
	}
}

// devClouds are dev's settings: Kind on the developer's machine by default, whose registry is the
// local one (make kind-up) and which pulls straight from Docker Hub; or a shared development
// cluster on a cloud. Its PostgreSQL has no TLS: nothing real passes through it.
func devClouds() map[CloudName]CloudSettings {
	clouds := onClouds("dev", 2)
	for name, s := range clouds {
		s.DatabaseCABundle = ""
		clouds[name] = s
	}
	clouds[Kind] = CloudSettings{ImageRegistry: "localhost:5001/screenshot-algo", RegistryMirror: "docker.io",
		DatabaseEndpoint: "postgres.dev.screenshot-algo.internal", DatabaseCIDR: "172.16.0.0/12",
		// Kind's Docker network, both families.
		NetworkCIDRs: []string{"172.18.0.0/16", "fc00:f853:ccd:e793::/64"}}
	return clouds
}

// gitOps has the environment's Argo CD, running in its own cluster, follow main's dist/<name>.
// An automated sync also prunes and heals: the committed output is the whole truth.
func gitOps(name string, auto bool) GitOpsSettings {
	return GitOpsSettings{
		RepoURL: "https://github.com/screenshot-algo/k8s.git", Revision: "main", Path: "dist/" + name,
		ArgoCDNamespace: "argocd", DestinationServer: "https://kubernetes.default.svc",
		AutoSync: auto, Prune: auto, SelfHeal: auto,
	}
}

// Dev is a developer's laptop Kind cluster: one replica per tier (autoscaled to two or three), small sizes, throwaway data.
func Dev() Environment {
	return Environment{
		Name:      "dev",
		Namespace: "screenshot-algo",
		Cloud:     Kind,
		Clouds:    devClouds(),
		ImageTag:  "dev",
		LogLevel:  "debug",
		// Kind's cert-manager signs with a self-signed issuer (make kind-up installs both).
		Ingress: IngressSettings{Controller: Traefik, Host: "screenshot-algo.localtest.me", TLSSecretName: "screenshot-algo-dev-tls", CertificateIssuer: "selfsigned"},
		// A PostgreSQL on the developer's machine or LAN, reached through the Kind node.
		// It has no TLS: nothing real passes through it.
		Database: DatabaseSettings{SSLMode: "disable", Port: 5432, Name: "screenshot_algo"},
		Redis: RedisSettings{StorageSize: "1Gi",
			Resources: constructs.Resources{CPURequest: "50m", MemoryRequest: "64Mi", CPULimit: "250m", MemoryLimit: "128Mi", EphemeralStorage: "128Mi"}},
		Secrets:           SecretSettings{DevelopmentLiterals: true},
		Network:           kindNetwork,
		ContainerDefaults: containerDefaults,
		Monitoring:        clusterMonitoring,
		Delivery:          quick,
		Mesh:              MeshSettings{ControlPlaneNamespace: "istio-system", ProxyResources: meshProxy},
		// make kind-up's cluster.
		Cluster: ClusterSettings{Context: "kind-screenshot-algo"},
		GitOps:  gitOps("dev", true),
		Tiers: []Tier{
			Frontend(devScaling(2), devResources),
			Backend(devScaling(2), devResources),
			Worker(devScaling(3), constructs.Resources{CPURequest: "100m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "768Mi", EphemeralStorage: "512Mi"}, "128Mi"),
		},
	}
}

// Staging mirrors production's shape at a third of its size (two replicas per tier), on real AWS infrastructure.
func Staging() Environment {
	return Environment{
		Name:      "staging",
		Namespace: "screenshot-algo",
		Cloud:     AWS,
		Clouds:    onClouds("staging", 1),
		ImageTag:  "1.0.0-rc.1",
		// Example digests of this example registry's 1.0.0-rc.1 images; a release passes the
		// digests it pushed (--image-tag TAG@sha256:..., --image-digest TIER=sha256:...).
		ImageDigests: map[string]string{
			"frontend": "sha256:3f0c2a1d5e6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",
			"backend":  "sha256:7a1e9c3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c",
			"worker":   "sha256:c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6",
		},
		RequireImageDigests: true,
		LogLevel:            "info",
		Ingress: IngressSettings{Controller: Traefik, Host: "staging.screenshot-algo.example.com", TLSSecretName: "screenshot-algo-staging-tls", ACME: letsEncrypt,
			PreviewHost: "preview.staging.screenshot-algo.internal", PreviewTLSSecretName: "screenshot-algo-staging-preview-tls", PreviewCertificateIssuer: internalIssuer},
		Database: DatabaseSettings{SSLMode: "verify-full", Port: 5432, Name: "screenshot_algo"},
		Redis: RedisSettings{StorageSize: "5Gi",
			Resources: constructs.Resources{CPURequest: "100m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "256Mi"}},
		Secrets: SecretSettings{Protected: true,
			DatabaseKey: "screenshot-algo/staging/postgres", RedisKey: "screenshot-algo/staging/redis", RefreshInterval: "5m"},
		Network:           eksNetwork,
		ContainerDefaults: containerDefaults,
		Monitoring:        clusterMonitoring,
		Delivery:          careful(20),
		Mesh:              MeshSettings{ControlPlaneNamespace: "istio-system", ProxyResources: meshProxy},
		// aws eks update-kubeconfig --name screenshot-algo-staging --alias screenshot-algo-staging
		Cluster: ClusterSettings{Context: "screenshot-algo-staging"},
		GitOps:  gitOps("staging", true),
		Tiers: []Tier{
			Frontend(Scaling{Min: 2, Max: 6, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300}, adrAppResources),
			Backend(Scaling{Min: 2, Max: 6, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300}, adrAppResources),
			isolated(Worker(Scaling{Min: 2, Max: 8, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300}, productionWorkerResources, "512Mi"), sandboxedWorkers),
		},
	}
}

// Production is the ADR's production on EKS: at least 3 frontend, 3 backend and 5 worker
// replicas, each autoscaled up to 20 at 70% CPU.
func Production() Environment {
	return Environment{
		Name:      "production",
		Namespace: "screenshot-algo",
		Cloud:     AWS,
		Clouds:    onClouds("production", 0),
		ImageTag:  "1.0.0",
		// Example digests of this example registry's 1.0.0 images; a release passes the digests
		// it pushed (--image-tag TAG@sha256:..., --image-digest TIER=sha256:...).
		ImageDigests: map[string]string{
			"frontend": "sha256:5b2d8f4a6c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d",
			"backend":  "sha256:9e3a5c7e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a",
			"worker":   "sha256:2c8e4a6b0d2f6a8c0e4b6d8f2a4c6e0b8d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c",
		},
		RequireImageDigests: true,
		LogLevel:            "info",
		Ingress: IngressSettings{Controller: Traefik, Host: "screenshot-algo.example.com", TLSSecretName: "screenshot-algo-tls", ACME: letsEncrypt,
			PreviewHost: "preview.screenshot-algo.internal", PreviewTLSSecretName: "screenshot-algo-preview-tls", PreviewCertificateIssuer: internalIssuer},
		Database: DatabaseSettings{SSLMode: "verify-full", Port: 5432, Name: "screenshot_algo"},
		Redis: RedisSettings{StorageSize: "20Gi",
			Resources: constructs.Resources{CPURequest: "250m", MemoryRequest: "512Mi", CPULimit: "1", MemoryLimit: "1Gi", EphemeralStorage: "256Mi"}},
		Secrets: SecretSettings{Protected: true,
			DatabaseKey: "screenshot-algo/production/postgres", RedisKey: "screenshot-algo/production/redis", RefreshInterval: "5m"},
		Network:           eksNetwork,
		ContainerDefaults: containerDefaults,
		Monitoring:        clusterMonitoring,
		Delivery:          careful(100),
		Mesh:              MeshSettings{ControlPlaneNamespace: "istio-system", ProxyResources: meshProxy},
		// aws eks update-kubeconfig --name screenshot-algo-production --alias screenshot-algo-production
		Cluster: ClusterSettings{Context: "screenshot-algo-production"},
		// A person syncs production, after reading Argo CD's diff of the merged commit.
		GitOps: gitOps("production", false),
		Tiers: []Tier{
			Frontend(adrScaling(3), adrAppResources),
			Backend(adrScaling(3), adrAppResources),
			isolated(Worker(adrScaling(5), productionWorkerResources, "512Mi"), sandboxedWorkers),
		},
	}
}

// Environments returns every environment, in promotion order.
func Environments() []Environment {
	return []Environment{Dev(), Staging(), Production()}
}

// EnvironmentNames lists the valid environment names, in promotion order.
func EnvironmentNames() []string {
	var names []string
	for _, e := range Environments() {
		names = append(names, e.Name)
	}
	return names
}

// Lookup returns the named environment, or false when there is none.
func Lookup(name string) (Environment, bool) {
	for _, e := range Environments() {
		if e.Name == name {
			return e, true
		}
	}
	return Environment{}, false
}

// MetricsPort is where every tier of the app serves its Prometheus metrics, apart from its
// traffic.
const MetricsPort = 9100

// webPreStopSeconds and webDrainSeconds are the web tiers' stop: ten seconds for the endpoint
// change to reach every front door replica and kube-proxy (several times what they take when
// healthy), then twenty for requests in flight, which is what the routes' request timeout allows
// one to last (RequestTimeoutSeconds).
const (
	webPreStopSeconds = 10
	webDrainSeconds   = 20
)

// Frontend is the web UI: a static bundle behind an unprivileged web server.
func Frontend(scaling Scaling, res constructs.Resources) Tier {
	return Tier{
		Name: "frontend", Component: "web", Port: 8080, Exposed: true, IngressPath: "/", MetricsPath: "/metrics", MetricsPort: MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/readyz",
		Scaling: scaling, Resources: res, PreStopSeconds: webPreStopSeconds, DrainSeconds: webDrainSeconds, StartupSeconds: 60,
		Connects: []string{"backend"},
	}
}

// Backend is the HTTP API: it takes screenshot requests, queues jobs in Redis and keeps results
// in PostgreSQL.
func Backend(scaling Scaling, res constructs.Resources) Tier {
	return Tier{
		Name: "backend", Component: "api", Port: 3000, Exposed: true, IngressPath: "/api", MetricsPath: "/metrics", MetricsPort: MetricsPort,
		LivenessPath: "/api/health/live", ReadinessPath: "/api/health/ready",
		Scaling: scaling, Resources: res, PreStopSeconds: webPreStopSeconds, DrainSeconds: webDrainSeconds, StartupSeconds: 60,
		Priority: Critical, Alerts: TierAlerts{Requests: true}, Connects: []string{Redis, Postgres},
	}
}

// WorkerJobTimeoutSeconds is the longest a screenshot job may run; the worker's drain covers it
// plus time to report the result, so a rollout never kills a job in flight. The worker takes no
// traffic from a Service, so it needs no preStop wait; its start allows for Chromium's.
const WorkerJobTimeoutSeconds = 90

// Worker runs headless Chromium, pulling screenshot jobs from Redis. It serves only health and
// metrics on its port, so it has no Service.
func Worker(scaling Scaling, res constructs.Resources, shm string) Tier {
	return Tier{
		Name: "worker", Component: "screenshot-worker", Port: 9090, MetricsPath: "/metrics", MetricsPort: MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/readyz",
		Scaling: scaling, Resources: res, DrainSeconds: WorkerJobTimeoutSeconds + 30, StartupSeconds: 120,
		DNSNdots: 1, Priority: Preemptible, SharedMemorySize: shm, Alerts: TierAlerts{Queue: true},
		// A quarter at a time: a node group's drain of 20 workers takes 4 rounds of their 120s
		// grace period, not 20.
		DisruptionPercent: 25,
		Connects:          []string{Redis, Postgres, Internet},
	}
}

// isolated is t with its pods isolated as i says.
func isolated(t Tier, i Isolation) Tier {
	t.Isolation = i
	return t
}

// joinNames renders a list of allowed values for an error message.
func joinNames(names []string) string { return strings.Join(names, ", ") }
