package guardrails

import (
	"fmt"
	"net"
	"sort"
	"strings"

	networkingv1 "k8s.io/api/networking/v1"

	"github.com/screenshot-algo/k8s/env"
)

// Endpoints of the traffic graph that are not workloads of the namespace.
const (
	postgres     = "postgres"
	internet     = "internet"
	nodeLocalDNS = "node-local-dns"
)

func namespaceEndpoint(ns string) string { return "namespace/" + ns }

// network: the NetworkPolicies allow exactly the declared traffic. Declared: each tier's Connects,
// the ingress controller to public tiers, Prometheus to tiers with metrics, and DNS for every
// workload. A connection counts as
// allowed only when the sender may send it and the receiver may receive it.
func (m *model) network() {
	declared := m.declaredEdges()
	allowed := m.allowedEdges()
	for _, e := range sortedKeys(declared) {
		if !allowed[e] {
			m.fail(RuleNetwork, "%s is declared but no NetworkPolicy allows it", e)
		}
	}
	for _, e := range sortedKeys(allowed) {
		if !declared[e] {
			m.fail(RuleNetwork, "NetworkPolicies allow %s, which no tier declares", e)
		}
	}
}

type edge struct{ from, to string }

func (e edge) String() string { return e.from + " -> " + e.to }

func sortedKeys(set map[edge]bool) []edge {
	out := make([]edge, 0, len(set))
	for e := range set {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

func (m *model) declaredEdges() map[edge]bool {
	e := m.e
	out := map[edge]bool{}
	for _, w := range m.workloads {
		out[edge{w.name, namespaceEndpoint(e.Network.DNSNamespace)}] = true
		if e.Network.NodeLocalDNS != "" {
			out[edge{w.name, nodeLocalDNS}] = true
		}
		if e.Mesh.Istio {
			out[edge{w.name, namespaceEndpoint(e.Mesh.ControlPlaneNamespace)}] = true
		}
	}
	// Prometheus scrapes Redis's exporter, which runs in Redis's pod.
	out[edge{namespaceEndpoint(e.Monitoring.Namespace), env.ObjectName(env.Redis)}] = true
	for _, t := range e.Tiers {
		from := env.ObjectName(t.Name)
		if t.IngressPath != "" {
			for _, f := range e.FrontDoors() {
				out[edge{namespaceEndpoint(f.Namespace), from}] = true
			}
		}
		if t.MetricsPath != "" {
			out[edge{namespaceEndpoint(e.Monitoring.Namespace), from}] = true
		}
		for _, dep := range t.Connects {
			switch dep {
			case env.Postgres:
				out[edge{from, postgres}] = true
			case env.Internet:
				// On every family the cluster has: one left out is the web silently closed.
				for _, f := range e.Network.IPFamilies {
					out[edge{from, internetOver(f)}] = true
				}
			default: // another tier, or Redis: both are workloads named for them
				out[edge{from, env.ObjectName(dep)}] = true
			}
		}
	}
	return out
}

// allowedEdges evaluates the policies between every pair of endpoints.
func (m *model) allowedEdges() map[edge]bool {
	out := map[edge]bool{}
	for _, src := range m.workloads {
		egress := m.rules(src, networkingv1.PolicyTypeEgress)
		for _, dst := range m.workloads {
			if src.name == dst.name {
				continue
			}
			if peersAllow(egress, func(p networkingv1.NetworkPolicyPeer) bool { return podPeer(p, dst.template.Labels) }) &&
				peersAllow(m.rules(dst, networkingv1.PolicyTypeIngress), func(p networkingv1.NetworkPolicyPeer) bool { return podPeer(p, src.template.Labels) }) {
				out[edge{src.name, dst.name}] = true
			}
		}
		for _, r := range egress {
			for _, p := range r.peers {
				switch {
				case p.NamespaceSelector != nil && p.PodSelector == nil:
					out[edge{src.name, namespaceEndpoint(p.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])}] = true
				case p.IPBlock != nil:
					out[edge{src.name, m.classifyBlock(src.name, *p.IPBlock, r.ports)}] = true
				}
			}
		}
		for _, r := range m.rules(src, networkingv1.PolicyTypeIngress) {
			for _, p := range r.peers {
				if p.NamespaceSelector != nil && p.PodSelector == nil {
					out[edge{namespaceEndpoint(p.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]), src.name}] = true
				}
			}
		}
	}
	return out
}

// internetOver names the internet of one address family, as an endpoint.
func internetOver(f env.IPFamily) string { return internet + " (" + string(f) + ")" }

// classifyBlock names an address block a workload may send to: the database's range on its port,
// or the internet of one family, which must except the cloud's forbidden addresses of that
// family (its metadata and host addresses). Anything else is reported as its CIDR, which no tier
// can declare.
func (m *model) classifyBlock(from string, b networkingv1.IPBlock, ports []networkingv1.NetworkPolicyPort) string {
	_, block, err := net.ParseCIDR(b.CIDR)
	if err != nil {
		return b.CIDR
	}
	if ones, _ := block.Mask.Size(); ones == 0 {
		family := env.IPv6
		if block.IP.To4() != nil {
			family = env.IPv4
		}
		profile := m.e.Profile()
		for _, forbidden := range profile.ForbiddenIn(family) {
			if !env.Covered(b.Except, forbidden) {
				m.fail(RuleNetwork, "%s may reach %s, a metadata or host address of %s: its internet egress must except it", from, forbidden, profile.Kubernetes)
			}
		}
		for _, own := range m.e.OwnAddresses(family) {
			if !env.Covered(b.Except, own) {
				m.fail(RuleInternetFence, "%s may reach %s, the cluster network's own or NAT64's (env.OwnAddresses): its internet egress must except it", from, own)
			}
		}
		return internetOver(family)
	}
	if ones, bits := block.Mask.Size(); ones == bits && m.e.Network.NodeLocalDNS != "" && block.IP.Equal(net.ParseIP(m.e.Network.NodeLocalDNS)) && allPorts(ports, 53) {
		return nodeLocalDNS
	}
	_, db, err := net.ParseCIDR(m.e.On().DatabaseCIDR)
	if err == nil && block.Contains(db.IP) && onlyPort(ports, m.e.Database.Port) {
		return postgres
	}
	return fmt.Sprintf("%s (ports %s)", b.CIDR, describePorts(ports))
}

// allPorts reports whether ports name port and nothing else, on any protocol.
func allPorts(ports []networkingv1.NetworkPolicyPort, port int32) bool {
	for _, p := range ports {
		if p.Port == nil || p.Port.IntVal != port {
			return false
		}
	}
	return len(ports) > 0
}

func onlyPort(ports []networkingv1.NetworkPolicyPort, port int32) bool {
	return len(ports) == 1 && ports[0].Port != nil && ports[0].Port.IntVal == port
}

func describePorts(ports []networkingv1.NetworkPolicyPort) string {
	if len(ports) == 0 {
		return "all"
	}
	var out []string
	for _, p := range ports {
		if p.Port != nil {
			out = append(out, p.Port.String())
		}
	}
	return strings.Join(out, ",")
}

// rule is one ingress or egress rule of a policy: its peers and ports.
type rule struct {
	peers []networkingv1.NetworkPolicyPeer
	ports []networkingv1.NetworkPolicyPort
}

// rules returns the rules of one direction from every policy that selects the workload's pods.
func (m *model) rules(w workload, direction networkingv1.PolicyType) []rule {
	var out []rule
	for _, p := range m.policies {
		sel := p.Spec.PodSelector.MatchLabels
		if len(sel) > 0 && !matches(sel, w.template.Labels) {
			continue
		}
		if direction == networkingv1.PolicyTypeEgress {
			for _, r := range p.Spec.Egress {
				out = append(out, rule{r.To, r.Ports})
			}
		} else {
			for _, r := range p.Spec.Ingress {
				out = append(out, rule{r.From, r.Ports})
			}
		}
	}
	return out
}

// peersAllow reports whether any rule lets a peer through; a rule without peers allows all.
func peersAllow(rules []rule, ok func(networkingv1.NetworkPolicyPeer) bool) bool {
	for _, r := range rules {
		if len(r.peers) == 0 {
			return true
		}
		for _, p := range r.peers {
			if ok(p) {
				return true
			}
		}
	}
	return false
}

// podPeer reports whether a peer is pods of this namespace that include ones with these labels.
func podPeer(p networkingv1.NetworkPolicyPeer, labels map[string]string) bool {
	if p.PodSelector == nil || p.NamespaceSelector != nil || p.IPBlock != nil {
		return false
	}
	return len(p.PodSelector.MatchLabels) == 0 || matches(p.PodSelector.MatchLabels, labels)
}
