package constructs_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/constructs/constructstest"
)

func TestRedis(t *testing.T) {
	cases := []struct {
		name        string
		image       string
		size        string
		class       string
		percent     int
		wantImage   string
		wantVersion string
		// wantMaxMemory is --maxmemory for adrResources' 512Mi limit.
		wantMaxMemory string
	}{
		{"default image", "", "10Gi", "gp3", 0, c.DefaultRedisImage, "7.4.10-alpine", "348966092"},
		{"pinned image, Kind storage, half the memory", "redis:7.2.6", "1Gi", "standard", 50, "redis:7.2.6", "7.2.6", "268435456"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewRedis(s, "redis", c.RedisProps{PartOf: app, Namespace: "ns", Image: tc.image, StorageSize: tc.size, StorageClass: tc.class,
					Resources: adrResources, MaxMemoryPercent: tc.percent, PasswordSecret: "redis-secret"})
			})
			sts := objs.StatefulSet(t, "screenshot-algo-redis")
			svc := objs.Service(t, "screenshot-algo-redis")

			assert.Equal(t, corev1.ClusterIPNone, svc.Spec.ClusterIP, "the StatefulSet's governing Service is headless")
			assert.Equal(t, svc.Name, sts.Spec.ServiceName)
			assert.True(t, constructstest.Selects(svc.Spec.Selector, sts.Spec.Template.Labels))
			assert.True(t, constructstest.Selects(sts.Spec.Selector.MatchLabels, sts.Spec.Template.Labels))
			assert.Equal(t, int32(1), *sts.Spec.Replicas)

			require.Len(t, sts.Spec.VolumeClaimTemplates, 1)
			pvc := sts.Spec.VolumeClaimTemplates[0]
			assert.Equal(t, tc.class, *pvc.Spec.StorageClassName)
			want := resource.MustParse(tc.size)
			assert.Zero(t, want.Cmp(pvc.Spec.Resources.Requests[corev1.ResourceStorage]))

			spec := sts.Spec.Template.Spec
			assertRestricted(t, spec)
			ctr := spec.Containers[0]
			assert.Equal(t, tc.wantImage, ctr.Image)
			assertResources(t, adrResources, ctr.Resources)
			assert.Equal(t, pvc.Name, mounts(ctr)["/data"], "the claim is mounted as Redis's data dir")
			assert.Equal(t, "redis", ctr.LivenessProbe.TCPSocket.Port.StrVal, "liveness only needs Redis to accept connections")
			require.NotNil(t, ctr.ReadinessProbe.Exec, "readiness is an exec probe")
			assert.Contains(t, ctr.ReadinessProbe.Exec.Command[2], "redis-cli", "readiness asks Redis to answer")
			assert.NotEqual(t, ctr.LivenessProbe, ctr.ReadinessProbe)
			assert.Empty(t, ctr.Env, "the password is in no environment variable, which a rotation could not change")
			i := slices.Index(ctr.Args, "--aclfile")
			require.GreaterOrEqual(t, i, 0, "Redis requires the password, from its ACL file")
			assert.Equal(t, c.RedisACLFile, ctr.Args[i+1])
			require.Len(t, spec.InitContainers, 1, "an init container writes the ACL file")
			assert.Contains(t, spec.InitContainers[0].Command[2], c.RedisPasswordFile)
			var secretVolume, secret string
			for _, v := range spec.Volumes {
				if v.Secret != nil {
					secretVolume, secret = v.Name, v.Secret.SecretName
				}
			}
			assert.Equal(t, "redis-secret", secret, "the password comes from the Secret")
			assert.Equal(t, secretVolume, mounts(ctr)[c.RedisAuthDir], "the Secret is mounted where the probe reads it")
			assert.Equal(t, secretVolume, mounts(spec.InitContainers[0])[c.RedisAuthDir], "and where the init container reads it")
			assert.Equal(t, tc.wantVersion, sts.Labels["app.kubernetes.io/version"])
			i = slices.Index(ctr.Args, "--maxmemory")
			require.GreaterOrEqual(t, i, 0, "without --maxmemory the noeviction policy never applies")
			assert.Equal(t, tc.wantMaxMemory, ctr.Args[i+1])
			assert.Equal(t, svc.Spec.Ports[0].TargetPort.StrVal, ctr.Ports[0].Name)
			assert.Equal(t, int32(c.RedisPort), ctr.Ports[0].ContainerPort)
		})
	}
}

func TestExternalDatabase(t *testing.T) {
	cases := []struct {
		name     string
		port     int32
		wantPort int32
	}{
		{"zero port means 5432", 0, 5432},
		{"explicit port", 6432, 6432},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewExternalDatabase(s, "db", c.ExternalDatabaseProps{PartOf: app, Namespace: "ns", Endpoint: "db.abc.eu-central-1.rds.amazonaws.com", Port: tc.port})
			})
			svc := objs.Service(t, "screenshot-algo-postgres")
			assert.Equal(t, corev1.ServiceTypeExternalName, svc.Spec.Type)
			assert.Equal(t, "db.abc.eu-central-1.rds.amazonaws.com", svc.Spec.ExternalName)
			assert.Empty(t, svc.Spec.Selector, "an ExternalName Service selects no pods")
			assert.Equal(t, tc.wantPort, svc.Spec.Ports[0].Port)
		})
	}
}

func TestIngress(t *testing.T) {
	cases := []struct {
		name      string
		class     string
		wantClass string
	}{
		{"the ADR's nginx by default", "", "nginx"},
		{"another class when asked", "internal-nginx", "internal-nginx"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewIngress(s, "ing", c.IngressProps{PartOf: app, Namespace: "ns", ClassName: tc.class, Host: "app.example.com", TLSSecretName: "tls",
					Routes: []c.IngressRoute{{Path: "/", Service: "fe", Port: "http"}, {Path: "/api", Service: "be", Port: "http"}}})
			})
			ing := objs.Ingress(t, "screenshot-algo")
			assert.Equal(t, tc.wantClass, *ing.Spec.IngressClassName)
			require.Len(t, ing.Spec.TLS, 1)
			assert.Equal(t, []string{"app.example.com"}, ing.Spec.TLS[0].Hosts)
			assert.Equal(t, "tls", ing.Spec.TLS[0].SecretName)
			require.Len(t, ing.Spec.Rules, 1)
			assert.Equal(t, "app.example.com", ing.Spec.Rules[0].Host)
			routes := map[string]string{}
			for _, p := range ing.Spec.Rules[0].HTTP.Paths {
				assert.Equal(t, networkingv1.PathTypePrefix, *p.PathType)
				routes[p.Path] = p.Backend.Service.Name
			}
			assert.Equal(t, map[string]string{"/": "fe", "/api": "be"}, routes)
		})
	}
}

func TestNamespace(t *testing.T) {
	cases := []struct {
		name, version, wantVersion string
	}{
		{"pinned to the 1.28 profile by default", "", "v1.28"},
		{"pinned to another version", "v1.30", "v1.30"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewNamespace(s, "ns", c.NamespaceProps{PartOf: app, Name: "screenshot-algo", PodSecurityVersion: tc.version})
			})
			var ns corev1.Namespace
			objs.Decode(t, "Namespace", "screenshot-algo", &ns)
			assert.Equal(t, "restricted", ns.Labels["pod-security.kubernetes.io/enforce"])
			assert.Equal(t, tc.wantVersion, ns.Labels["pod-security.kubernetes.io/enforce-version"])
			assert.Equal(t, "restricted", ns.Labels["pod-security.kubernetes.io/warn"])
			assert.Equal(t, "restricted", ns.Labels["pod-security.kubernetes.io/audit"])
		})
	}
}

func TestAppConfigAndDevelopmentSecret(t *testing.T) {
	objs := constructstest.Synth(t, func(s constructs.Construct) {
		c.NewAppConfig(s, "cfg", c.AppConfigProps{PartOf: app, Namespace: "ns", Data: map[string]string{"LOG_LEVEL": "info"}})
		c.NewDevelopmentSecret(s, "sec", c.DevelopmentSecretProps{PartOf: app, Namespace: "ns", Name: "redis-credentials", Data: map[string]string{"password": "dev"}})
	})
	var cm corev1.ConfigMap
	objs.Decode(t, "ConfigMap", "screenshot-algo-config", &cm)
	assert.Equal(t, map[string]string{"LOG_LEVEL": "info"}, cm.Data)

	var sec corev1.Secret
	objs.Decode(t, "Secret", "screenshot-algo-redis-credentials", &sec)
	assert.Contains(t, sec.Annotations, c.DevelopmentOnlyAnnotation, "literal secrets are plainly marked")
	assert.Equal(t, "dev", sec.StringData["password"])
}

func TestPodDisruptionBudget(t *testing.T) {
	cases := []struct {
		name string
		max  int32
		want int32
	}{
		{"zero means one pod at a time", 0, 1},
		{"explicit", 2, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ident := c.Identity{PartOf: app, Name: "backend", Component: "api"}
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewPodDisruptionBudget(s, "pdb", c.PodDisruptionBudgetProps{Namespace: "ns", Identity: ident, MaxUnavailable: tc.max})
			})
			var pdb policyv1.PodDisruptionBudget
			objs.Decode(t, "PodDisruptionBudget", "screenshot-algo-backend", &pdb)
			assert.Equal(t, tc.want, pdb.Spec.MaxUnavailable.IntVal)
			assert.Nil(t, pdb.Spec.MinAvailable, "stated as maxUnavailable so it never blocks a drain")
			assert.Equal(t, ident.SelectorLabels(), pdb.Spec.Selector.MatchLabels)
			assert.Equal(t, policyv1.AlwaysAllow, *pdb.Spec.UnhealthyPodEvictionPolicy)
		})
	}
}

func TestNetworkPolicy(t *testing.T) {
	cases := []struct {
		name  string
		props c.NetworkPolicyProps
		check func(t *testing.T, np networkingv1.NetworkPolicy)
	}{
		{"no flows denies both directions for every pod", c.NetworkPolicyProps{PartOf: app, Name: "default-deny"}, func(t *testing.T, np networkingv1.NetworkPolicy) {
			assert.Empty(t, np.Spec.PodSelector.MatchLabels)
			assert.ElementsMatch(t, []networkingv1.PolicyType{"Ingress", "Egress"}, np.Spec.PolicyTypes)
			assert.Empty(t, np.Spec.Ingress)
			assert.Empty(t, np.Spec.Egress)
		}},
		{"namespace peer uses the name label the API server sets", c.NetworkPolicyProps{PartOf: app, Name: "web", Selector: map[string]string{"app": "web"},
			Ingress: []c.Flow{{Peer: c.Peer{Namespace: "ingress-nginx"}, Ports: []c.Port{{Name: "http"}}}}}, func(t *testing.T, np networkingv1.NetworkPolicy) {
			assert.Equal(t, map[string]string{"app": "web"}, np.Spec.PodSelector.MatchLabels)
			require.Len(t, np.Spec.Ingress, 1)
			assert.Equal(t, map[string]string{"kubernetes.io/metadata.name": "ingress-nginx"}, np.Spec.Ingress[0].From[0].NamespaceSelector.MatchLabels)
			assert.Equal(t, "http", np.Spec.Ingress[0].Ports[0].Port.StrVal)
			assert.Equal(t, corev1.ProtocolTCP, *np.Spec.Ingress[0].Ports[0].Protocol)
		}},
		{"CIDR peer with exceptions and UDP", c.NetworkPolicyProps{PartOf: app, Name: "out",
			Egress: []c.Flow{{Peer: c.Peer{CIDR: "0.0.0.0/0", Except: []string{"169.254.169.254/32"}}, Ports: []c.Port{{Number: 53, Protocol: "UDP"}}}}}, func(t *testing.T, np networkingv1.NetworkPolicy) {
			require.Len(t, np.Spec.Egress, 1)
			assert.Equal(t, "0.0.0.0/0", np.Spec.Egress[0].To[0].IPBlock.CIDR)
			assert.Equal(t, []string{"169.254.169.254/32"}, np.Spec.Egress[0].To[0].IPBlock.Except)
			assert.Equal(t, int32(53), np.Spec.Egress[0].Ports[0].Port.IntVal)
			assert.Equal(t, corev1.ProtocolUDP, *np.Spec.Egress[0].Ports[0].Protocol)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.props.Namespace = "ns"
			objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewNetworkPolicy(s, "np", tc.props) })
			var np networkingv1.NetworkPolicy
			objs.Decode(t, "NetworkPolicy", c.ObjectName(tc.props.PartOf, tc.props.Name), &np)
			tc.check(t, np)
		})
	}
}

func TestExternalSecret(t *testing.T) {
	cases := []struct {
		name, refresh, want string
	}{
		{"hourly by default", "", "1h"},
		{"explicit refresh", "15m", "15m"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewExternalSecret(s, "es", c.ExternalSecretProps{PartOf: app, Namespace: "ns", Name: "postgres-credentials", Store: "screenshot-algo-secrets", RefreshInterval: tc.refresh,
					Values: []c.RemoteValue{{SecretKey: "password", RemoteKey: "app/prod/postgres", Property: "password"}}})
			})
			var es struct {
				APIVersion string         `json:"apiVersion"`
				Kind       string         `json:"kind"`
				Metadata   map[string]any `json:"metadata"`
				Spec       struct {
					RefreshInterval string `json:"refreshInterval"`
					SecretStoreRef  struct{ Kind, Name string }
					Target          struct{ Name, CreationPolicy string }
					Data            []struct {
						SecretKey string
						RemoteRef struct{ Key, Property string }
					}
				}
			}
			objs.Decode(t, "ExternalSecret", "screenshot-algo-postgres-credentials", &es)
			assert.Equal(t, "external-secrets.io/v1", es.APIVersion)
			assert.Equal(t, tc.want, es.Spec.RefreshInterval)
			assert.Equal(t, "SecretStore", es.Spec.SecretStoreRef.Kind, "the app's own store, in its namespace")
			assert.Equal(t, "screenshot-algo-secrets", es.Spec.SecretStoreRef.Name)
			assert.Equal(t, "screenshot-algo-postgres-credentials", es.Spec.Target.Name, "the Secret keeps the name workloads reference")
			assert.Equal(t, "Owner", es.Spec.Target.CreationPolicy)
			require.Len(t, es.Spec.Data, 1)
			assert.Equal(t, "app/prod/postgres", es.Spec.Data[0].RemoteRef.Key)
		})
	}
}

func TestServiceMonitor(t *testing.T) {
	cases := []struct {
		name, port, path, wantPort, wantPath string
	}{
		{"defaults scrape /metrics on the metrics port", "", "", "metrics", "/metrics"},
		{"explicit port and path", "prom", "/prom", "prom", "/prom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ident := c.Identity{PartOf: app, Name: "backend"}
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewServiceMonitor(s, "sm", c.ServiceMonitorProps{Namespace: "ns", Identity: ident, Port: tc.port, Path: tc.path,
					Labels: map[string]string{"release": "prom"}})
			})
			var sm struct {
				APIVersion, Kind string
				Metadata         struct {
					Name, Namespace string
					Labels          map[string]string
				}
				Spec struct {
					Selector             struct{ MatchLabels map[string]string }
					Endpoints            []struct{ Port, Path, Interval string }
					PodTargetLabels      []string
					ServiceDiscoveryRole string
				}
			}
			objs.Decode(t, "ServiceMonitor", "screenshot-algo-backend", &sm)
			assert.Equal(t, "prom", sm.Metadata.Labels["release"], "Prometheus selects the monitor by its labels")
			assert.Equal(t, "true", sm.Spec.Selector.MatchLabels[c.MetricsLabel], "only the tier's metrics Service is scraped")
			assert.Equal(t, []string{"rollouts-pod-template-hash"}, sm.Spec.PodTargetLabels, "series carry the release they come from")
			assert.Equal(t, "EndpointSlice", sm.Spec.ServiceDiscoveryRole, "Endpoints are deprecated since Kubernetes 1.33")
			assert.Equal(t, "backend", sm.Spec.Selector.MatchLabels[c.LabelName])
			require.Len(t, sm.Spec.Endpoints, 1)
			assert.Equal(t, tc.wantPort, sm.Spec.Endpoints[0].Port)
			assert.Equal(t, tc.wantPath, sm.Spec.Endpoints[0].Path)
		})
	}
}

func TestPrometheusRule(t *testing.T) {
	alerts := []c.Alert{
		{Name: "A", Expr: "up == 0", For: "5m", Severity: "critical", Summary: "s", Description: "d", Runbook: "https://r/a"},
		{Name: "B", Expr: "x > 1", For: "10m", Severity: "warning", Summary: "s", Description: "d", Runbook: "https://r/b"},
	}
	objs := constructstest.Synth(t, func(s constructs.Construct) {
		c.NewPrometheusRule(s, "pr", c.PrometheusRuleProps{PartOf: app, Namespace: "ns", Name: "alerts", Alerts: alerts})
	})
	var pr struct {
		APIVersion, Kind string
		Metadata         map[string]any
		Spec             struct {
			Groups []struct {
				Name  string
				Rules []struct {
					Alert, Expr, For    string
					Labels, Annotations map[string]string
				}
			}
		}
	}
	objs.Decode(t, "PrometheusRule", "screenshot-algo-alerts", &pr)
	require.Len(t, pr.Spec.Groups, 1)
	require.Len(t, pr.Spec.Groups[0].Rules, 2)
	for i, r := range pr.Spec.Groups[0].Rules {
		assert.Equal(t, alerts[i].Name, r.Alert)
		assert.Equal(t, alerts[i].Expr, r.Expr)
		assert.Equal(t, alerts[i].Severity, r.Labels["severity"])
		assert.Equal(t, alerts[i].Runbook, r.Annotations["runbook_url"])
		assert.NotEmpty(t, r.Annotations["summary"])
	}
}

func TestCertificate(t *testing.T) {
	objs := constructstest.Synth(t, func(s constructs.Construct) {
		c.NewCertificate(s, "crt", c.CertificateProps{PartOf: app, Namespace: "ns", SecretName: "web-tls", Hosts: []string{"a.example.com"}, Issuer: "letsencrypt"})
	})
	var crt struct {
		Metadata struct{ Name, Namespace string }
		Spec     struct {
			SecretName string
			DNSNames   []string `json:"dnsNames"`
			IssuerRef  struct{ Name, Kind, Group string }
			PrivateKey struct {
				Algorithm, RotationPolicy string
				Size                      int
			}
		}
	}
	objs.DecodePart(t, "Certificate", "web-tls", &crt)
	assert.Equal(t, "ns", crt.Metadata.Namespace)
	assert.Equal(t, "web-tls", crt.Spec.SecretName, "named for the one Secret it writes")
	assert.Equal(t, []string{"a.example.com"}, crt.Spec.DNSNames)
	assert.Equal(t, "ClusterIssuer", crt.Spec.IssuerRef.Kind)
	assert.Equal(t, "letsencrypt", crt.Spec.IssuerRef.Name)
	assert.Equal(t, "Always", crt.Spec.PrivateKey.RotationPolicy, "a new key on every renewal")
	assert.Equal(t, "ECDSA", crt.Spec.PrivateKey.Algorithm)
}

// TestSecretStore renders each cloud's secret manager, authenticated as the store's own
// ServiceAccount through the identity annotation: never a static key.
func TestSecretStore(t *testing.T) {
	cases := []struct {
		name     string
		props    c.SecretStoreProps
		provider string
		auth     string
	}{
		{"AWS Secrets Manager", c.SecretStoreProps{AWS: &c.AWSSecretsManager{Region: "eu-central-1"}}, "aws", `"jwt":{"serviceAccountRef":{"name":"screenshot-algo-secrets"}}`},
		{"Azure Key Vault", c.SecretStoreProps{Azure: &c.AzureKeyVault{VaultURL: "https://v.vault.azure.net", TenantID: "t"}}, "azurekv", `"authType":"WorkloadIdentity"`},
		{"Google Secret Manager", c.SecretStoreProps{GCP: &c.GCPSecretManager{ProjectID: "p", ClusterName: "n", ClusterLocation: "l"}}, "gcpsm", `"workloadIdentity":{"clusterLocation":"l","clusterName":"n","clusterProjectID":"p","serviceAccountRef":{"name":"screenshot-algo-secrets"}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.props.PartOf, tc.props.Namespace = app, "ns"
			tc.props.IdentityAnnotations = map[string]string{"example.com/identity": "reader"}
			objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewSecretStore(s, "store", tc.props) })
			var store struct {
				APIVersion, Kind string
				Metadata         map[string]any
				Spec             struct{ Provider map[string]json.RawMessage }
			}
			objs.Decode(t, "SecretStore", "screenshot-algo-secrets", &store)
			require.Len(t, store.Spec.Provider, 1)
			assert.Contains(t, string(store.Spec.Provider[tc.provider]), tc.auth)
			var sa corev1.ServiceAccount
			objs.Decode(t, "ServiceAccount", "screenshot-algo-secrets", &sa)
			assert.Equal(t, "reader", sa.Annotations["example.com/identity"])
			assert.False(t, *sa.AutomountServiceAccountToken, "no pod mounts the store's token")
		})
	}
}
