// Package graph draws an environment's topology as a Mermaid flowchart, from its synthesized
// objects alone: who reaches the app through which Gateway route or Ingress, which Service selects which
// workload, and every connection the NetworkPolicies allow, with its ports. Being read off the
// output, it cannot drift from what is deployed.
package graph

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	"k8s.io/apimachinery/pkg/labels"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// workload is a Deployment, Rollout or StatefulSet: its pods' labels.
type workload struct {
	kind, name string
	labels     map[string]string
}

// objects are the kinds the graph is drawn from.
type objects struct {
	workloads []workload
	services  []corev1.Service
	ingresses []networkingv1.Ingress
	routes    []httpRoute
	weighted  []traefikService
	policies  []networkingv1.NetworkPolicy
}

// httpRoute is what the graph draws of a Gateway API HTTPRoute.
type httpRoute struct {
	Metadata struct{ Name string }
	Spec     struct {
		ParentRefs []struct{ Name string }
		Hostnames  []string
		Rules      []struct {
			Matches []struct {
				Path *struct{ Value string }
			}
			BackendRefs []struct{ Kind, Name string }
		}
	}
}

// traefikService is what the graph draws of a weighted TraefikService.
type traefikService struct {
	Metadata struct{ Name string }
	Spec     struct {
		Weighted *struct {
			Services []struct {
				Name   string
				Weight *int
			}
		}
	}
}

// decode reads a multi-document YAML bundle, keeping the kinds the graph needs.
func decode(bundle []byte) (objects, error) {
	var objs objects
	d := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(bundle), 4096)
	for {
		var raw map[string]any
		if err := d.Decode(&raw); errors.Is(err, io.EOF) {
			return objs, nil
		} else if err != nil {
			return objs, err
		}
		if raw == nil {
			continue
		}
		b, err := yaml.Marshal(raw)
		if err != nil {
			return objs, err
		}
		switch raw["kind"] {
		case "Deployment", "Rollout", "StatefulSet":
			// A Rollout's pod template is a Deployment's; decode it as one.
			var d appsv1.Deployment
			if err := yaml.Unmarshal(b, &d); err != nil {
				return objs, err
			}
			objs.workloads = append(objs.workloads, workload{kind: raw["kind"].(string), name: d.Name, labels: d.Spec.Template.Labels})
		case "Service":
			var s corev1.Service
			err = yaml.Unmarshal(b, &s)
			objs.services = append(objs.services, s)
		case "Ingress":
			var i networkingv1.Ingress
			err = yaml.Unmarshal(b, &i)
			objs.ingresses = append(objs.ingresses, i)
		case "HTTPRoute":
			var r httpRoute
			err = yaml.Unmarshal(b, &r)
			objs.routes = append(objs.routes, r)
		case "TraefikService":
			var t traefikService
			err = yaml.Unmarshal(b, &t)
			objs.weighted = append(objs.weighted, t)
		case "NetworkPolicy":
			var p networkingv1.NetworkPolicy
			err = yaml.Unmarshal(b, &p)
			objs.policies = append(objs.policies, p)
		}
		if err != nil {
			return objs, err
		}
	}
}

// chart collects nodes and edges, each once, in the order first drawn. A node is declared
// with its shape and label where an edge first uses it, which keeps the chart short.
type chart struct {
	shapes   map[string]string // node id -> its declaration, e.g. id["label"]
	declared map[string]bool
	edges    []edge
}

// edge is one arrow between two nodes.
type edge struct{ from, arrow, to string }

// node records how the node with this id is drawn; its first edge declares it.
func (c *chart) node(id, shape string) {
	if c.shapes == nil {
		c.shapes, c.declared = map[string]string{}, map[string]bool{}
	}
	c.shapes[id] = shape
}

// ref is the node id as an edge writes it: its declaration the first time.
func (c *chart) ref(id string) string {
	if c.declared[id] || c.shapes[id] == "" {
		return id
	}
	c.declared[id] = true
	return c.shapes[id]
}

// edge draws from -> to with an arrow such as "-->" or `-->|"label"|`.
func (c *chart) edge(from, arrow, to string) {
	e := edge{from, arrow, to}
	if !slices.Contains(c.edges, e) {
		c.edges = append(c.edges, e)
	}
}

var unsafe = regexp.MustCompile(`[^A-Za-z0-9]+`)

// id is a Mermaid node id for a kind and name.
func id(kind, name string) string {
	return strings.ToLower(kind) + "_" + unsafe.ReplaceAllString(name, "_")
}

// Mermaid returns the flowchart of the objects in a bundle, as `go run . graph ENV` prints it.
func Mermaid(bundle []byte) (string, error) {
	objs, err := decode(bundle)
	if err != nil {
		return "", err
	}
	var c chart
	for _, w := range objs.workloads {
		c.node(id("workload", w.name), fmt.Sprintf(`%s["%s<br/><i>%s</i>"]`, id("workload", w.name), w.name, w.kind))
	}
	// Users reach Services through Ingress routes; Services select workloads.
	for _, ing := range objs.ingresses {
		for _, rule := range ing.Spec.Rules {
			if rule.HTTP == nil {
				continue
			}
			for _, p := range rule.HTTP.Paths {
				if p.Backend.Service == nil {
					continue
				}
				c.node("users", `users(("users"))`)
				c.node(id("ingress", ing.Name), fmt.Sprintf(`%s{{"Ingress %s"}}`, id("ingress", ing.Name), ing.Name))
				c.edge("users", fmt.Sprintf(`-->|"%s%s"|`, rule.Host, p.Path), id("ingress", ing.Name))
				c.edge(id("ingress", ing.Name), "-->", id("service", p.Backend.Service.Name))
			}
		}
	}
	// Through Gateway API, users reach a Gateway, whose routes send to Services or to a
	// TraefikService that weighs a canary's two Services.
	for _, r := range objs.routes {
		for _, rule := range r.Spec.Rules {
			for _, backend := range rule.BackendRefs {
				for _, parent := range r.Spec.ParentRefs {
					c.node("users", `users(("users"))`)
					c.node(id("gateway", parent.Name), fmt.Sprintf(`%s{{"Gateway %s"}}`, id("gateway", parent.Name), parent.Name))
					c.edge("users", "-->", id("gateway", parent.Name))
					to := id("service", backend.Name)
					if backend.Kind == "TraefikService" {
						to = id("traefikservice", backend.Name)
					}
					path := "/"
					if len(rule.Matches) > 0 && rule.Matches[0].Path != nil {
						path = rule.Matches[0].Path.Value
					}
					c.edge(id("gateway", parent.Name), fmt.Sprintf(`-->|"%s%s"|`, strings.Join(r.Spec.Hostnames, ","), path), to)
				}
			}
		}
	}
	for _, t := range objs.weighted {
		if t.Spec.Weighted == nil {
			continue
		}
		c.node(id("traefikservice", t.Metadata.Name), fmt.Sprintf(`%s[/"TraefikService %s"/]`, id("traefikservice", t.Metadata.Name), t.Metadata.Name))
		for _, svc := range t.Spec.Weighted.Services {
			weight := "weighted"
			if svc.Weight != nil {
				weight = fmt.Sprintf("weight %d", *svc.Weight)
			}
			c.edge(id("traefikservice", t.Metadata.Name), fmt.Sprintf(`-->|"%s"|`, weight), id("service", svc.Name))
		}
	}
	for _, s := range objs.services {
		if s.Spec.Type == corev1.ServiceTypeExternalName {
			continue // drawn with the database, below
		}
		c.node(id("service", s.Name), fmt.Sprintf(`%s(["Service %s"])`, id("service", s.Name), s.Name))
		for _, w := range matching(objs.workloads, s.Spec.Selector) {
			c.edge(id("service", s.Name), "-.->", id("workload", w.name))
		}
	}
	// Every connection the policies allow: egress from the pods they select, and ingress from
	// outside the namespace (ingress between the app's own pods repeats an egress rule).
	for _, p := range objs.policies {
		from := matching(objs.workloads, p.Spec.PodSelector.MatchLabels)
		fromIDs := make([]string, 0, len(from))
		for _, w := range from {
			fromIDs = append(fromIDs, id("workload", w.name))
		}
		switch sel := p.Spec.PodSelector.MatchLabels; {
		case len(sel) == 0 && len(p.Spec.PodSelector.MatchExpressions) == 0:
			c.node("allpods", `allpods["every pod"]`)
			fromIDs = []string{"allpods"}
		case len(from) == 0:
			// Pods that no workload of the output runs, such as the ones cert-manager starts
			// to answer ACME challenges: drawn by their labels.
			n := id("pods", labels.Set(sel).String())
			c.node(n, fmt.Sprintf(`%s["pods labelled %s"]`, n, labels.Set(sel).String()))
			fromIDs = []string{n}
		}
		for _, rule := range p.Spec.Egress {
			for _, peer := range rule.To {
				to := c.peer(objs, peer, rule.Ports)
				for _, f := range fromIDs {
					for _, t := range to {
						c.edge(f, fmt.Sprintf(`-->|"%s"|`, ports(rule.Ports)), t)
					}
				}
			}
		}
		for _, rule := range p.Spec.Ingress {
			for _, peer := range rule.From {
				if peer.NamespaceSelector == nil {
					continue
				}
				for _, src := range c.peer(objs, peer, rule.Ports) {
					for _, f := range fromIDs {
						c.edge(src, fmt.Sprintf(`-->|"%s"|`, ports(rule.Ports)), f)
					}
				}
			}
		}
	}
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for _, e := range c.edges {
		fmt.Fprintf(&b, "  %s %s %s\n", c.ref(e.from), e.arrow, c.ref(e.to))
	}
	for id := range c.shapes {
		if !c.declared[id] {
			return "", fmt.Errorf("graph: node %s has no edge", id)
		}
	}
	return b.String(), nil
}

// peer draws a policy's peer and returns its node ids: the app's workloads it selects, a
// namespace, the database (an address block serving an ExternalName Service's port), the
// public internet, or another address block.
func (c *chart) peer(objs objects, peer networkingv1.NetworkPolicyPeer, rulePorts []networkingv1.NetworkPolicyPort) []string {
	switch {
	case peer.NamespaceSelector != nil:
		name := peer.NamespaceSelector.MatchLabels[corev1.LabelMetadataName]
		n := id("namespace", name)
		c.node(n, fmt.Sprintf(`%s[/"namespace %s"/]`, n, name))
		return []string{n}
	case peer.PodSelector != nil:
		var ids []string
		for _, w := range matching(objs.workloads, peer.PodSelector.MatchLabels) {
			ids = append(ids, id("workload", w.name))
		}
		return ids
	case peer.IPBlock != nil:
		block := peer.IPBlock
		if db := database(objs.services, rulePorts); db != nil {
			n := id("database", db.Name)
			c.node(n, fmt.Sprintf(`%s[("database %s<br/>%s<br/>%s")]`, n, db.Name, db.Spec.ExternalName, block.CIDR))
			return []string{n}
		}
		if block.CIDR == "0.0.0.0/0" || block.CIDR == "::/0" {
			c.node("internet", fmt.Sprintf(`internet(("public internet<br/>(%d private and link-local ranges excepted)"))`, len(block.Except)))
			return []string{"internet"}
		}
		n := id("address", block.CIDR)
		c.node(n, fmt.Sprintf(`%s["%s"]`, n, block.CIDR))
		return []string{n}
	}
	return nil
}

// database is the ExternalName Service that serves one of the rule's port numbers, if any.
func database(services []corev1.Service, rulePorts []networkingv1.NetworkPolicyPort) *corev1.Service {
	for i, s := range services {
		if s.Spec.Type != corev1.ServiceTypeExternalName {
			continue
		}
		for _, sp := range s.Spec.Ports {
			for _, rp := range rulePorts {
				if rp.Port != nil && rp.Port.IntValue() == int(sp.Port) {
					return &services[i]
				}
			}
		}
	}
	return nil
}

// matching returns the workloads whose pods a selector selects; an empty selector none.
func matching(workloads []workload, selector map[string]string) []workload {
	if len(selector) == 0 {
		return nil
	}
	var out []workload
	for _, w := range workloads {
		if labels.SelectorFromSet(selector).Matches(labels.Set(w.labels)) {
			out = append(out, w)
		}
	}
	return out
}

// ports writes a rule's ports, e.g. "TCP 6379" or "TCP http, UDP 53"; "any port" when none.
func ports(ps []networkingv1.NetworkPolicyPort) string {
	if len(ps) == 0 {
		return "any port"
	}
	var out []string
	for _, p := range ps {
		proto := corev1.ProtocolTCP
		if p.Protocol != nil {
			proto = *p.Protocol
		}
		port := "all"
		if p.Port != nil {
			port = p.Port.String()
		}
		out = append(out, string(proto)+" "+port)
	}
	return strings.Join(out, ", ")
}
