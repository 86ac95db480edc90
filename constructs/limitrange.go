package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// LimitRangeProps describe what a container that states no resources gets.
type LimitRangeProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace is the namespace the defaults apply in. Required.
	Namespace string
	// Defaults are the requests and limits given to a container that lacks them. Required.
	Defaults Resources
}

// NewLimitRange builds the LimitRange named after the app (PartOf). Every container this program writes
// states its resources; the defaults catch what someone runs by hand (a debug pod, a job), which
// the namespace's ResourceQuota would otherwise refuse outright.
func NewLimitRange(scope constructs.Construct, id string, props LimitRangeProps) k8s.KubeLimitRange {
	r := props.Defaults.requirements()
	return k8s.NewKubeLimitRange(scope, jsii.String(id), &k8s.KubeLimitRangeProps{
		Metadata: Identity{PartOf: props.PartOf, Name: "limits", Component: "policy"}.Meta(cmp.Or(props.PartOf, "limits"), props.Namespace),
		Spec: &k8s.LimitRangeSpec{Limits: &[]*k8s.LimitRangeItem{{
			Type:           jsii.String("Container"),
			DefaultRequest: r.Requests,
			Default:        r.Limits,
		}}},
	})
}
