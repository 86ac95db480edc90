package charts_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	autoscalingv2 "k8s.io/api/autoscaling/v2"

	"github.com/screenshot-algo/k8s/env"
)

// TestProductionRelease is production released with the backend as a canary and the frontend
// blue-green, as `--strategy backend=canary,frontend=bluegreen` does.
func TestProductionRelease(t *testing.T) {
	e := env.Production()
	e.TierRef("frontend").Strategy = env.BlueGreen
	e.TierRef("backend").Strategy = env.Canary
	objs := synthEnv(t, e)

	var deployments []string
	for _, o := range objs.Of("Deployment") {
		deployments = append(deployments, o.Name)
	}
	var plain []string
	for _, tier := range e.Tiers {
		if !e.UsesRollout(tier) {
			plain = append(plain, env.ObjectName(tier.Name))
		}
	}
	assert.ElementsMatch(t, plain, deployments, "no Deployment is left for the released tiers")

	type analysisRef struct{ TemplateName string }
	var backend struct {
		APIVersion, Kind string
		Metadata         map[string]any
		Spec             struct {
			Strategy struct {
				Canary struct {
					StableService, CanaryService string
					TrafficRouting               struct {
						Traefik struct{ WeightedTraefikServiceName string }
					}
					Steps []struct {
						SetWeight *int32
						Analysis  *struct{ Templates []analysisRef }
					}
				}
			}
		}
	}
	objs.DecodePart(t, "Rollout", "screenshot-algo-backend", &backend)
	canary := backend.Spec.Strategy.Canary
	assert.Equal(t, "screenshot-algo-backend", canary.TrafficRouting.Traefik.WeightedTraefikServiceName, "the tier's own TraefikService is reweighted")
	objs.DecodePart(t, "TraefikService", canary.TrafficRouting.Traefik.WeightedTraefikServiceName, &struct{}{})
	objs.Service(t, canary.StableService)
	objs.Service(t, canary.CanaryService)
	var lastWeight int32
	analyses := 0
	for _, s := range canary.Steps {
		if s.SetWeight != nil {
			lastWeight = *s.SetWeight
		}
		if s.Analysis != nil {
			analyses++
		}
	}
	assert.Equal(t, int32(100), lastWeight)
	assert.GreaterOrEqual(t, analyses, 2, "several analysis steps")

	var frontend struct {
		APIVersion, Kind string
		Metadata         map[string]any
		Spec             struct {
			Strategy struct {
				BlueGreen struct {
					ActiveService, PreviewService string
					AutoPromotionEnabled          bool
					ScaleDownDelaySeconds         int32
					PrePromotionAnalysis          struct{ Templates []analysisRef }
				}
			}
		}
	}
	objs.DecodePart(t, "Rollout", "screenshot-algo-frontend", &frontend)
	bg := frontend.Spec.Strategy.BlueGreen
	objs.Service(t, bg.PreviewService)
	assert.False(t, bg.AutoPromotionEnabled, "production promotes by hand")
	assert.Positive(t, bg.ScaleDownDelaySeconds)
	require.Len(t, bg.PrePromotionAnalysis.Templates, 1)

	for _, name := range []string{"screenshot-algo-frontend-analysis", "screenshot-algo-backend-analysis"} {
		var at struct {
			APIVersion, Kind string
			Metadata         map[string]any
			Spec             struct {
				Args    []map[string]any
				Metrics []struct {
					Name, Interval, SuccessCondition string
					Count, FailureLimit              int
					Provider                         struct {
						Prometheus struct{ Address, Query string }
					}
				}
			}
		}
		objs.DecodePart(t, "AnalysisTemplate", name, &at)
		var metrics []string
		for _, m := range at.Spec.Metrics {
			metrics = append(metrics, m.Name)
			assert.Equal(t, e.Monitoring.PrometheusURL, m.Provider.Prometheus.Address)
			assert.Contains(t, m.Provider.Prometheus.Query, `rollouts_pod_template_hash="{{args.pod-template-hash}}"`, "only the new pods count")
		}
		assert.ElementsMatch(t, []string{"request-count", "success-rate", "latency-p95"}, metrics)
	}

	for _, tier := range []string{"frontend", "backend"} {
		var hpa autoscalingv2.HorizontalPodAutoscaler
		objs.Decode(t, "HorizontalPodAutoscaler", "screenshot-algo-"+tier, &hpa)
		assert.Equal(t, "Rollout", hpa.Spec.ScaleTargetRef.Kind)
		assert.Equal(t, "argoproj.io/v1alpha1", hpa.Spec.ScaleTargetRef.APIVersion)
	}
	var quota struct {
		APIVersion, Kind string
		Metadata         map[string]any
		Spec             struct{ Hard map[string]string }
	}
	objs.DecodePart(t, "ResourceQuota", "screenshot-algo", &quota)
	// Each Rollout runs two full versions at its peak, as a Deployment's new pods run beside its
	// terminating ones; then Redis and, with ACME, cert-manager's solver.
	pods := 1
	if e.Ingress.ACME != nil {
		pods++
	}
	for _, tier := range e.Tiers {
		pods += 2 * int(tier.Scaling.Max)
	}
	assert.Equal(t, strconv.Itoa(pods), quota.Spec.Hard["pods"], "every tier twice at its maximum, Redis, the ACME solver")
}
