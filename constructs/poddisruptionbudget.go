package constructs

import (
	"cmp"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// PodDisruptionBudgetProps describe how many of a workload's pods a voluntary disruption (a node
// drain, a cluster upgrade) may take down at once.
type PodDisruptionBudgetProps struct {
	// Namespace holds the budget. Required.
	Namespace string
	// Identity names the workload whose pods it covers. Required.
	Identity Identity
	// MaxUnavailable is how many pods may be down at once. Zero means 1.
	MaxUnavailable int32
	// MaxUnavailablePercent, when set, is that share of the pods instead, rounded up: a tier of
	// many pods with a long grace period needs it, or a node group's drain, one pod at a time,
	// outlasts the drain's timeout.
	MaxUnavailablePercent int32
}

// NewPodDisruptionBudget builds "<app>-<name>". It is stated as maxUnavailable rather
// than minAvailable so that it always leaves room for one eviction, whatever the autoscaler has
// done to the replica count: a budget that allows no disruption blocks every node drain.
// Unhealthy pods may always be evicted, so a crash-looping pod cannot block a drain either.
func NewPodDisruptionBudget(scope constructs.Construct, id string, props PodDisruptionBudgetProps) k8s.KubePodDisruptionBudget {
	maxUnavailable := intOrNumber(cmp.Or(props.MaxUnavailable, 1))
	if props.MaxUnavailablePercent > 0 {
		maxUnavailable = intOrString(fmt.Sprintf("%d%%", props.MaxUnavailablePercent))
	}
	return k8s.NewKubePodDisruptionBudget(scope, jsii.String(id), &k8s.KubePodDisruptionBudgetProps{
		Metadata: props.Identity.Meta(props.Identity.ObjectName(), props.Namespace),
		Spec: &k8s.PodDisruptionBudgetSpec{
			MaxUnavailable:             maxUnavailable,
			Selector:                   &k8s.LabelSelector{MatchLabels: StringMap(props.Identity.SelectorLabels())},
			UnhealthyPodEvictionPolicy: jsii.String("AlwaysAllow"),
		},
	})
}
