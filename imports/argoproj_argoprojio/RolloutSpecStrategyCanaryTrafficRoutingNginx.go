package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingNginx struct {
	AdditionalIngressAnnotations *map[string]*string `field:"optional" json:"additionalIngressAnnotations" yaml:"additionalIngressAnnotations"`
	AnnotationPrefix *string `field:"optional" json:"annotationPrefix" yaml:"annotationPrefix"`
	CanaryIngressAnnotations *map[string]*string `field:"optional" json:"canaryIngressAnnotations" yaml:"canaryIngressAnnotations"`
	StableIngress *string `field:"optional" json:"stableIngress" yaml:"stableIngress"`
	StableIngresses *[]*string `field:"optional" json:"stableIngresses" yaml:"stableIngresses"`
}

