package argoproj_argoprojio


// Nginx holds Nginx Ingress specific configuration to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingNginx struct {
	AdditionalIngressAnnotations *map[string]*string `field:"optional" json:"additionalIngressAnnotations" yaml:"additionalIngressAnnotations"`
	// AnnotationPrefix has to match the configured annotation prefix on the nginx ingress controller.
	AnnotationPrefix *string `field:"optional" json:"annotationPrefix" yaml:"annotationPrefix"`
	CanaryIngressAnnotations *map[string]*string `field:"optional" json:"canaryIngressAnnotations" yaml:"canaryIngressAnnotations"`
	// StableIngress refers to the name of an `Ingress` resource in the same namespace as the `Rollout`.
	StableIngress *string `field:"optional" json:"stableIngress" yaml:"stableIngress"`
	// StableIngresses refers to the names of `Ingress` resources in the same namespace as the `Rollout` in a multi ingress scenario.
	StableIngresses *[]*string `field:"optional" json:"stableIngresses" yaml:"stableIngresses"`
}

