package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAlb struct {
	ServicePort *float64 `field:"required" json:"servicePort" yaml:"servicePort"`
	AnnotationPrefix *string `field:"optional" json:"annotationPrefix" yaml:"annotationPrefix"`
	Ingress *string `field:"optional" json:"ingress" yaml:"ingress"`
	Ingresses *[]*string `field:"optional" json:"ingresses" yaml:"ingresses"`
	RootService *string `field:"optional" json:"rootService" yaml:"rootService"`
	StickinessConfig *RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig `field:"optional" json:"stickinessConfig" yaml:"stickinessConfig"`
}

