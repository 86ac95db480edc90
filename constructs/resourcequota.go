package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// ResourceQuotaProps describe the namespace's ceiling.
type ResourceQuotaProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace is the namespace the quota caps. Required.
	Namespace string
	// Hard maps quota resource names ("requests.cpu", "pods", ...) to quantities. Required:
	// compute it from the workloads, never type it.
	Hard map[string]string
}

// NewResourceQuota builds the ResourceQuota named after the app (PartOf).
func NewResourceQuota(scope constructs.Construct, id string, props ResourceQuotaProps) k8s.KubeResourceQuota {
	hard := make(map[string]k8s.Quantity, len(props.Hard))
	for k, v := range props.Hard {
		hard[k] = quantity(v)
	}
	return k8s.NewKubeResourceQuota(scope, jsii.String(id), &k8s.KubeResourceQuotaProps{
		Metadata: Identity{PartOf: props.PartOf, Name: "quota", Component: "policy"}.Meta(cmp.Or(props.PartOf, "quota"), props.Namespace),
		Spec:     &k8s.ResourceQuotaSpec{Hard: &hard},
	})
}
