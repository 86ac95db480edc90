// Package guardrails checks an environment's synthesized objects as one whole, before anything is
// written, and refuses the combinations that each object's own schema allows but a cluster turns
// into an outage: a Service that reaches no pod, an autoscaler a quota blocks, a disruption budget
// that deadlocks a node drain, a network policy that cuts a tier off from what it needs.
package guardrails

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	schedulingv1 "k8s.io/api/scheduling/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// Rule names, as they appear in messages.
const (
	RuleSelectors       = "selector-matches-its-pods"
	RuleServicePorts    = "service-port-exists"
	RuleAutoscaling     = "autoscaler-bounds"
	RuleDisruption      = "budget-allows-disruption"
	RuleQuota           = "quota-admits-peak"
	RuleNetwork         = "network-matches-dependencies"
	RuleResources       = "container-resources"
	RuleLiteralSecrets  = "no-literal-secrets"
	RuleRedisMemory     = "redis-memory-capped"
	RuleGracefulStop    = "graceful-stop"
	RuleIngressMetrics  = "no-public-metrics"
	RuleTLSCertificates = "one-certificate-per-tls-secret"
	RulePreviewInternal = "preview-on-internal-entry-point"
	RuleScaleUp         = "autoscaled-pods-get-nodes"
	RulePortsMatch      = "service-port-is-container-port"
	RulePolicyPorts     = "policy-ports-numeric"
	RuleInternetFence   = "internet-excludes-own-network"
)

// Violation is one broken rule.
type Violation struct {
	Rule, Env, Message string
}

func (v Violation) String() string {
	return fmt.Sprintf("%s: guardrail %s: %s", v.Env, v.Rule, v.Message)
}

// Violations are every broken rule of a check. It is an error when not empty.
type Violations []Violation

func (vs Violations) Error() string {
	lines := make([]string, len(vs))
	for i, v := range vs {
		lines[i] = v.String()
	}
	return strings.Join(lines, "\n")
}

// workload is a Deployment, StatefulSet or Argo Rollout with what the rules need of it.
type workload struct {
	kind, name string
	template   corev1.PodTemplateSpec
	replicas   *int32
	// extraAtPeak is how many pods beyond its maximum replicas can hold quota at once, as a
	// share of that maximum ("100%") or a number.
	extraAtPeak string
	claims      []corev1.PersistentVolumeClaim
	// services are the Services a Rollout switches traffic between.
	services []string
}

// model is an environment's objects, decoded.
type model struct {
	e          env.Environment
	workloads  []workload
	services   []corev1.Service
	budgets    []policyv1.PodDisruptionBudget
	autoscaler []autoscalingv2.HorizontalPodAutoscaler
	policies   []networkingv1.NetworkPolicy
	secrets    []corev1.Secret
	quotas     []corev1.ResourceQuota
	ingresses  []networkingv1.Ingress
	gateways   []gateway
	routes     []httpRoute
	// traefikServices are the weighted TraefikServices the routes send canaries through.
	traefikServices []traefikService
	certificates    []certificate
	priorityClasses []schedulingv1.PriorityClass
	violations      Violations
}

// Check runs every rule over manifests (one JSON or YAML-as-JSON object each) and returns the
// violations, or nil.
func Check(e env.Environment, manifests [][]byte) error {
	m := &model{e: e}
	for _, raw := range manifests {
		if err := m.add(raw); err != nil {
			return err
		}
	}
	m.selectors()
	m.servicePorts()
	m.policyPorts()
	m.autoscaling()
	m.scaleUp()
	m.disruption()
	m.quota()
	m.network()
	m.resources()
	m.literalSecrets()
	m.redisMemory()
	m.gracefulStop()
	m.ingressMetrics()
	m.tlsCertificates()
	m.previewInternal()
	m.acmeSolver()
	if len(m.violations) == 0 {
		return nil
	}
	return m.violations
}

func (m *model) fail(rule, format string, args ...any) {
	m.violations = append(m.violations, Violation{Rule: rule, Env: m.e.Name, Message: fmt.Sprintf(format, args...)})
}

func (m *model) add(raw []byte) error {
	var head struct{ Kind string }
	if err := json.Unmarshal(raw, &head); err != nil {
		return err
	}
	decode := func(v any) error { return json.Unmarshal(raw, v) }
	switch head.Kind {
	case "Deployment":
		var d appsv1.Deployment
		if err := decode(&d); err != nil {
			return err
		}
		// A rolling update surges only a share of the pods, but a stopping pod keeps its quota until
		// it has exited, up to its grace period, while its replacement already runs: at worst the
		// whole old version beside the whole new one.
		m.workloads = append(m.workloads, workload{kind: "Deployment", name: d.Name, template: d.Spec.Template, replicas: d.Spec.Replicas, extraAtPeak: "100%"})
	case "Rollout":
		var r struct {
			Metadata metav1.ObjectMeta
			Spec     struct {
				Replicas *int32
				Template corev1.PodTemplateSpec
				Strategy struct {
					BlueGreen *struct{ ActiveService, PreviewService string }
					Canary    *struct{ StableService, CanaryService string }
				}
			}
		}
		if err := decode(&r); err != nil {
			return err
		}
		var services []string
		if bg := r.Spec.Strategy.BlueGreen; bg != nil {
			services = append(services, bg.ActiveService, bg.PreviewService)
		}
		if cn := r.Spec.Strategy.Canary; cn != nil {
			services = append(services, cn.StableService, cn.CanaryService)
		}
		// A release runs the new version at full size beside the old one: twice the pods.
		m.workloads = append(m.workloads, workload{kind: "Rollout", name: r.Metadata.Name, template: r.Spec.Template,
			replicas: r.Spec.Replicas, extraAtPeak: "100%", services: services})
	case "StatefulSet":
		var s appsv1.StatefulSet
		if err := decode(&s); err != nil {
			return err
		}
		m.workloads = append(m.workloads, workload{kind: "StatefulSet", name: s.Name, template: s.Spec.Template, replicas: s.Spec.Replicas, extraAtPeak: "0", claims: s.Spec.VolumeClaimTemplates})
	case "Service":
		return appendDecoded(decode, &m.services)
	case "PodDisruptionBudget":
		return appendDecoded(decode, &m.budgets)
	case "HorizontalPodAutoscaler":
		return appendDecoded(decode, &m.autoscaler)
	case "NetworkPolicy":
		return appendDecoded(decode, &m.policies)
	case "Secret":
		return appendDecoded(decode, &m.secrets)
	case "ResourceQuota":
		return appendDecoded(decode, &m.quotas)
	case "Ingress":
		return appendDecoded(decode, &m.ingresses)
	case "Gateway":
		return appendDecoded(decode, &m.gateways)
	case "HTTPRoute":
		return appendDecoded(decode, &m.routes)
	case "TraefikService":
		return appendDecoded(decode, &m.traefikServices)
	case "Certificate":
		return appendDecoded(decode, &m.certificates)
	case "PriorityClass":
		return appendDecoded(decode, &m.priorityClasses)
	}
	return nil
}

func appendDecoded[T any](decode func(any) error, list *[]T) error {
	var v T
	if err := decode(&v); err != nil {
		return err
	}
	*list = append(*list, v)
	return nil
}

// matches reports whether a non-empty selector's labels are all in labels.
var matches = c.SelectorMatches

// selected returns the workloads whose pods a selector matches.
func (m *model) selected(selector map[string]string) []workload {
	var out []workload
	for _, w := range m.workloads {
		if matches(selector, w.template.Labels) {
			out = append(out, w)
		}
	}
	return out
}

func names(ws []workload) string {
	var n []string
	for _, w := range ws {
		n = append(n, w.kind+"/"+w.name)
	}
	if len(n) == 0 {
		return "no workload"
	}
	return strings.Join(n, ", ")
}

// selectors: each Service, PodDisruptionBudget and tier NetworkPolicy selects the pods of exactly
// one workload, the one it is named for: the workload's own name, or that name and a suffix
// ("-metrics", "-preview"); each autoscaler targets a workload that exists.
func (m *model) selectors() {
	check := func(kind, name string, selector map[string]string) {
		got := m.selected(selector)
		if len(got) != 1 || !namedFor(name, got[0].name) {
			m.fail(RuleSelectors, "%s %s selects %s; it must select exactly the pods of the workload it is named for", kind, name, names(got))
		}
	}
	for _, s := range m.services {
		if s.Spec.Type == corev1.ServiceTypeExternalName {
			continue
		}
		check("Service", s.Name, s.Spec.Selector)
		// A Service that routes traffic to a Rollout's pods must be one the Rollout manages, or
		// it would send users to old and new versions alike. Headless Services route nothing.
		for _, w := range m.selected(s.Spec.Selector) {
			if w.kind == "Rollout" && s.Spec.ClusterIP != corev1.ClusterIPNone && !slices.Contains(w.services, s.Name) {
				m.fail(RuleSelectors, "Service %s routes to the pods of Rollout %s, which manages only %s", s.Name, w.name, strings.Join(w.services, " and "))
			}
		}
	}
	for _, b := range m.budgets {
		check("PodDisruptionBudget", b.Name, selectorLabels(b.Spec.Selector))
	}
	for _, p := range m.policies {
		// An empty selector is a namespace-wide policy (default deny, DNS): it is meant for all.
		// The ACME solver's policy is for the pods cert-manager starts, which no workload of the
		// output runs (the acmeSolver rule checks it).
		if sel := p.Spec.PodSelector.MatchLabels; len(sel) > 0 && sel[env.ACMESolverLabel] == "" {
			check("NetworkPolicy", p.Name, sel)
		}
	}
	for _, h := range m.autoscaler {
		if m.workload(h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name) == nil {
			m.fail(RuleSelectors, "HorizontalPodAutoscaler %s targets %s %s, which does not exist", h.Name, h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name)
		}
	}
}

// namedFor reports whether an object's name is a workload's, or the workload's plus "-suffix".
func namedFor(object, workload string) bool {
	return object == workload || strings.HasPrefix(object, workload+"-")
}

func selectorLabels(s *metav1.LabelSelector) map[string]string {
	if s == nil {
		return nil
	}
	return s.MatchLabels
}

func (m *model) workload(kind, name string) *workload {
	for i, w := range m.workloads {
		if w.kind == kind && w.name == name {
			return &m.workloads[i]
		}
	}
	return nil
}

// servicePorts: every Service port targets a port its pods declare, and listens on that same
// number. The EKS VPC CNI's policy agent filters a connection before the Service's address
// translation, on the Service's port, while the NetworkPolicies name the container's: where the
// two differ, the connection is dropped.
func (m *model) servicePorts() {
	for _, s := range m.services {
		if s.Spec.Type == corev1.ServiceTypeExternalName {
			continue
		}
		for _, w := range m.selected(s.Spec.Selector) {
			for _, sp := range s.Spec.Ports {
				cp, ok := containerPort(w.template.Spec, sp.TargetPort)
				switch {
				case !ok:
					m.fail(RuleServicePorts, "Service %s port %d targets %q, which no container of %s %s declares", s.Name, sp.Port, sp.TargetPort.String(), w.kind, w.name)
				case cp.ContainerPort != sp.Port:
					m.fail(RulePortsMatch, "Service %s port %d reaches container port %d of %s %s: a policy engine that filters before the Service's translation (the EKS VPC CNI's) drops it; make the Service's port %d",
						s.Name, sp.Port, cp.ContainerPort, w.kind, w.name, cp.ContainerPort)
				}
			}
		}
	}
}

// policyPorts: every NetworkPolicy names its ports by number, which every policy engine reads
// alike; some (the EKS VPC CNI's agent among them) have mishandled named ports.
func (m *model) policyPorts() {
	for _, p := range m.policies {
		check := func(direction string, ports []networkingv1.NetworkPolicyPort) {
			for _, port := range ports {
				if port.Port != nil && port.Port.Type == intstr.String {
					m.fail(RulePolicyPorts, "NetworkPolicy %s names %s port %q: use the container's port number", p.Name, direction, port.Port.StrVal)
				}
			}
		}
		for _, r := range p.Spec.Ingress {
			check("an ingress", r.Ports)
		}
		for _, r := range p.Spec.Egress {
			check("an egress", r.Ports)
		}
	}
}

// containerPort is the container port of spec that a Service's target port reaches, by name or
// by number.
func containerPort(spec corev1.PodSpec, target intstr.IntOrString) (corev1.ContainerPort, bool) {
	for _, c := range spec.Containers {
		for _, p := range c.Ports {
			if p.Name == target.String() || (target.IntVal != 0 && p.ContainerPort == target.IntVal) {
				return p, true
			}
		}
	}
	return corev1.ContainerPort{}, false
}

// autoscaling: 1 ≤ min ≤ max, and a Deployment that states replicas states a count within them.
func (m *model) autoscaling() {
	for _, h := range m.autoscaler {
		min := int32(1)
		if h.Spec.MinReplicas != nil {
			min = *h.Spec.MinReplicas
		}
		if min < 1 || min > h.Spec.MaxReplicas {
			m.fail(RuleAutoscaling, "HorizontalPodAutoscaler %s has minReplicas %d and maxReplicas %d; it needs 1 <= min <= max", h.Name, min, h.Spec.MaxReplicas)
		}
		if w := m.workload(h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name); w != nil && w.replicas != nil && (*w.replicas < min || *w.replicas > h.Spec.MaxReplicas) {
			m.fail(RuleAutoscaling, "%s %s sets %d replicas, outside its autoscaler's %d to %d: each apply would fight the autoscaler", w.kind, w.name, *w.replicas, min, h.Spec.MaxReplicas)
		}
	}
}

// scaleUp: an autoscaled workload's pods rank at least env.ExpendablePriorityCutoff. Cluster
// Autoscaler adds no node for a pod below it, so the autoscaler would raise pods that stay
// Pending, at the moment more capacity is needed.
func (m *model) scaleUp() {
	values := map[string]int32{}
	for _, pc := range m.priorityClasses {
		values[pc.Name] = pc.Value
	}
	for _, h := range m.autoscaler {
		w := m.workload(h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name)
		if w == nil || w.template.Spec.PriorityClassName == "" {
			continue
		}
		if v, ok := values[w.template.Spec.PriorityClassName]; ok && v < env.ExpendablePriorityCutoff {
			m.fail(RuleScaleUp, "%s %s is autoscaled but its PriorityClass %s ranks %d, below Cluster Autoscaler's expendable cutoff %d: no node would ever be added for its pods",
				w.kind, w.name, w.template.Spec.PriorityClassName, v, env.ExpendablePriorityCutoff)
		}
	}
}

// minReplicas is the fewest pods a workload runs: its autoscaler's minimum, else its replicas.
func (m *model) minReplicas(w workload) int32 {
	for _, h := range m.autoscaler {
		if h.Spec.ScaleTargetRef.Name == w.name && h.Spec.ScaleTargetRef.Kind == w.kind && h.Spec.MinReplicas != nil {
			return *h.Spec.MinReplicas
		}
	}
	if w.replicas != nil {
		return *w.replicas
	}
	return 1
}

// maxReplicas is the most pods a workload runs outside a rollout.
func (m *model) maxReplicas(w workload) int32 {
	for _, h := range m.autoscaler {
		if h.Spec.ScaleTargetRef.Name == w.name && h.Spec.ScaleTargetRef.Kind == w.kind {
			return h.Spec.MaxReplicas
		}
	}
	return m.minReplicas(w)
}

// disruption: at the workload's minimum replicas, each budget still allows one eviction, or no
// node drain could ever finish.
func (m *model) disruption() {
	for _, b := range m.budgets {
		for _, w := range m.selected(selectorLabels(b.Spec.Selector)) {
			min := m.minReplicas(w)
			allowed := int32(0)
			switch {
			case b.Spec.MaxUnavailable != nil:
				allowed = int32(scaled(b.Spec.MaxUnavailable.String(), min, true))
			case b.Spec.MinAvailable != nil:
				allowed = min - int32(scaled(b.Spec.MinAvailable.String(), min, true))
			}
			if allowed < 1 {
				m.fail(RuleDisruption, "PodDisruptionBudget %s allows %d disruptions of %s %s at its minimum of %d replicas; a node drain would never finish",
					b.Name, allowed, w.kind, w.name, min)
			}
		}
	}
}

// scaled resolves an int-or-percent against a total, rounding percentages up or down.
func scaled(v string, total int32, roundUp bool) int64 {
	if p, ok := strings.CutSuffix(v, "%"); ok {
		var pct int64
		fmt.Sscan(p, &pct)
		n := int64(total) * pct
		if roundUp {
			return (n + 99) / 100
		}
		return n / 100
	}
	var n int64
	fmt.Sscan(v, &n)
	return n
}

// resources: every container states requests and limits of CPU and memory.
func (m *model) resources() {
	for _, w := range m.workloads {
		for _, c := range append(append([]corev1.Container{}, w.template.Spec.InitContainers...), w.template.Spec.Containers...) {
			var missing []string
			for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
				if _, ok := c.Resources.Requests[r]; !ok {
					missing = append(missing, "requests."+string(r))
				}
				if _, ok := c.Resources.Limits[r]; !ok {
					missing = append(missing, "limits."+string(r))
				}
			}
			if len(missing) > 0 {
				m.fail(RuleResources, "container %s of %s %s lacks %s", c.Name, w.kind, w.name, strings.Join(missing, ", "))
			}
		}
	}
}

// literalSecrets: a protected environment carries no Secret with data.
func (m *model) literalSecrets() {
	if !m.e.Secrets.Protected {
		return
	}
	for _, s := range m.secrets {
		if len(s.Data) > 0 || len(s.StringData) > 0 {
			var keys []string
			for k := range s.Data {
				keys = append(keys, k)
			}
			for k := range s.StringData {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			m.fail(RuleLiteralSecrets, "Secret %s holds literal data (%s) in a protected environment; provision it outside this program", s.Name, strings.Join(keys, ", "))
		}
	}
}
