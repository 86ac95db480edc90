package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// newMesh adds what the Istio mesh needs beyond what each tier builds for itself (see
// WorkloadProps.Mesh): STRICT mutual TLS for the namespace, and Redis's DestinationRules and
// its exporter's plaintext port. The
// postgres ExternalName is RDS, outside the mesh.
func newMesh(scope constructs.Construct, e env.Environment, redis *c.Redis) {
	c.NewPeerAuthentication(scope, "MeshMTLS", c.PeerAuthenticationProps{PartOf: env.App, Namespace: e.Namespace})
	c.NewDestinationRule(scope, "DestinationRule-"+redis.Name, c.DestinationRuleProps{Namespace: e.Namespace, Identity: redis.Identity, Service: redis.Name})
	if redis.MetricsService != "" {
		// Redis's exporter, as a tier's metrics port: Prometheus, outside the mesh, scrapes it
		// in plaintext.
		c.NewDestinationRule(scope, "DestinationRule-"+redis.MetricsService, c.DestinationRuleProps{Namespace: e.Namespace, Identity: redis.Identity, Service: redis.MetricsService})
		c.NewPeerAuthentication(scope, "MTLS-"+redis.Name, c.PeerAuthenticationProps{
			Namespace: e.Namespace, Identity: &redis.Identity, PermissivePorts: []int32{c.RedisExporterPort},
		})
	}
}
