package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// privateRanges are, per address family, what a tier with Internet access may still not reach
// besides its cloud's forbidden addresses: link-local, private networks (RFC 1918, IPv6 unique
// local), carrier-grade NAT and loopback. A screenshot of an attacker's URL must not become a
// request into the VPC. (IPv4-mapped IPv6, ::ffff:0:0/96, is refused by the API server in a
// policy, and pods never route it.)
var privateRanges = map[env.IPFamily][]string{
	env.IPv4: {"169.254.0.0/16", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8"},
	env.IPv6: {"fe80::/10", "fc00::/7", "::1/128"},
}

// everywhere is each family's whole address space.
var everywhere = map[env.IPFamily]string{env.IPv4: "0.0.0.0/0", env.IPv6: "::/0"}

// internet is web access (ports 80 and 443) on each of the cluster's address families, with the
// cloud's forbidden addresses listed first, on their own, so that no edit of the ranges can drop
// them; then the private ranges; then the cluster network's own ranges and NAT64's
// (env.OwnAddresses) that no private range covers, such as the VPC's global IPv6 /56.
func internet(e env.Environment) []c.Flow {
	var flows []c.Flow
	for _, f := range e.Network.IPFamilies {
		except := append(e.Profile().ForbiddenIn(f), privateRanges[f]...)
		for _, own := range e.OwnAddresses(f) {
			if !env.Covered(except, own) {
				except = append(except, own)
			}
		}
		flows = append(flows, c.Flow{Peer: c.Peer{CIDR: everywhere[f], Except: except}, Ports: []c.Port{{Number: 80}, {Number: 443}}})
	}
	return flows
}

// newNetworkPolicies denies all traffic in the namespace, then allows exactly what the tiers
// declare in Connects, what the front door sends to public tiers and to cert-manager's ACME
// solvers, Prometheus's scrapes of tiers with metrics, and DNS. Ports are numbers, each the
// container's, which every Service in front of it listens on too: the EKS VPC CNI's policy agent
// filters before the Service's translation and has mishandled named ports.
func newNetworkPolicies(scope constructs.Construct, e env.Environment, redis c.Identity) {
	ns := e.Namespace
	c.NewNetworkPolicy(scope, "DefaultDeny", c.NetworkPolicyProps{PartOf: env.App, Namespace: ns, Name: "default-deny"})
	dnsPorts := []c.Port{{Number: 53, Protocol: "UDP"}, {Number: 53, Protocol: "TCP"}}
	dns := []c.Flow{{Peer: c.Peer{Namespace: e.Network.DNSNamespace}, Ports: dnsPorts}}
	if e.Network.NodeLocalDNS != "" {
		dns = append(dns, c.Flow{Peer: c.Peer{CIDR: e.Network.NodeLocalDNS + "/32"}, Ports: dnsPorts})
	}
	c.NewNetworkPolicy(scope, "AllowDNS", c.NetworkPolicyProps{PartOf: env.App, Namespace: ns, Name: "allow-dns", Egress: dns})
	if e.Mesh.Istio {
		// Sidecars fetch their configuration and certificates from istiod.
		c.NewNetworkPolicy(scope, "AllowMesh", c.NetworkPolicyProps{PartOf: env.App, Namespace: ns, Name: "allow-istiod",
			Egress: []c.Flow{{Peer: c.Peer{Namespace: e.Mesh.ControlPlaneNamespace}, Ports: []c.Port{{Number: 15012}}}}})
	}

	byName := map[string]env.Tier{}
	for _, t := range e.Tiers {
		byName[t.Name] = t
	}
	var redisClients []c.Flow
	for _, t := range e.Tiers {
		self := tierIdentity(e, t)
		var ingress, egress []c.Flow
		if t.IngressPath != "" {
			for _, f := range e.FrontDoors() {
				ingress = append(ingress, c.Flow{Peer: c.Peer{Namespace: f.Namespace}, Ports: []c.Port{{Number: t.Port}}})
			}
		}
		if t.MetricsPath != "" {
			ingress = append(ingress, c.Flow{Peer: c.Peer{Namespace: e.Monitoring.Namespace}, Ports: []c.Port{{Number: t.MetricsPort}}})
		}
		for _, client := range e.Tiers {
			if client.ConnectsTo(t.Name) {
				ingress = append(ingress, c.Flow{Peer: c.Peer{Pods: tierIdentity(e, client).SelectorLabels()}, Ports: []c.Port{{Number: t.Port}}})
			}
		}
		for _, dep := range t.Connects {
			switch dep {
			case env.Redis:
				egress = append(egress, c.Flow{Peer: c.Peer{Pods: redis.SelectorLabels()}, Ports: []c.Port{{Number: c.RedisPort}}})
				redisClients = append(redisClients, c.Flow{Peer: c.Peer{Pods: self.SelectorLabels()}, Ports: []c.Port{{Number: c.RedisPort}}})
			case env.Postgres:
				egress = append(egress, c.Flow{Peer: c.Peer{CIDR: e.On().DatabaseCIDR}, Ports: []c.Port{{Number: e.Database.Port}}})
			case env.Internet:
				egress = append(egress, internet(e)...)
			default:
				egress = append(egress, c.Flow{Peer: c.Peer{Pods: tierIdentity(e, byName[dep]).SelectorLabels()}, Ports: []c.Port{{Number: byName[dep].Port}}})
			}
		}
		c.NewNetworkPolicy(scope, tierID(t)+"-Network", c.NetworkPolicyProps{
			PartOf: env.App, Namespace: ns, Name: t.Name, Selector: self.SelectorLabels(), Ingress: ingress, Egress: egress,
		})
	}
	// Prometheus scrapes Redis's exporter, in Redis's pod.
	redisIngress := append(redisClients, c.Flow{Peer: c.Peer{Namespace: e.Monitoring.Namespace}, Ports: []c.Port{{Number: c.RedisExporterPort}}})
	c.NewNetworkPolicy(scope, "RedisNetwork", c.NetworkPolicyProps{
		PartOf: env.App, Namespace: ns, Name: redis.Name, Selector: redis.SelectorLabels(), Ingress: redisIngress,
	})
	if e.Ingress.ACME != nil {
		// cert-manager starts an HTTP-01 solver pod in this namespace for each challenge, and the
		// authority's request reaches it through the front door: without this, default-deny
		// drops it and the certificate is never issued nor renewed.
		c.NewNetworkPolicy(scope, "ACMESolverNetwork", c.NetworkPolicyProps{
			PartOf: env.App, Namespace: ns, Name: "acme-solver", Selector: map[string]string{env.ACMESolverLabel: "true"}, ForPodsOfOthers: true,
			Ingress: []c.Flow{{Peer: c.Peer{Namespace: e.FrontDoor().Namespace}, Ports: []c.Port{{Number: env.ACMESolverPort}}}},
		})
	}
}
