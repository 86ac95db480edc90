package charts_test

import (
	"regexp"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/screenshot-algo/k8s/charts"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/k8stest"
)

func TestMain(m *testing.M) { k8stest.Main(m) }

func synthEnv(t *testing.T, e env.Environment) k8stest.Objects {
	t.Helper()
	require.NoError(t, e.Validate())
	return k8stest.SynthChart(t, func(app constructs.Construct) cdk8s.Chart { return charts.NewScreenshotAlgo(app, e.Name, e) })
}

// TestProductionMatchesADR checks the numbers ADR 004 fixes for production.
func TestProductionMatchesADR(t *testing.T) {
	objs := synthEnv(t, env.Production())
	// Production runs Argo Rollouts: the public tiers are Rollouts, the worker a Deployment.
	cases := []struct {
		deployment     string
		kind           string
		replicas       int32
		cpuReq, memReq string
		cpuLim, memLim string
	}{
		{"screenshot-algo-frontend", "Rollout", 3, "250m", "256Mi", "500m", "512Mi"},
		{"screenshot-algo-backend", "Rollout", 3, "250m", "256Mi", "500m", "512Mi"},
		// The worker's sizes depart from the ADR on purpose: see productionWorkerResources.
		{"screenshot-algo-worker", "Deployment", 5, "500m", "1Gi", "1", "2Gi"},
	}
	templates := objs.PodTemplates(t)
	for _, tc := range cases {
		t.Run(tc.deployment, func(t *testing.T) {
			var d struct {
				Spec struct {
					Replicas *int32
					Template corev1.PodTemplateSpec
				}
			}
			objs.DecodePart(t, tc.kind, tc.deployment, &d)
			assert.Equal(t, templates[tc.deployment], d.Spec.Template)
			// The autoscaler owns the count: it starts the tier at its minimum, the ADR's replicas.
			assert.Nil(t, d.Spec.Replicas, "an autoscaled workload leaves replicas to its autoscaler")
			var hpa autoscalingv2.HorizontalPodAutoscaler
			objs.Decode(t, "HorizontalPodAutoscaler", tc.deployment, &hpa)
			assert.Equal(t, tc.replicas, *hpa.Spec.MinReplicas)
			assert.Equal(t, int32(20), hpa.Spec.MaxReplicas)
			assert.Equal(t, tc.kind, hpa.Spec.ScaleTargetRef.Kind)
			assert.Equal(t, tc.deployment, hpa.Spec.ScaleTargetRef.Name)
			require.Len(t, hpa.Spec.Metrics, 1)
			assert.Equal(t, int32(70), *hpa.Spec.Metrics[0].Resource.Target.AverageUtilization)
			assert.NotNil(t, hpa.Spec.Behavior.ScaleDown.StabilizationWindowSeconds)
			assert.Len(t, d.Spec.Template.Spec.TopologySpreadConstraints, 2, "spread across zones and nodes")
			var pdb policyv1.PodDisruptionBudget
			objs.Decode(t, "PodDisruptionBudget", tc.deployment, &pdb)
			res := d.Spec.Template.Spec.Containers[0].Resources
			for want, got := range map[string]resource.Quantity{
				tc.cpuReq: res.Requests[corev1.ResourceCPU], tc.memReq: res.Requests[corev1.ResourceMemory],
				tc.cpuLim: res.Limits[corev1.ResourceCPU], tc.memLim: res.Limits[corev1.ResourceMemory],
			} {
				w := resource.MustParse(want)
				assert.Zero(t, w.Cmp(got), "want %s, got %s", want, got.String())
			}
		})
	}
}

// TestEveryEnvironment checks what must hold in every environment.
func TestEveryEnvironment(t *testing.T) {
	hashSuffix := regexp.MustCompile(`-[0-9a-f]{8,}$|-c8[0-9a-z]{6,}$`)
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			objs := synthEnv(t, e)

			for _, o := range objs {
				assert.NotRegexp(t, hashSuffix, o.Name, "%s %s: names are readable, never hashed", o.Kind, o.Name)
				switch o.Kind {
				case "Namespace", "PriorityClass":
				case "Application", "AppProject":
					assert.Equal(t, e.GitOps.ArgoCDNamespace, o.Namespace, "%s %s: Argo CD reads it from its own namespace", o.Kind, o.Name)
				default:
					assert.Equal(t, e.Namespace, o.Namespace, "%s %s", o.Kind, o.Name)
				}
			}

			templates := objs.PodTemplates(t)
			require.Len(t, templates, len(e.Tiers)+1, "the tiers and redis")
			for name, tpl := range templates {
				for _, ctr := range tpl.Spec.Containers {
					assert.NotEmpty(t, ctr.Resources.Requests, "%s/%s has requests", name, ctr.Name)
					assert.NotEmpty(t, ctr.Resources.Limits, "%s/%s has limits", name, ctr.Name)
					assert.NotRegexp(t, `:latest$|^[^:]+$`, ctr.Image, "%s: images are pinned to a tag", name)
					require.NotNil(t, ctr.SecurityContext, name)
					assert.Equal(t, []corev1.Capability{"ALL"}, ctr.SecurityContext.Capabilities.Drop, name)
					assert.Equal(t, corev1.SeccompProfileTypeRuntimeDefault, ctr.SecurityContext.SeccompProfile.Type, name)
					assert.True(t, *ctr.SecurityContext.ReadOnlyRootFilesystem, name)
					assert.NotNil(t, ctr.LivenessProbe, "%s has a liveness probe", name)
					assert.NotNil(t, ctr.ReadinessProbe, "%s has a readiness probe", name)
				}
			}

			// Every Service with a selector reaches pods, on a port those pods declare.
			for _, o := range objs.Of("Service") {
				svc := objs.Service(t, o.Name)
				if svc.Spec.Type == corev1.ServiceTypeExternalName {
					continue
				}
				var matched bool
				for _, tpl := range templates {
					if !k8stest.Selects(svc.Spec.Selector, tpl.Labels) {
						continue
					}
					matched = true
					for _, sp := range svc.Spec.Ports {
						var ok bool
						for _, ctr := range tpl.Spec.Containers {
							for _, cp := range ctr.Ports {
								ok = ok || cp.Name == sp.TargetPort.StrVal
							}
						}
						assert.True(t, ok, "Service %s targets port %q, which its pods do not declare", svc.Name, sp.TargetPort.StrVal)
					}
				}
				assert.True(t, matched, "Service %s selects no pods", svc.Name)
			}

			// Each public tier's path on the public host and, where Rollouts release it, on the
			// preview host to its preview Service (TestFrontDoor checks the rest of the routes).
			gotPublic, gotPreview := routesOf(t, objs, e)
			wantPublic, wantPreview := wantRoutes(e)
			assert.Equal(t, wantPublic, gotPublic)
			assert.Equal(t, wantPreview, gotPreview)
			if !e.Delivery.ArgoRollouts {
				assert.Empty(t, gotPreview, "without Argo Rollouts nothing is previewed")
			}

			pg := objs.Service(t, "screenshot-algo-postgres")
			assert.Equal(t, corev1.ServiceTypeExternalName, pg.Spec.Type)
			assert.Equal(t, e.On().DatabaseEndpoint, pg.Spec.ExternalName)

			sts := objs.StatefulSet(t, "screenshot-algo-redis")
			assert.Equal(t, e.Profile().StorageClass, *sts.Spec.VolumeClaimTemplates[0].Spec.StorageClassName)

			// Literal secrets only where the environment allows them; elsewhere ExternalSecrets
			// of the same names have the operator write them.
			if e.Secrets.DevelopmentLiterals {
				assert.Len(t, objs.Of("Secret"), 2)
				assert.Empty(t, objs.Of("ExternalSecret"))
			} else {
				assert.Empty(t, objs.Of("Secret"), "%s must not carry literal credentials", e.Name)
				assert.Len(t, objs.Of("ExternalSecret"), 2)
			}
			provided := map[string]bool{}
			for _, o := range append(objs.Of("Secret"), objs.Of("ExternalSecret")...) {
				provided[o.Name] = true
			}
			for name, tpl := range templates {
				for _, ctr := range tpl.Spec.Containers {
					for _, e := range ctr.Env {
						if ref := e.ValueFrom; ref != nil && ref.SecretKeyRef != nil {
							assert.True(t, provided[ref.SecretKeyRef.Name], "%s reads Secret %s, which %s does not provide", name, ref.SecretKeyRef.Name, e.Name)
						}
					}
				}
				for _, v := range tpl.Spec.Volumes {
					if v.Secret != nil {
						assert.True(t, provided[v.Secret.SecretName], "%s mounts Secret %s, which %s does not provide", name, v.Secret.SecretName, e.Name)
					}
				}
			}
		})
	}
}

// devMemoryPerWorkload is what each of dev's workloads (its tiers and Redis) may request in
// all at its minimum scale, so that dev runs on a laptop's Kind cluster however many tiers it has.
var devMemoryPerWorkload = resource.MustParse("256Mi")

// TestDevFitsALaptop keeps dev small enough for a Kind cluster: each workload, at its
// autoscaler's minimum (one replica for Redis), requests at most devMemoryPerWorkload.
func TestDevFitsALaptop(t *testing.T) {
	objs := synthEnv(t, env.Dev())
	for name, tpl := range objs.PodTemplates(t) {
		replicas := int64(1)
		if name != "screenshot-algo-redis" {
			var hpa autoscalingv2.HorizontalPodAutoscaler
			objs.Decode(t, "HorizontalPodAutoscaler", name, &hpa)
			replicas = int64(*hpa.Spec.MinReplicas)
		}
		total := resource.Quantity{}
		for _, ctr := range tpl.Spec.Containers {
			request := ctr.Resources.Requests[corev1.ResourceMemory]
			total.Add(*resource.NewQuantity(request.Value()*replicas, resource.BinarySI))
		}
		assert.LessOrEqual(t, total.Cmp(devMemoryPerWorkload), 0, "%s requests %s of memory at its minimum in dev; keep it within %s",
			name, total.String(), devMemoryPerWorkload.String())
	}
}

// TestDatabaseTLS: where the data is real, the database's clients verify its certificate and
// its name: they dial the RDS endpoint itself, with sslmode verify-full and the RDS CA bundle
// mounted. The ExternalName alias would fail verify-full's name check.
func TestDatabaseTLS(t *testing.T) {
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			objs := synthEnv(t, e)
			var cm corev1.ConfigMap
			objs.Decode(t, "ConfigMap", "screenshot-algo-config", &cm)
			assert.Equal(t, e.On().DatabaseEndpoint, cm.Data["DATABASE_HOST"], "the endpoint the certificate names, not the alias")
			assert.Equal(t, e.Database.SSLMode, cm.Data["DATABASE_SSLMODE"])
			if !e.Secrets.Protected {
				assert.Empty(t, cm.Data["DATABASE_SSLROOTCERT"])
				return
			}
			assert.Equal(t, "verify-full", cm.Data["DATABASE_SSLMODE"])
			assert.Equal(t, env.DatabaseCADir+"/"+env.DatabaseCAKey, cm.Data["DATABASE_SSLROOTCERT"])
			for name, tpl := range objs.PodTemplates(t) {
				var caVolume string
				for _, v := range tpl.Spec.Volumes {
					if v.ConfigMap != nil && v.ConfigMap.Name == e.On().DatabaseCABundle {
						caVolume = v.Name
					}
				}
				var mounted bool
				for _, m := range tpl.Spec.Containers[0].VolumeMounts {
					mounted = mounted || (m.Name == caVolume && m.MountPath == env.DatabaseCADir && m.ReadOnly)
				}
				usesDB := false
				for _, e := range tpl.Spec.Containers[0].Env {
					usesDB = usesDB || e.Name == "DATABASE_PASSWORD_FILE"
				}
				assert.Equal(t, usesDB, mounted, "%s: a database client, and only one, mounts the CA bundle", name)
			}
		})
	}
}
