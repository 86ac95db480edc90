package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule struct {
	CanarySubsetName *string `field:"required" json:"canarySubsetName" yaml:"canarySubsetName"`
	Name *string `field:"required" json:"name" yaml:"name"`
	StableSubsetName *string `field:"required" json:"stableSubsetName" yaml:"stableSubsetName"`
	AdditionalSubsetNames *[]*string `field:"optional" json:"additionalSubsetNames" yaml:"additionalSubsetNames"`
}

