package constructs

import (
	"cmp"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	argo "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio"
)

// RolloutAPIVersion and RolloutKind identify an Argo Rollout, e.g. for an autoscaler's target.
const (
	RolloutAPIVersion = "argoproj.io/v1alpha1"
	RolloutKind       = "Rollout"
)

// RolloutHashLabel is the label by which Argo Rollouts tells one release's pods from another's
// (a Deployment's ReplicaSets use pod-template-hash).
const RolloutHashLabel = "rollouts-pod-template-hash"

// PodTemplateHashArg is the analysis argument that carries the new pods' template hash, so that a
// query sees only the pods being released.
const PodTemplateHashArg = "pod-template-hash"

// BlueGreen releases a new version beside the old one, behind a preview Service, and switches the
// active Service over once it is promoted. The analysis runs twice: against the preview before
// promotion, and against live traffic after it, while the old version still runs for
// ScaleDownDelaySeconds: a failure then switches the active Service back at once.
type BlueGreen struct {
	// ActiveService takes live traffic; PreviewService reaches the new version only. Required.
	ActiveService, PreviewService string
	// AutoPromotion switches traffic without a person's approval once the analysis passed.
	AutoPromotion bool
	// ScaleDownDelaySeconds keeps the old version running after the switch, for a fast rollback.
	// Zero means 30, Argo's default. Only the last old version is kept so
	// (scaleDownDelayRevisionLimit 1): a hotfix released within the delay would otherwise run
	// three full versions at once, beyond what the quota counts.
	ScaleDownDelaySeconds int32
	// Analysis names the AnalysisTemplate run before and after promotion. Required.
	Analysis string
}

// CanaryStep is one step of a canary release: send Weight percent of traffic to the new version,
// wait PauseSeconds, then run the analysis (when Analyze is set).
type CanaryStep struct {
	Weight       int32
	PauseSeconds int32
	Analyze      bool
}

// Canary shifts traffic to a new version step by step.
type Canary struct {
	// StableService and CanaryService select the old and the new pods. Required.
	StableService, CanaryService string
	// TraefikService is the weighted TraefikService that the routes send to, and that Argo
	// reweights between StableService and CanaryService (Gateway API on Traefik).
	TraefikService string
	// StableIngress is the legacy nginx Ingress that routes to StableService; Argo makes a
	// weighted copy of it for the canary. One of TraefikService, StableIngress (or both, while
	// moving between them) and VirtualService is required.
	StableIngress string
	// VirtualService, when set, routes with Istio instead: its route named Route is reweighted.
	VirtualService, Route string
	// Steps are the weights, pauses and analyses, in order; a last step of 100 is added when
	// missing. No steps at all is a rolling update: the new version starts at full size beside
	// the old one and takes all traffic once every pod is ready.
	Steps []CanaryStep
	// Analysis names the AnalysisTemplate the steps run. Required when a step analyzes.
	Analysis string
	// BackgroundAnalysis, when set, names an AnalysisTemplate that runs from the first step
	// until the release ends, beside the steps' own, so that a bad canary is aborted while it
	// serves its first share of traffic, not only after each pause. Its metrics should only
	// fail (no success condition, no count). Ignored without steps.
	BackgroundAnalysis string
}

// RolloutProps describe an Argo Rollout that runs a tier instead of a Deployment.
type RolloutProps struct {
	// Namespace holds the Rollout. Required.
	Namespace string
	// Identity names the tier. Required.
	Identity Identity
	// Template is the pod template, the same a Deployment would have. Required.
	Template *k8s.PodTemplateSpec
	// PreStopSleepSeconds is WorkloadProps.PreStopSleepSeconds.
	PreStopSleepSeconds int64
	// Replicas is the pod count. Zero leaves it to a HorizontalPodAutoscaler.
	Replicas int32
	// Exactly one of BlueGreen and Canary is set.
	BlueGreen *BlueGreen
	Canary    *Canary
}

// NewRollout builds "<app>-<name>" as an Argo Rollout. Its strategy is typed through the
// imported CRD binding; its pod template is the Kubernetes one, rendered by the same API classes
// as a Deployment's, so that a tier's pods are identical whichever strategy releases them.
func NewRollout(scope constructs.Construct, id string, props RolloutProps) cdk8s.ApiObject {
	spec := &argo.RolloutSpec{
		RevisionHistoryLimit:    num(5),
		ProgressDeadlineSeconds: num(600),
		Selector:                &argo.RolloutSpecSelector{MatchLabels: StringMap(props.Identity.SelectorLabels())},
		Strategy:                &argo.RolloutSpecStrategy{},
	}
	if props.Replicas != 0 {
		spec.Replicas = num(props.Replicas)
	}
	if bg := props.BlueGreen; bg != nil {
		delay := cmp.Or(bg.ScaleDownDelaySeconds, 30)
		spec.Strategy.BlueGreen = &argo.RolloutSpecStrategyBlueGreen{
			ActiveService:               jsii.String(bg.ActiveService),
			PreviewService:              jsii.String(bg.PreviewService),
			AutoPromotionEnabled:        jsii.Bool(bg.AutoPromotion),
			ScaleDownDelaySeconds:       num(delay),
			ScaleDownDelayRevisionLimit: num(1),
			PrePromotionAnalysis: &argo.RolloutSpecStrategyBlueGreenPrePromotionAnalysis{
				Templates: &[]*argo.RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates{{TemplateName: jsii.String(bg.Analysis)}},
				Args: &[]*argo.RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs{{
					Name:      jsii.String(PodTemplateHashArg),
					ValueFrom: &argo.RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom{PodTemplateHashValue: jsii.String("Latest")},
				}},
			},
			PostPromotionAnalysis: &argo.RolloutSpecStrategyBlueGreenPostPromotionAnalysis{
				Templates: &[]*argo.RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates{{TemplateName: jsii.String(bg.Analysis)}},
				Args: &[]*argo.RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs{{
					Name:      jsii.String(PodTemplateHashArg),
					ValueFrom: &argo.RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom{PodTemplateHashValue: jsii.String("Latest")},
				}},
			},
		}
	}
	if cn := props.Canary; cn != nil {
		steps := cn.Steps
		if len(steps) > 0 && steps[len(steps)-1].Weight != 100 {
			steps = append(append([]CanaryStep(nil), steps...), CanaryStep{Weight: 100})
		}
		var out []*argo.RolloutSpecStrategyCanarySteps
		for _, s := range steps {
			out = append(out, &argo.RolloutSpecStrategyCanarySteps{SetWeight: num(s.Weight)})
			if s.PauseSeconds > 0 {
				out = append(out, &argo.RolloutSpecStrategyCanarySteps{Pause: &argo.RolloutSpecStrategyCanaryStepsPause{
					Duration: argo.RolloutSpecStrategyCanaryStepsPauseDuration_FromNumber(num(s.PauseSeconds)),
				}})
			}
			if s.Analyze {
				out = append(out, &argo.RolloutSpecStrategyCanarySteps{Analysis: &argo.RolloutSpecStrategyCanaryStepsAnalysis{
					Templates: &[]*argo.RolloutSpecStrategyCanaryStepsAnalysisTemplates{{TemplateName: jsii.String(cn.Analysis)}},
					Args: &[]*argo.RolloutSpecStrategyCanaryStepsAnalysisArgs{{
						Name:      jsii.String(PodTemplateHashArg),
						ValueFrom: &argo.RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom{PodTemplateHashValue: jsii.String("Latest")},
					}},
				}})
			}
		}
		// Argo Rollouts sets the weight on every router given: both front doors while a cluster
		// moves from one ingress controller to the other.
		routing := &argo.RolloutSpecStrategyCanaryTrafficRouting{}
		if cn.VirtualService != "" {
			routing.Istio = &argo.RolloutSpecStrategyCanaryTrafficRoutingIstio{
				VirtualService: &argo.RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService{
					Name: jsii.String(cn.VirtualService), Routes: jsii.Strings(cn.Route),
				},
			}
		}
		if cn.TraefikService != "" {
			routing.Traefik = &argo.RolloutSpecStrategyCanaryTrafficRoutingTraefik{WeightedTraefikServiceName: jsii.String(cn.TraefikService)}
		}
		if cn.StableIngress != "" {
			routing.Nginx = &argo.RolloutSpecStrategyCanaryTrafficRoutingNginx{StableIngress: jsii.String(cn.StableIngress)}
		}
		spec.Strategy.Canary = &argo.RolloutSpecStrategyCanary{
			StableService:  jsii.String(cn.StableService),
			CanaryService:  jsii.String(cn.CanaryService),
			TrafficRouting: routing,
		}
		if len(out) > 0 {
			spec.Strategy.Canary.Steps = &out
			if cn.BackgroundAnalysis != "" {
				spec.Strategy.Canary.Analysis = &argo.RolloutSpecStrategyCanaryAnalysis{
					StartingStep: num(0),
					Templates:    &[]*argo.RolloutSpecStrategyCanaryAnalysisTemplates{{TemplateName: jsii.String(cn.BackgroundAnalysis)}},
					Args: &[]*argo.RolloutSpecStrategyCanaryAnalysisArgs{{
						Name:      jsii.String(PodTemplateHashArg),
						ValueFrom: &argo.RolloutSpecStrategyCanaryAnalysisArgsValueFrom{PodTemplateHashValue: jsii.String("Latest")},
					}},
				}
			}
		}
	}
	// The binding renders the typed spec; newPodController splices in the pod template.
	meta := props.Identity.APIMeta(props.Identity.ObjectName(), props.Namespace)
	rollout := newPodController(scope, id, RolloutAPIVersion, RolloutKind,
		argo.Rollout_Manifest(&argo.RolloutProps{Metadata: meta, Spec: spec}), meta, props.Template, props.PreStopSleepSeconds)
	return rollout
}
