package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// Peer is the other end of an allowed flow. Set exactly one of Pods, Namespace or CIDR.
type Peer struct {
	// Pods selects pods of this namespace by their labels.
	Pods map[string]string
	// Namespace selects every pod of the named namespace.
	Namespace string
	// CIDR selects addresses outside the cluster, minus Except.
	CIDR   string
	Except []string
}

// Port is a destination port.
type Port struct {
	// Number is the port number; Name a named container port (for in-cluster peers). Prefer
	// numbers: some policy engines (the EKS VPC CNI's agent among them) have mishandled names.
	Number int32
	Name   string
	// Protocol is "TCP" (the zero value) or "UDP".
	Protocol string
}

// Flow is traffic allowed to or from one peer, on some ports (none means every port).
type Flow struct {
	Peer  Peer
	Ports []Port
}

// NetworkPolicyProps describe which traffic the selected pods may receive and send.
type NetworkPolicyProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the policy. Required.
	Namespace string
	// Name is the policy's short name; the policy is ObjectName(PartOf, Name). Required.
	Name string
	// Selector picks the pods the policy covers; empty means every pod of the namespace.
	Selector map[string]string
	// Ingress and Egress are the allowed flows. A direction with no flows is denied outright:
	// both policy types are always declared.
	Ingress []Flow
	Egress  []Flow
	// ForPodsOfOthers says the selected pods are started by another controller at run time
	// (cert-manager's ACME solvers), never by a workload of the output: kube-score's check that
	// a policy selects some workload's pods cannot apply, and is skipped on this policy alone.
	ForPodsOfOthers bool
}

// NewNetworkPolicy builds one NetworkPolicy. Policies only ever add allowed traffic, so a
// default-deny policy (no flows) plus one policy per tier describes the whole allowed graph.
func NewNetworkPolicy(scope constructs.Construct, id string, props NetworkPolicyProps) k8s.KubeNetworkPolicy {
	spec := &k8s.NetworkPolicySpec{
		PodSelector: &k8s.LabelSelector{},
		PolicyTypes: jsii.Strings("Ingress", "Egress"),
	}
	if len(props.Selector) > 0 {
		spec.PodSelector.MatchLabels = StringMap(props.Selector)
	}
	if len(props.Ingress) > 0 {
		rules := make([]*k8s.NetworkPolicyIngressRule, 0, len(props.Ingress))
		for _, f := range props.Ingress {
			rules = append(rules, &k8s.NetworkPolicyIngressRule{From: &[]*k8s.NetworkPolicyPeer{f.Peer.render()}, Ports: renderPorts(f.Ports)})
		}
		spec.Ingress = &rules
	}
	if len(props.Egress) > 0 {
		rules := make([]*k8s.NetworkPolicyEgressRule, 0, len(props.Egress))
		for _, f := range props.Egress {
			rules = append(rules, &k8s.NetworkPolicyEgressRule{To: &[]*k8s.NetworkPolicyPeer{f.Peer.render()}, Ports: renderPorts(f.Ports)})
		}
		spec.Egress = &rules
	}
	meta := Identity{PartOf: props.PartOf, Name: props.Name, Component: "network-policy"}.Meta(ObjectName(props.PartOf, props.Name), props.Namespace)
	if props.ForPodsOfOthers {
		meta.Annotations = StringMap(map[string]string{"kube-score/ignore": "networkpolicy-targets-pod"})
	}
	return k8s.NewKubeNetworkPolicy(scope, jsii.String(id), &k8s.KubeNetworkPolicyProps{Metadata: meta, Spec: spec})
}

func (p Peer) render() *k8s.NetworkPolicyPeer {
	switch {
	case p.CIDR != "":
		block := &k8s.IpBlock{Cidr: jsii.String(p.CIDR)}
		if len(p.Except) > 0 {
			block.Except = jsii.Strings(p.Except...)
		}
		return &k8s.NetworkPolicyPeer{IpBlock: block}
	case p.Namespace != "":
		// kubernetes.io/metadata.name is set by the API server on every namespace and cannot be
		// forged, unlike a label an operator chose.
		return &k8s.NetworkPolicyPeer{NamespaceSelector: &k8s.LabelSelector{
			MatchLabels: StringMap(map[string]string{"kubernetes.io/metadata.name": p.Namespace}),
		}}
	default:
		return &k8s.NetworkPolicyPeer{PodSelector: &k8s.LabelSelector{MatchLabels: StringMap(p.Pods)}}
	}
}

func renderPorts(ports []Port) *[]*k8s.NetworkPolicyPort {
	if len(ports) == 0 {
		return nil
	}
	out := make([]*k8s.NetworkPolicyPort, 0, len(ports))
	for _, p := range ports {
		protocol := cmp.Or(p.Protocol, "TCP")
		port := intOrNumber(p.Number)
		if p.Name != "" {
			port = intOrString(p.Name)
		}
		out = append(out, &k8s.NetworkPolicyPort{Port: port, Protocol: jsii.String(protocol)})
	}
	return &out
}
