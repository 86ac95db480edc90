package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
)

// newMesh adds what the Istio mesh needs: STRICT mutual TLS for the namespace, a DestinationRule
// for each Service of the mesh (the postgres ExternalName is RDS, outside it), and for each canary
// the VirtualService that Argo Rollouts reweights.
func newMesh(scope constructs.Construct, env Environment, redis *c.Redis) {
	ns := env.Namespace
	c.NewPeerAuthentication(scope, "MeshMTLS", c.PeerAuthenticationProps{Namespace: ns})
	rule := func(ident c.Identity, service string) {
		c.NewDestinationRule(scope, "DestinationRule-"+service, c.DestinationRuleProps{Namespace: ns, Identity: ident, Service: service})
	}
	rule(redis.Identity, redis.Name)
	for _, t := range env.Tiers {
		ident := tierIdentity(env, t)
		name := c.ObjectName(t.Name)
		if t.Exposed {
			rule(ident, name)
		}
		if t.MetricsPath != "" {
			rule(ident, c.MetricsServiceName(t.Name))
		}
		if bg := blueGreen(env, t); bg != nil {
			rule(ident, bg.PreviewService)
		}
		if cn := canary(env, t); cn != nil {
			rule(ident, cn.CanaryService)
			c.NewVirtualService(scope, tierID(t)+"-VirtualService", c.VirtualServiceProps{
				Namespace: ns, Identity: ident, StableService: cn.StableService, CanaryService: cn.CanaryService, Port: 80,
			})
		}
	}
}
