package constructs

import (
	"cmp"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// ScaleTarget refers to a workload that an autoscaler scales: a Workload's Target.
type ScaleTarget struct {
	// APIVersion and Kind identify the workload's API: apps/v1 Deployment, or an Argo Rollout.
	APIVersion, Kind string
	// Name is the workload's name, and the autoscaler's.
	Name string
}

// HorizontalPodAutoscalerProps describe CPU-based autoscaling of a workload.
type HorizontalPodAutoscalerProps struct {
	// Namespace holds the autoscaler. Required.
	Namespace string
	// Identity labels the autoscaler as part of its tier. Required.
	Identity Identity
	// Target is the workload it scales, e.g. a Workload's Target. Required.
	Target ScaleTarget
	// MinReplicas and MaxReplicas bound the replica count. Required.
	MinReplicas int32
	MaxReplicas int32
	// TargetCPUUtilization is the average CPU use, in percent of requests, to hold. Zero means 70,
	// the ADR's target.
	TargetCPUUtilization int32
	// ScaleDownStabilizationSeconds is how long load must stay low before replicas are removed.
	// Zero means 300: a screenshot burst that pauses for a minute should not lose its workers.
	ScaleDownStabilizationSeconds int32
}

// NewHorizontalPodAutoscaler builds an autoscaling/v2 HorizontalPodAutoscaler, named like its
// target. Scale-up reacts at once; scale-down removes at most a quarter of the pods a minute,
// after the stabilization window.
func NewHorizontalPodAutoscaler(scope constructs.Construct, id string, props HorizontalPodAutoscalerProps) k8s.KubeHorizontalPodAutoscalerV2 {
	target := cmp.Or(props.TargetCPUUtilization, 70)
	window := cmp.Or(props.ScaleDownStabilizationSeconds, 300)
	return k8s.NewKubeHorizontalPodAutoscalerV2(scope, jsii.String(id), &k8s.KubeHorizontalPodAutoscalerV2Props{
		Metadata: hpaMeta(props),
		Spec: &k8s.HorizontalPodAutoscalerSpecV2{
			ScaleTargetRef: &k8s.CrossVersionObjectReferenceV2{
				ApiVersion: jsii.String(props.Target.APIVersion),
				Kind:       jsii.String(props.Target.Kind),
				Name:       jsii.String(props.Target.Name),
			},
			MinReplicas: num(props.MinReplicas),
			MaxReplicas: num(props.MaxReplicas),
			Metrics: &[]*k8s.MetricSpecV2{{
				Type: jsii.String("Resource"),
				Resource: &k8s.ResourceMetricSourceV2{
					Name:   jsii.String("cpu"),
					Target: &k8s.MetricTargetV2{Type: jsii.String("Utilization"), AverageUtilization: num(target)},
				},
			}},
			Behavior: &k8s.HorizontalPodAutoscalerBehaviorV2{
				ScaleDown: &k8s.HpaScalingRulesV2{
					StabilizationWindowSeconds: num(window),
					Policies:                   &[]*k8s.HpaScalingPolicyV2{{Type: jsii.String("Percent"), Value: num(25), PeriodSeconds: num(60)}},
				},
			},
		},
	})
}

// hpaMeta is the autoscaler's metadata. kube-score looks for an autoscaler's target among
// Deployments and StatefulSets only, so for an Argo Rollout its has-target check is skipped here,
// with this reason; the guardrails check that every target exists.
func hpaMeta(props HorizontalPodAutoscalerProps) *k8s.ObjectMeta {
	meta := props.Identity.Meta(props.Target.Name, props.Namespace)
	if props.Target.Kind == RolloutKind {
		meta.Annotations = StringMap(map[string]string{"kube-score/ignore": "horizontalpodautoscaler-has-target"})
	}
	return meta
}
