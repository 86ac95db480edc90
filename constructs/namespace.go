package constructs

import (
	"cmp"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// NamespaceProps describe the app's namespace.
type NamespaceProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Name is the namespace. Required.
	Name string
	// PodSecurityVersion pins the version of the enforced Pod Security profile, so that a
	// cluster upgrade cannot start rejecting pods by itself. Empty means "v1.28".
	PodSecurityVersion string
	// IstioInjection has Istio add its sidecar to every pod of the namespace.
	IstioInjection bool
}

// PodSecurityLevel is the Pod Security Standard every namespace of the app enforces.
const PodSecurityLevel = "restricted"

// NewNamespace builds a namespace that enforces the restricted Pod Security profile. Audit and
// warn follow the latest profile, so tightening in a newer Kubernetes shows up before it bites.
func NewNamespace(scope constructs.Construct, id string, props NamespaceProps) k8s.KubeNamespace {
	version := cmp.Or(props.PodSecurityVersion, "v1.28")
	labels := Identity{PartOf: props.PartOf, Name: "namespace"}.Labels()
	labels["pod-security.kubernetes.io/enforce"] = PodSecurityLevel
	labels["pod-security.kubernetes.io/enforce-version"] = version
	labels["pod-security.kubernetes.io/audit"] = PodSecurityLevel
	labels["pod-security.kubernetes.io/audit-version"] = "latest"
	labels["pod-security.kubernetes.io/warn"] = PodSecurityLevel
	labels["pod-security.kubernetes.io/warn-version"] = "latest"
	if props.IstioInjection {
		labels["istio-injection"] = "enabled"
	}
	return k8s.NewKubeNamespace(scope, jsii.String(id), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String(props.Name), Labels: StringMap(labels)},
	})
}
