package argoproj_argoprojio


// Nginx holds ALB Ingress specific configuration to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingAlb struct {
	// ServicePort refers to the port that the Ingress action should route traffic to.
	ServicePort *float64 `field:"required" json:"servicePort" yaml:"servicePort"`
	// AnnotationPrefix has to match the configured annotation prefix on the alb ingress controller.
	AnnotationPrefix *string `field:"optional" json:"annotationPrefix" yaml:"annotationPrefix"`
	// Ingress refers to the name of an `Ingress` resource in the same namespace as the `Rollout`.
	Ingress *string `field:"optional" json:"ingress" yaml:"ingress"`
	// Ingresses refers to the name of an `Ingress` resource in the same namespace as the `Rollout` in a multi ingress scenario.
	Ingresses *[]*string `field:"optional" json:"ingresses" yaml:"ingresses"`
	// RootService references the service in the ingress to the controller should add the action to.
	RootService *string `field:"optional" json:"rootService" yaml:"rootService"`
	// StickinessConfig refers to the duration-based stickiness of the target groups associated with an `Ingress`.
	StickinessConfig *RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig `field:"optional" json:"stickinessConfig" yaml:"stickinessConfig"`
}

