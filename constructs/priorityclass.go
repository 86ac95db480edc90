package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// PriorityClassProps describe one scheduling rank of the app's pods.
type PriorityClassProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Name is the class's name, ObjectName(PartOf, Name). Required.
	Name string
	// Value ranks the class: pods of a higher value are scheduled first and, under pressure,
	// preempt pods of a lower one. Pods without a class have 0.
	Value int32
	// Preempting lets the class's pods evict lower-ranked pods to be scheduled. Off, they wait
	// for room, as a batch of workers should rather than evict somebody else's pods.
	Preempting bool
	// Description says what the class is for, for whoever reads `kubectl get priorityclass`.
	Description string
}

// NewPriorityClass builds a cluster-wide PriorityClass, never the global default.
func NewPriorityClass(scope constructs.Construct, id string, props PriorityClassProps) k8s.KubePriorityClass {
	policy := "Never"
	if props.Preempting {
		policy = "PreemptLowerPriority"
	}
	name := ObjectName(props.PartOf, props.Name)
	return k8s.NewKubePriorityClass(scope, jsii.String(id), &k8s.KubePriorityClassProps{
		Metadata:         &k8s.ObjectMeta{Name: jsii.String(name), Labels: StringMap(Identity{PartOf: props.PartOf, Name: props.Name}.Labels())},
		Value:            num(props.Value),
		GlobalDefault:    jsii.Bool(false),
		PreemptionPolicy: jsii.String(policy),
		Description:      jsii.String(props.Description),
	})
}
