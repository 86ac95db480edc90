package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// newMesh adds what the Istio mesh needs: STRICT mutual TLS for the namespace, with each tier's
// metrics port open to Prometheus's plaintext scrapes (Prometheus is outside the mesh), a
// DestinationRule for each Service of the mesh (the postgres ExternalName is RDS, outside it),
// and for each tier a Rollout releases the VirtualService that Argo Rollouts reweights when the
// release is a canary.
func newMesh(scope constructs.Construct, e env.Environment, redis *c.Redis) {
	ns := e.Namespace
	c.NewPeerAuthentication(scope, "MeshMTLS", c.PeerAuthenticationProps{Namespace: ns})
	rule := func(ident c.Identity, service string) {
		c.NewDestinationRule(scope, "DestinationRule-"+service, c.DestinationRuleProps{Namespace: ns, Identity: ident, Service: service})
	}
	rule(redis.Identity, redis.Name)
	for _, t := range e.Tiers {
		ident := tierIdentity(e, t)
		name := c.ObjectName(t.Name)
		if t.Exposed {
			rule(ident, name)
		}
		if t.MetricsPath != "" {
			rule(ident, c.MetricsServiceName(t.Name))
			c.NewPeerAuthentication(scope, tierID(t)+"-MTLS", c.PeerAuthenticationProps{
				Namespace: ns, Identity: &ident, PermissivePorts: []int32{t.MetricsPort},
			})
		}
		if e.UsesRollout(t) {
			rule(ident, c.PreviewServiceName(t.Name))
			c.NewVirtualService(scope, tierID(t)+"-VirtualService", c.VirtualServiceProps{
				Namespace: ns, Identity: ident, StableService: name, CanaryService: c.PreviewServiceName(t.Name), Port: 80,
			})
		}
	}
}
