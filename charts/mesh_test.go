package charts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/env"
)

// TestMesh checks the optional Istio mesh: everything it needs when an environment enables it,
// and nothing of it otherwise.
func TestMesh(t *testing.T) {
	meshKinds := []string{"PeerAuthentication", "DestinationRule", "VirtualService"}
	t.Run("off", func(t *testing.T) {
		objs := synthEnv(t, env.Production())
		for _, kind := range meshKinds {
			assert.Empty(t, objs.Of(kind), kind)
		}
		var ns struct {
			Metadata struct{ Labels map[string]string }
		}
		objs.DecodePart(t, "Namespace", "screenshot-algo", &ns)
		assert.NotContains(t, ns.Metadata.Labels, "istio-injection")
	})
	t.Run("on, with a canary", func(t *testing.T) {
		e := env.Production()
		e.Mesh.Istio = true
		e.TierRef("backend").Strategy = env.Canary
		objs := synthEnv(t, e)

		var ns struct {
			Metadata struct{ Labels map[string]string }
		}
		objs.DecodePart(t, "Namespace", "screenshot-algo", &ns)
		assert.Equal(t, "enabled", ns.Metadata.Labels["istio-injection"])

		var pa struct {
			Spec struct{ Mtls struct{ Mode string } }
		}
		objs.DecodePart(t, "PeerAuthentication", "screenshot-algo", &pa)
		assert.Equal(t, "STRICT", pa.Spec.Mtls.Mode)

		// Every Service of the mesh has a DestinationRule; the RDS ExternalName has none.
		rules := map[string]bool{}
		for _, o := range objs.Of("DestinationRule") {
			var dr struct {
				Spec struct {
					Host          string
					TrafficPolicy struct{ TLS struct{ Mode string } }
				}
			}
			objs.DecodePart(t, "DestinationRule", o.Name, &dr)
			assert.Equal(t, "ISTIO_MUTUAL", dr.Spec.TrafficPolicy.TLS.Mode)
			rules[dr.Spec.Host] = true
		}
		for _, o := range objs.Of("Service") {
			host := o.Name + ".screenshot-algo.svc.cluster.local"
			assert.Equal(t, o.Name != "screenshot-algo-postgres", rules[host], "DestinationRule for %s", o.Name)
		}

		var rollout struct {
			Spec struct {
				Strategy struct {
					Canary struct {
						TrafficRouting map[string]any
					}
				}
			}
		}
		objs.DecodePart(t, "Rollout", "screenshot-algo-backend", &rollout)
		routing := rollout.Spec.Strategy.Canary.TrafficRouting
		assert.Contains(t, routing, "istio")
		assert.NotContains(t, routing, "nginx", "the mesh routes the canary instead of nginx")

		var vs struct {
			Spec struct {
				Hosts []string
				HTTP  []struct {
					Name  string
					Route []struct{ Weight int }
				} `json:"http"`
			}
		}
		objs.DecodePart(t, "VirtualService", "screenshot-algo-backend", &vs)
		require.Len(t, vs.Spec.HTTP, 1)
		assert.Equal(t, "primary", vs.Spec.HTTP[0].Name)
		assert.Len(t, vs.Spec.HTTP[0].Route, 2, "stable and canary")
	})
}
