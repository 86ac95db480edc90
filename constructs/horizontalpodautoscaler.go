package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// HorizontalPodAutoscalerProps describe CPU-based autoscaling of a Deployment.
type HorizontalPodAutoscalerProps struct {
	// Namespace holds the autoscaler. Required.
	Namespace string
	// Identity names the workload it scales, ObjectName(Identity.Name). Required.
	Identity Identity
	// TargetAPIVersion and TargetKind identify the workload. Empty means an apps/v1 Deployment.
	TargetAPIVersion, TargetKind string
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

// NewHorizontalPodAutoscaler builds an autoscaling/v2 HorizontalPodAutoscaler for the tier's
// Deployment. Scale-up reacts at once; scale-down removes at most a quarter of the pods a minute,
// after the stabilization window.
func NewHorizontalPodAutoscaler(scope constructs.Construct, id string, props HorizontalPodAutoscalerProps) k8s.KubeHorizontalPodAutoscalerV2 {
	target := props.TargetCPUUtilization
	if target == 0 {
		target = 70
	}
	window := props.ScaleDownStabilizationSeconds
	if window == 0 {
		window = 300
	}
	name := ObjectName(props.Identity.Name)
	return k8s.NewKubeHorizontalPodAutoscalerV2(scope, jsii.String(id), &k8s.KubeHorizontalPodAutoscalerV2Props{
		Metadata: hpaMeta(props, name),
		Spec: &k8s.HorizontalPodAutoscalerSpecV2{
			ScaleTargetRef: &k8s.CrossVersionObjectReferenceV2{
				ApiVersion: jsii.String(orDefault(props.TargetAPIVersion, "apps/v1")),
				Kind:       jsii.String(orDefault(props.TargetKind, "Deployment")),
				Name:       jsii.String(name),
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
func hpaMeta(props HorizontalPodAutoscalerProps, name string) *k8s.ObjectMeta {
	meta := props.Identity.Meta(name, props.Namespace)
	if props.TargetKind == RolloutKind {
		meta.Annotations = StringMap(map[string]string{"kube-score/ignore": "horizontalpodautoscaler-has-target"})
	}
	return meta
}
