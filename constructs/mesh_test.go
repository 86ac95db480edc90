package constructs_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/constructs/constructstest"
)

// TestMeshConstructs covers the optional Istio objects, each built alone.
func TestMeshConstructs(t *testing.T) {
	ident := c.Identity{PartOf: app, Name: "backend"}
	cases := []struct {
		name  string
		build func(s constructs.Construct)
		check func(t *testing.T, objs constructstest.Objects)
	}{
		{"PeerAuthentication enforces STRICT mutual TLS for the namespace", func(s constructs.Construct) {
			c.NewPeerAuthentication(s, "pa", c.PeerAuthenticationProps{PartOf: app, Namespace: "ns"})
		}, func(t *testing.T, objs constructstest.Objects) {
			var pa struct {
				APIVersion string
				Spec       struct {
					Selector map[string]any
					Mtls     struct{ Mode string }
				}
			}
			objs.DecodePart(t, "PeerAuthentication", "screenshot-algo", &pa)
			assert.Equal(t, "security.istio.io/v1", pa.APIVersion)
			assert.Equal(t, "STRICT", pa.Spec.Mtls.Mode)
			assert.Nil(t, pa.Spec.Selector, "namespace-wide")
		}},
		{"DestinationRule makes clients use Istio's mTLS towards the Service", func(s constructs.Construct) {
			c.NewDestinationRule(s, "dr", c.DestinationRuleProps{Namespace: "ns", Identity: ident, Service: "screenshot-algo-backend"})
		}, func(t *testing.T, objs constructstest.Objects) {
			var dr struct {
				Spec struct {
					Host          string
					TrafficPolicy struct{ TLS struct{ Mode string } }
				}
			}
			objs.DecodePart(t, "DestinationRule", "screenshot-algo-backend", &dr)
			assert.Equal(t, "screenshot-algo-backend.ns.svc.cluster.local", dr.Spec.Host)
			assert.Equal(t, "ISTIO_MUTUAL", dr.Spec.TrafficPolicy.TLS.Mode)
		}},
		{"VirtualService sends everything to stable until a canary reweights it", func(s constructs.Construct) {
			c.NewVirtualService(s, "vs", c.VirtualServiceProps{Namespace: "ns", Identity: ident, StableService: "api", CanaryService: "api-canary", Port: 80})
		}, func(t *testing.T, objs constructstest.Objects) {
			var vs struct {
				Spec struct {
					Hosts []string
					HTTP  []struct {
						Name  string
						Route []struct {
							Destination struct {
								Host string
								Port struct{ Number int }
							}
							Weight int
						}
					} `json:"http"`
				}
			}
			objs.DecodePart(t, "VirtualService", "screenshot-algo-backend", &vs)
			assert.Equal(t, []string{"api.ns.svc.cluster.local"}, vs.Spec.Hosts)
			require.Len(t, vs.Spec.HTTP, 1)
			assert.Equal(t, c.CanaryRoute, vs.Spec.HTTP[0].Name)
			require.Len(t, vs.Spec.HTTP[0].Route, 2)
			assert.Equal(t, 100, vs.Spec.HTTP[0].Route[0].Weight)
			assert.Equal(t, "api-canary.ns.svc.cluster.local", vs.Spec.HTTP[0].Route[1].Destination.Host)
			assert.Equal(t, 0, vs.Spec.HTTP[0].Route[1].Weight)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.check(t, constructstest.Synth(t, tc.build))
		})
	}
}
