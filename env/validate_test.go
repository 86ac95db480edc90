package env_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// TestEnvironmentsAreValid checks every environment on every cloud it has settings for, and
// that staging and production have settings for all three clouds.
func TestEnvironmentsAreValid(t *testing.T) {
	for _, e := range env.Environments() {
		assert.NoError(t, e.Validate(), e.Name)
		for name := range e.Clouds {
			assert.NoError(t, e.OnCloud(name).Validate(), "%s on %s", e.Name, name)
		}
		for _, name := range []env.CloudName{env.AWS, env.Azure, env.GCP} {
			assert.Contains(t, e.Clouds, name, "%s runs on %s", e.Name, name)
		}
	}
}

// on changes production's settings on its own cloud.
func on(change func(*env.CloudSettings)) func(*env.Environment) {
	return func(e *env.Environment) { e.ChangeOn(change) }
}

// onCloud moves production to another cloud and changes its settings there.
func onCloud(name env.CloudName, change func(*env.CloudSettings)) func(*env.Environment) {
	return func(e *env.Environment) {
		*e = e.OnCloud(name)
		e.ChangeOn(change)
	}
}

// TestValidateRejects breaks one value of production at a time and expects a problem that
// names the environment, the field, the value and what is allowed.
func TestValidateRejects(t *testing.T) {
	cases := []struct {
		name    string
		mutate  func(e *env.Environment)
		field   string
		value   string
		allowed string
	}{
		{"empty name", func(e *env.Environment) { e.Name = "" }, "Name", "", "DNS label"},
		{"namespace with capitals", func(e *env.Environment) { e.Namespace = "Screenshot" }, "Namespace", "Screenshot", "DNS label"},
		{"registry with a scheme", on(func(s *env.CloudSettings) { s.ImageRegistry = "https://ecr.aws/x" }), "Clouds[aws].ImageRegistry", "https://ecr.aws/x", "registry host"},
		{"mirror missing", on(func(s *env.CloudSettings) { s.RegistryMirror = "" }), "Clouds[aws].RegistryMirror", "", "docker.io"},
		{"a cloud with no profile", func(e *env.Environment) { e.Cloud = "oracle" }, "Cloud", "oracle", "one of aws, azure, gcp, kind"},
		{"a git repository over plain http", func(e *env.Environment) { e.GitOps.RepoURL = "http://github.com/x/y.git" }, "GitOps.RepoURL", "http://github.com/x/y.git", "https:// or ssh://"},
		{"no revision to follow", func(e *env.Environment) { e.GitOps.Revision = "" }, "GitOps.Revision", "", "branch, tag or commit"},
		{"an output path outside the repository", func(e *env.Environment) { e.GitOps.Path = "../dist/production" }, "GitOps.Path", "../dist/production", "without '..'"},
		{"an absolute output path", func(e *env.Environment) { e.GitOps.Path = "/dist/production" }, "GitOps.Path", "/dist/production", "relative to the repository"},
		{"a cluster without its URL", func(e *env.Environment) { e.GitOps.DestinationServer = "production" }, "GitOps.DestinationServer", "production", "https:// URL"},
		{"pruning without an automated sync", func(e *env.Environment) { e.GitOps.AutoSync, e.GitOps.Prune = false, true }, "GitOps.Prune", "true", "unless GitOps.AutoSync"},
		{"a cloud the environment has no settings for", func(e *env.Environment) { e.Cloud = env.Kind }, "Clouds[kind]", "", "settings on Kind"},
		{"an IAM role that is not an ARN", on(func(s *env.CloudSettings) { s.Identity = "screenshot-algo-secrets" }), "Clouds[aws].Identity", "screenshot-algo-secrets", "IAM role's ARN"},
		{"no AWS region", on(func(s *env.CloudSettings) { s.Region = "" }), "Clouds[aws].Region", "", "AWS region"},
		{"an RDS endpoint elsewhere", on(func(s *env.CloudSettings) { s.DatabaseEndpoint = "db.example.com" }), "Clouds[aws].DatabaseEndpoint", "db.example.com", "ending in .rds.amazonaws.com"},
		{"an Azure vault that is not one", onCloud(env.Azure, func(s *env.CloudSettings) { s.VaultURL = "https://vault.example.com" }), "Clouds[azure].VaultURL", "https://vault.example.com", "Key Vault URL"},
		{"an Azure identity that is not a client ID", onCloud(env.Azure, func(s *env.CloudSettings) { s.Identity = "screenshot-algo" }), "Clouds[azure].Identity", "screenshot-algo", "client ID"},
		{"a Google identity that is not a service account", onCloud(env.GCP, func(s *env.CloudSettings) { s.Identity = "someone@example.com" }), "Clouds[gcp].Identity", "someone@example.com", "Google service account"},
		{"a GKE cluster without a location", onCloud(env.GCP, func(s *env.CloudSettings) { s.ClusterLocation = "" }), "Clouds[gcp].ClusterLocation", "", "DNS label"},
		{"an IP family that does not exist", func(e *env.Environment) { e.Network.IPFamilies = env.IPFamilies{"IPv5"} }, "Network.IPFamilies", "IPv5", "dual-stack"},
		{"latest tag", func(e *env.Environment) { e.ImageTag = "latest" }, "ImageTag", "latest", `never "latest"`},
		{"a tier without a digest", func(e *env.Environment) { delete(e.ImageDigests, "worker") }, "ImageDigests[worker]", "", "--image-digest worker=sha256:"},
		{"a digest that is not sha256", func(e *env.Environment) { e.ImageDigests["backend"] = "md5:abc" }, "ImageDigests[backend]", "md5:abc", "64 lowercase hex digits"},
		{"a digest for no tier", func(e *env.Environment) { e.ImageDigests["api"] = e.ImageDigests["backend"] }, "ImageDigests", "api", "the name of a tier"},
		{"tag with a space", func(e *env.Environment) { e.ImageTag = "1.0 beta" }, "ImageTag", "1.0 beta", "letters, digits"},
		{"tag starting with a dot", func(e *env.Environment) { e.ImageTag = ".1" }, "ImageTag", ".1", "not starting with '.' or '-'"},
		{"tag starting with a dash", func(e *env.Environment) { e.ImageTag = "-rc" }, "ImageTag", "-rc", "not starting with '.' or '-'"},
		{"tag over 128 characters", func(e *env.Environment) { e.ImageTag = strings.Repeat("a", 129) }, "ImageTag", strings.Repeat("a", 129), "1 to 128"},
		{"unknown log level", func(e *env.Environment) { e.LogLevel = "verbose" }, "LogLevel", "verbose", "debug, info, warn, error"},
		{"host that is not a DNS name", func(e *env.Environment) { e.Ingress.Host = "screen shots!" }, "Ingress.Host", "screen shots!", "fully qualified DNS name"},
		{"single-label host", func(e *env.Environment) { e.Ingress.Host = "localhost" }, "Ingress.Host", "localhost", "fully qualified DNS name"},
		{"empty TLS secret", func(e *env.Environment) { e.Ingress.TLSSecretName = "" }, "Ingress.TLSSecretName", "", "DNS subdomain"},
		{"RDS endpoint with a scheme", on(func(s *env.CloudSettings) { s.DatabaseEndpoint = "postgres://db" }), "Clouds[aws].DatabaseEndpoint", "postgres://db", "fully qualified DNS name"},
		{"port zero", func(e *env.Environment) { e.Database.Port = 0 }, "Database.Port", "0", "1 to 65535"},
		{"port out of range", func(e *env.Environment) { e.Database.Port = 70000 }, "Database.Port", "70000", "1 to 65535"},
		{"database name with a dash", func(e *env.Environment) { e.Database.Name = "screenshot-algo" }, "Database.Name", "screenshot-algo", "PostgreSQL identifier"},
		{"malformed storage size", func(e *env.Environment) { e.Redis.StorageSize = "10 GB" }, "Redis.StorageSize", "10 GB", "Kubernetes quantity"},
		{"malformed CPU quantity", func(e *env.Environment) { e.TierRef("frontend").Resources.CPURequest = "250mc" }, "Tiers[frontend].Resources.CPURequest", "250mc", "Kubernetes quantity"},
		{"negative memory", func(e *env.Environment) { e.Redis.Resources.MemoryLimit = "-1Gi" }, "Redis.Resources.MemoryLimit", "-1Gi", "above zero"},
		{"missing CPU limit", func(e *env.Environment) { e.TierRef("backend").Resources.CPULimit = "" }, "Tiers[backend].Resources.CPULimit", "", "Kubernetes quantity"},
		{"memory request above limit", func(e *env.Environment) { e.TierRef("worker").Resources.MemoryRequest = "4Gi" }, "Tiers[worker].Resources.MemoryRequest", "4Gi", "at most the MemoryLimit 2Gi"},
		{"zero replicas", func(e *env.Environment) { e.TierRef("frontend").Scaling.Min = 0 }, "Tiers[frontend].Scaling.Min", "0", "at least 1"},
		{"negative replicas", func(e *env.Environment) { e.TierRef("worker").Scaling.Min = -2 }, "Tiers[worker].Scaling.Min", "-2", "at least 1"},
		{"autoscaler minimum above maximum", func(e *env.Environment) { e.TierRef("backend").Scaling.Min = 25 }, "Tiers[backend].Scaling.Max", "20", "at least Scaling.Min (25)"},
		{"CPU target of zero", func(e *env.Environment) { e.TierRef("backend").Scaling.TargetCPUPercent = 0 }, "Tiers[backend].Scaling.TargetCPUPercent", "0", "1 to 100"},
		{"CPU target above 100%", func(e *env.Environment) { e.TierRef("backend").Scaling.TargetCPUPercent = 150 }, "Tiers[backend].Scaling.TargetCPUPercent", "150", "1 to 100"},
		{"negative stabilization window", func(e *env.Environment) { e.TierRef("frontend").Scaling.ScaleDownStabilizationSeconds = -5 }, "Tiers[frontend].Scaling.ScaleDownStabilizationSeconds", "-5", "0 to 3600"},
		{"duplicate tier names", func(e *env.Environment) { e.TierRef("backend").Name = "frontend" }, "Tiers[frontend].Name", "frontend", "no other tier"},
		{"tier name too long for object names", func(e *env.Environment) { e.TierRef("frontend").Name = strings.Repeat("x", 48) }, "Name", strings.Repeat("x", 48), "at most 47"},
		{"container port out of range", func(e *env.Environment) { e.TierRef("backend").Port = 65536 }, "Tiers[backend].Port", "65536", "1 to 65535"},
		{"relative probe path", func(e *env.Environment) { e.TierRef("frontend").LivenessPath = "healthz" }, "Tiers[frontend].LivenessPath", "healthz", "starting with '/'"},
		{"probe on the users' own path", func(e *env.Environment) { e.TierRef("frontend").ReadinessPath = "/" }, "Tiers[frontend].ReadinessPath", "/", "a dedicated health path"},
		{"status label not a label name", func(e *env.Environment) { e.Monitoring.Metrics.StatusLabel = "status-code" }, "Monitoring.Metrics.StatusLabel", "status-code", "a Prometheus label name"},
		{"path label the same as the status label", func(e *env.Environment) { e.Monitoring.Metrics.PathLabel = "code" }, "Monitoring.Metrics.PathLabel", "code", "other than StatusLabel"},
		{"metric name with a space", func(e *env.Environment) { e.Monitoring.Metrics.Requests = "http requests" }, "Monitoring.Metrics.Requests", "http requests", "a Prometheus metric name"},
		{"no requests metric", func(e *env.Environment) { e.Monitoring.Metrics.Requests = "" }, "Monitoring.Metrics.Requests", "", "a Prometheus metric name"},
		{"ingress path on a tier without Service", func(e *env.Environment) { e.TierRef("worker").IngressPath = "/jobs" }, "Tiers[worker].IngressPath", "/jobs", "Exposed"},
		{"web tier without a preStop wait", func(e *env.Environment) { e.TierRef("frontend").PreStopSeconds = 0 }, "Tiers[frontend].PreStopSeconds", "0", "5 or more seconds"},
		{"worker with a preStop wait", func(e *env.Environment) { e.TierRef("worker").PreStopSeconds = 10 }, "Tiers[worker].PreStopSeconds", "10", "0 for a tier no Service routes to"},
		{"no drain", func(e *env.Environment) { e.TierRef("worker").DrainSeconds = 0 }, "Tiers[worker].DrainSeconds", "0", "1 or more seconds"},
		{"startup too short", func(e *env.Environment) { e.TierRef("backend").StartupSeconds = 3 }, "Tiers[backend].StartupSeconds", "3", "10 or more seconds"},
		{"negative ndots", func(e *env.Environment) { e.TierRef("worker").DNSNdots = -1 }, "Tiers[worker].DNSNdots", "-1", "0 (the cluster's default) to 15"},
		{"unknown priority", func(e *env.Environment) { e.TierRef("worker").Priority = "low" }, "Tiers[worker].Priority", "low", "empty, critical or preemptible"},
		{"node-local DNS on the metadata address", func(e *env.Environment) { e.Network.NodeLocalDNS = "169.254.169.254" }, "Network.NodeLocalDNS", "169.254.169.254", "169.254.20.10"},
		{"database TLS unverified", func(e *env.Environment) { e.Database.SSLMode = "require" }, "Database.SSLMode", "require", "verify-full in an environment with real data"},
		{"unknown sslmode", func(e *env.Environment) { e.Database.SSLMode = "on" }, "Database.SSLMode", "on", "disable, require, verify-ca, verify-full"},
		{"verifying without a CA", on(func(s *env.CloudSettings) { s.DatabaseCABundle = "" }), "Clouds[aws].DatabaseCABundle", "", "DNS subdomain"},
		{"worker not sandboxed", func(e *env.Environment) { e.TierRef("worker").Isolation.RuntimeClassName = "" }, "Tiers[worker].Isolation.RuntimeClassName", "", "a sandboxing RuntimeClass"},
		{"worker on shared nodes", func(e *env.Environment) { e.TierRef("worker").Isolation.NodePool = "" }, "Tiers[worker].Isolation.NodePool", "", "a dedicated node pool"},
		{"bad node pool", func(e *env.Environment) { e.TierRef("worker").Isolation.NodePool = "Workers Pool" }, "Tiers[worker].Isolation.NodePool", "Workers Pool", "label value"},
		{"no certificate issuer", func(e *env.Environment) { e.Ingress.ACME = nil }, "Ingress.CertificateIssuer", "", "DNS subdomain"},
		{"two certificate issuers", func(e *env.Environment) { e.Ingress.CertificateIssuer = "letsencrypt" }, "Ingress.CertificateIssuer", "letsencrypt", "empty when Ingress.ACME is set"},
		{"ACME without a contact", func(e *env.Environment) {
			e.Ingress.ACME = &env.ACMESettings{Server: "https://acme.example.com/directory"}
		}, "Ingress.ACME.Email", "", "an email address"},
		{"preview sharing the public TLS Secret", func(e *env.Environment) { e.Ingress.PreviewTLSSecretName = e.Ingress.TLSSecretName }, "Ingress.PreviewTLSSecretName", "screenshot-algo-tls", "each Secret has one Certificate"},
		{"disruption share above 100%", func(e *env.Environment) { e.TierRef("worker").DisruptionPercent = 150 }, "Tiers[worker].DisruptionPercent", "150", "0 (one pod at a time) to 100"},
		{"malformed shared memory", func(e *env.Environment) { e.TierRef("worker").SharedMemorySize = "lots" }, "Tiers[worker].SharedMemorySize", "lots", "Kubernetes quantity"},
		{"RDS CIDR that does not parse", on(func(s *env.CloudSettings) { s.DatabaseCIDR = "10.0.32.0/33" }), "Clouds[aws].DatabaseCIDR", "10.0.32.0/33", "CIDR notation"},
		{"a network range that does not parse", on(func(s *env.CloudSettings) { s.NetworkCIDRs = []string{"10.0.0.0/99"} }), "Clouds[aws].NetworkCIDRs", "10.0.0.0/99", "CIDR notation"},
		{"dual-stack without the VPC's IPv6 range", func(e *env.Environment) {
			e.Network.IPFamilies = env.IPFamilies{env.IPv4, env.IPv6}
			e.ChangeOn(func(s *env.CloudSettings) { s.NetworkCIDRs = []string{"10.1.0.0/16"} })
		}, "Clouds[aws].NetworkCIDRs", "10.1.0.0/16", "the cluster network's IPv6 range"},
		{"RDS CIDR without a mask", on(func(s *env.CloudSettings) { s.DatabaseCIDR = "10.0.32.7" }), "Clouds[aws].DatabaseCIDR", "10.0.32.7", "CIDR notation"},
		{"unknown front door", func(e *env.Environment) { e.Ingress.Controller = "nginx" }, "Ingress.Controller", "nginx", "one of traefik, ingress-nginx"},
		{"migrating from an unknown front door", func(e *env.Environment) { e.Ingress.MigratingFrom = "haproxy" }, "Ingress.MigratingFrom", "haproxy", "one of traefik, ingress-nginx"},
		{"migrating from the same front door", func(e *env.Environment) { e.Ingress.MigratingFrom = e.Ingress.Controller }, "Ingress.MigratingFrom", "traefik", "the other controller"},
		{"missing ephemeral storage", func(e *env.Environment) { e.TierRef("frontend").Resources.EphemeralStorage = "" }, "Tiers[frontend].Resources.EphemeralStorage", "", "Kubernetes quantity"},
		{"dependency on an unknown tier", func(e *env.Environment) { e.TierRef("frontend").Connects = []string{"api"} }, "Tiers[frontend].Connects", "api", "another tier's name or one of redis, postgres, internet"},
		{"dependency on itself", func(e *env.Environment) { e.TierRef("backend").Connects = []string{"backend"} }, "Tiers[backend].Connects", "backend", "another tier's name"},
		{"dependency on a tier without Service", func(e *env.Environment) { e.TierRef("backend").Connects = []string{"worker"} }, "Tiers[backend].Connects", "worker", "Exposed"},
		{"dependency declared twice", func(e *env.Environment) { e.TierRef("worker").Connects = []string{"redis", "redis"} }, "Tiers[worker].Connects", "redis", "once each"},
		{"secret key with a space", func(e *env.Environment) { e.Secrets.RedisKey = "screenshot algo/redis" }, "Secrets.RedisKey", "screenshot algo/redis", "AWS Secrets Manager secret name"},
		{"Prometheus URL without a scheme", func(e *env.Environment) { e.Monitoring.PrometheusURL = "prometheus:9090" }, "Monitoring.PrometheusURL", "prometheus:9090", "http:// or https://"},
		{"monitoring label with a space", func(e *env.Environment) { e.Monitoring.Labels = map[string]string{"release": "kube prometheus"} }, "Monitoring.Labels", "release=kube prometheus", "label keys and values"},
		{"relative metrics path", func(e *env.Environment) { e.TierRef("backend").MetricsPath = "metrics" }, "Tiers[backend].MetricsPath", "metrics", "starting with '/'"},
		{"unknown strategy", func(e *env.Environment) { e.TierRef("frontend").Strategy = "Recreate" }, "Tiers[frontend].Strategy", "Recreate", "one of RollingUpdate, BlueGreen, Canary"},
		{"canary for a tier without a Service", func(e *env.Environment) { e.TierRef("worker").Strategy = env.Canary }, "Tiers[worker].Strategy", "Canary", "RollingUpdate for a tier without a Service"},
		{"canary weights that go down", func(e *env.Environment) {
			e.Delivery.CanarySteps = []c.CanaryStep{{Weight: 50}, {Weight: 20}}
		}, "Delivery.CanarySteps[1].Weight", "20", "above the previous step's 50"},
		{"success rate above one", func(e *env.Environment) { e.Delivery.MinSuccessRate = "99" }, "Delivery.MinSuccessRate", "99", "between 0 and 1"},
		{"mesh without istiod's namespace", func(e *env.Environment) { e.Mesh = env.MeshSettings{Istio: true} }, "Mesh.ControlPlaneNamespace", "", "DNS label"},
		{"no tiers", func(e *env.Environment) { e.Tiers = nil }, "Tiers", "[]", "at least one tier"},
		{"literal secrets in production", func(e *env.Environment) { e.Secrets.DevelopmentLiterals = true }, "Secrets.DevelopmentLiterals", "true", "protected environment"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := env.Production()
			tc.mutate(&e)
			var problems env.Problems
			require.True(t, errors.As(e.Validate(), &problems), "expected a validation error")
			var msgs []string
			for _, p := range problems {
				if strings.HasSuffix(p.Field, tc.field) && p.Value == tc.value {
					msgs = append(msgs, p.String())
				}
			}
			require.NotEmpty(t, msgs, "no problem for %s=%q in:\n%v", tc.field, tc.value, problems)
			msg := strings.Join(msgs, "\n")
			if e.Name != "" {
				assert.True(t, strings.HasPrefix(msg, e.Name+": "), "names the environment: %s", msg)
			}
			assert.Contains(t, msg, tc.field)
			assert.Contains(t, msg, tc.allowed)
		})
	}
}

// TestValidateCollectsEveryProblem makes sure one run reports all problems, not the first.
func TestValidateCollectsEveryProblem(t *testing.T) {
	e := env.Staging()
	e.ImageTag = "latest"
	e.TierRef("frontend").Scaling.Min = 0
	e.Database.Port = -1
	var problems env.Problems
	require.True(t, errors.As(e.Validate(), &problems))
	assert.Len(t, problems, 3, "%v", problems)
	for _, p := range problems {
		assert.Equal(t, "staging", p.Env)
	}
}
