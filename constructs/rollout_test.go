package constructs_test

import (
	"encoding/json"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/constructs/constructstest"
)

// rollout is the part of an Argo Rollout the tests read.
type rollout struct {
	APIVersion, Kind string
	Metadata         map[string]any
	Spec             struct {
		Replicas                *int32
		RevisionHistoryLimit    int32
		ProgressDeadlineSeconds int32
		Selector                struct{ MatchLabels map[string]string }
		Template                corev1.PodTemplateSpec
		Strategy                struct {
			BlueGreen *struct {
				ActiveService, PreviewService               string
				AutoPromotionEnabled                        bool
				ScaleDownDelaySeconds                       int32
				ScaleDownDelayRevisionLimit                 *int32
				PrePromotionAnalysis, PostPromotionAnalysis struct {
					Templates []struct{ TemplateName string }
					Args      []struct {
						Name      string
						ValueFrom struct{ PodTemplateHashValue string }
					}
				}
			}
			Canary *struct {
				StableService, CanaryService string
				TrafficRouting               struct {
					Nginx *struct{ StableIngress string }
					Istio *struct {
						VirtualService struct {
							Name   string
							Routes []string
						}
					}
				}
				Steps []struct {
					SetWeight *int32
					Pause     *struct{ Duration int32 }
					Analysis  *struct {
						Templates []struct{ TemplateName string }
						Args      []struct {
							Name      string
							ValueFrom struct{ PodTemplateHashValue string }
						}
					}
				}
			}
		}
	}
}

func TestRolloutStrategies(t *testing.T) {
	steps := []c.CanaryStep{{Weight: 20, PauseSeconds: 60, Analyze: true}, {Weight: 60, Analyze: true}}
	cases := []struct {
		name  string
		props func(p *c.WorkloadProps)
		check func(t *testing.T, r rollout)
	}{
		{"blue-green switches its active and preview Services after analysis", func(p *c.WorkloadProps) {
			p.BlueGreen = &c.BlueGreen{ActiveService: "web", PreviewService: "web-preview", Analysis: "web-analysis", ScaleDownDelaySeconds: 600}
		}, func(t *testing.T, r rollout) {
			bg := r.Spec.Strategy.BlueGreen
			require.NotNil(t, bg)
			assert.Nil(t, r.Spec.Strategy.Canary)
			assert.Equal(t, "web", bg.ActiveService)
			assert.Equal(t, "web-preview", bg.PreviewService)
			assert.False(t, bg.AutoPromotionEnabled, "a person promotes unless asked otherwise")
			assert.Equal(t, int32(600), bg.ScaleDownDelaySeconds)
			require.NotNil(t, bg.ScaleDownDelayRevisionLimit)
			assert.Equal(t, int32(1), *bg.ScaleDownDelayRevisionLimit, "one old version kept through the delay, not one per release")
			assert.Equal(t, "web-analysis", bg.PrePromotionAnalysis.Templates[0].TemplateName)
			assert.Equal(t, "Latest", bg.PrePromotionAnalysis.Args[0].ValueFrom.PodTemplateHashValue, "the analysis reads the new pods")
		}},
		{"canary weighs traffic at its nginx Ingress and ends at 100%", func(p *c.WorkloadProps) {
			p.Canary = &c.Canary{StableService: "api", CanaryService: "api-canary", StableIngress: "api", Steps: steps, Analysis: "api-analysis"}
		}, func(t *testing.T, r rollout) {
			cn := r.Spec.Strategy.Canary
			require.NotNil(t, cn)
			assert.Equal(t, "api", cn.StableService)
			assert.Equal(t, "api-canary", cn.CanaryService)
			require.NotNil(t, cn.TrafficRouting.Nginx)
			assert.Equal(t, "api", cn.TrafficRouting.Nginx.StableIngress)
			var weights []int32
			analyses := 0
			for _, s := range cn.Steps {
				if s.SetWeight != nil {
					weights = append(weights, *s.SetWeight)
				}
				if s.Analysis != nil {
					analyses++
					assert.Equal(t, "api-analysis", s.Analysis.Templates[0].TemplateName)
				}
			}
			assert.Equal(t, []int32{20, 60, 100}, weights)
			assert.Equal(t, 2, analyses)
		}},
		{"canary routes with Istio when given a VirtualService", func(p *c.WorkloadProps) {
			p.Canary = &c.Canary{StableService: "api", CanaryService: "api-canary", VirtualService: "api", Route: "primary", Steps: steps, Analysis: "a"}
		}, func(t *testing.T, r rollout) {
			routing := r.Spec.Strategy.Canary.TrafficRouting
			assert.Nil(t, routing.Nginx)
			require.NotNil(t, routing.Istio)
			assert.Equal(t, "api", routing.Istio.VirtualService.Name)
			assert.Equal(t, []string{"primary"}, routing.Istio.VirtualService.Routes)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			props := baseWorkload()
			props.Autoscaling = &c.Autoscaling{Min: 3, Max: 20}
			tc.props(&props)
			objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewWorkload(s, "w", props) })
			assert.Empty(t, objs.Of("Deployment"), "the Rollout replaces the Deployment")
			var r rollout
			objs.Decode(t, "Rollout", "screenshot-algo-backend", &r)
			assert.Equal(t, "argoproj.io/v1alpha1", r.APIVersion)
			assert.Nil(t, r.Spec.Replicas, "an autoscaled Rollout leaves replicas to its autoscaler")
			assert.True(t, constructstest.Selects(r.Spec.Selector.MatchLabels, r.Spec.Template.Labels))
			assertRestricted(t, r.Spec.Template.Spec)
			tc.check(t, r)
		})
	}
}

// TestRolloutRunsTheSamePods compares a Rollout's pod template with the Deployment's built from
// the same props: whichever strategy releases a tier, its pods are the same.
func TestRolloutRunsTheSamePods(t *testing.T) {
	props := baseWorkload()
	deployment := constructstest.Synth(t, func(s constructs.Construct) { c.NewWorkload(s, "w", props) }).Deployment(t, "screenshot-algo-backend")
	props.BlueGreen = &c.BlueGreen{ActiveService: "a", PreviewService: "b", Analysis: "x"}
	var r rollout
	constructstest.Synth(t, func(s constructs.Construct) { c.NewWorkload(s, "w", props) }).Decode(t, "Rollout", "screenshot-algo-backend", &r)
	want, _ := json.Marshal(deployment.Spec.Template)
	got, _ := json.Marshal(r.Spec.Template)
	assert.JSONEq(t, string(want), string(got))
}

func TestAnalysisTemplate(t *testing.T) {
	objs := constructstest.Synth(t, func(s constructs.Construct) {
		c.NewAnalysisTemplate(s, "at", c.AnalysisTemplateProps{PartOf: app, Namespace: "ns", Name: "api-analysis", PrometheusURL: "http://prom:9090",
			Args:         []string{c.PodTemplateHashArg},
			InitialDelay: "2m", Interval: "1m", Count: 5,
			Metrics: []c.AnalysisMetric{{Name: "success-rate", Query: "sum(x)", SuccessCondition: "result[0] >= 0.99", FailureCondition: "result[0] < 0.99"}}})
	})
	var at struct {
		APIVersion, Kind string
		Metadata         map[string]any
		Spec             struct {
			Args    []struct{ Name string }
			Metrics []struct {
				Name, InitialDelay, Interval string
				SuccessCondition             string
				FailureCondition             string
				Count, FailureLimit          int
				Provider                     struct {
					Prometheus struct{ Address, Query string }
				}
			}
		}
	}
	objs.Decode(t, "AnalysisTemplate", "screenshot-algo-api-analysis", &at)
	assert.Equal(t, c.PodTemplateHashArg, at.Spec.Args[0].Name)
	require.Len(t, at.Spec.Metrics, 1)
	m := at.Spec.Metrics[0]
	assert.Equal(t, "http://prom:9090", m.Provider.Prometheus.Address)
	assert.Equal(t, "sum(x)", m.Provider.Prometheus.Query)
	assert.Equal(t, "result[0] >= 0.99", m.SuccessCondition)
	assert.Equal(t, "result[0] < 0.99", m.FailureCondition)
	assert.Equal(t, "2m", m.InitialDelay)
	assert.Equal(t, "1m", m.Interval)
	assert.Equal(t, 5, m.Count)
}
