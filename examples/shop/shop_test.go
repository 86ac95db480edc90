package main

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"

	"github.com/screenshot-algo/k8s/constructs/constructstest"
)

func TestMain(m *testing.M) { constructstest.Main(m) }

// TestShop: the shop has each part it asks the library for, with the library's defaults: the
// storefront is a Rollout reweighted through its TraefikService, which its route sends to; each
// autoscaled workload has its autoscaler and budget; no Secret is written, only referenced.
func TestShop(t *testing.T) {
	objs := constructstest.SynthChart(t, func(app constructs.Construct) cdk8s.Chart { return NewShop(app, "shop") })

	var rollout struct {
		Spec struct {
			Strategy struct {
				Canary struct {
					TrafficRouting struct {
						Traefik struct{ WeightedTraefikServiceName string }
					}
				}
			}
		}
	}
	objs.DecodePart(t, "Rollout", "shop-storefront", &rollout)
	weighted := rollout.Spec.Strategy.Canary.TrafficRouting.Traefik.WeightedTraefikServiceName
	assert.Equal(t, "shop-storefront", weighted)
	var route struct {
		Spec struct {
			Rules []struct {
				BackendRefs []struct{ Kind, Name string }
			}
		}
	}
	objs.DecodePart(t, "HTTPRoute", "shop-storefront", &route)
	assert.Equal(t, "TraefikService", route.Spec.Rules[0].BackendRefs[0].Kind)
	assert.Equal(t, weighted, route.Spec.Rules[0].BackendRefs[0].Name)

	for _, name := range []string{"shop-storefront", "shop-orders"} {
		objs.DecodePart(t, "HorizontalPodAutoscaler", name, &struct{}{})
		objs.DecodePart(t, "PodDisruptionBudget", name, &struct{}{})
	}
	assert.Equal(t, "Deployment", objs.Of("Deployment")[0].Kind, "the worker is a Deployment")
	assert.Len(t, objs.Of("StatefulSet"), 1, "Redis")
	assert.Empty(t, objs.Of("Secret"), "credentials are referenced, never written")
}
