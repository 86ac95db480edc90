package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// ResourceQuotaProps describe the namespace's ceiling.
type ResourceQuotaProps struct {
	// Namespace is the namespace the quota caps. Required.
	Namespace string
	// Hard maps quota resource names ("requests.cpu", "pods", ...) to quantities. Required:
	// compute it from the workloads, never type it.
	Hard map[string]string
}

// NewResourceQuota builds the "screenshot-algo" ResourceQuota.
func NewResourceQuota(scope constructs.Construct, id string, props ResourceQuotaProps) k8s.KubeResourceQuota {
	hard := make(map[string]k8s.Quantity, len(props.Hard))
	for k, v := range props.Hard {
		hard[k] = quantity(v)
	}
	return k8s.NewKubeResourceQuota(scope, jsii.String(id), &k8s.KubeResourceQuotaProps{
		Metadata: Identity{Name: "quota", Component: "policy"}.Meta(AppName, props.Namespace),
		Spec:     &k8s.ResourceQuotaSpec{Hard: &hard},
	})
}
