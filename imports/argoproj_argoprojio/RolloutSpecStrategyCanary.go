package argoproj_argoprojio


type RolloutSpecStrategyCanary struct {
	AbortScaleDownDelaySeconds *float64 `field:"optional" json:"abortScaleDownDelaySeconds" yaml:"abortScaleDownDelaySeconds"`
	Analysis *RolloutSpecStrategyCanaryAnalysis `field:"optional" json:"analysis" yaml:"analysis"`
	AntiAffinity *RolloutSpecStrategyCanaryAntiAffinity `field:"optional" json:"antiAffinity" yaml:"antiAffinity"`
	CanaryMetadata *RolloutSpecStrategyCanaryCanaryMetadata `field:"optional" json:"canaryMetadata" yaml:"canaryMetadata"`
	CanaryService *string `field:"optional" json:"canaryService" yaml:"canaryService"`
	DynamicStableScale *bool `field:"optional" json:"dynamicStableScale" yaml:"dynamicStableScale"`
	MaxSurge RolloutSpecStrategyCanaryMaxSurge `field:"optional" json:"maxSurge" yaml:"maxSurge"`
	MaxUnavailable RolloutSpecStrategyCanaryMaxUnavailable `field:"optional" json:"maxUnavailable" yaml:"maxUnavailable"`
	MinPodsPerReplicaSet *float64 `field:"optional" json:"minPodsPerReplicaSet" yaml:"minPodsPerReplicaSet"`
	PingPong *RolloutSpecStrategyCanaryPingPong `field:"optional" json:"pingPong" yaml:"pingPong"`
	ReplicaProgressThreshold *RolloutSpecStrategyCanaryReplicaProgressThreshold `field:"optional" json:"replicaProgressThreshold" yaml:"replicaProgressThreshold"`
	ScaleDownDelayRevisionLimit *float64 `field:"optional" json:"scaleDownDelayRevisionLimit" yaml:"scaleDownDelayRevisionLimit"`
	ScaleDownDelaySeconds *float64 `field:"optional" json:"scaleDownDelaySeconds" yaml:"scaleDownDelaySeconds"`
	StableMetadata *RolloutSpecStrategyCanaryStableMetadata `field:"optional" json:"stableMetadata" yaml:"stableMetadata"`
	StableService *string `field:"optional" json:"stableService" yaml:"stableService"`
	Steps *[]*RolloutSpecStrategyCanarySteps `field:"optional" json:"steps" yaml:"steps"`
	TrafficRouting *RolloutSpecStrategyCanaryTrafficRouting `field:"optional" json:"trafficRouting" yaml:"trafficRouting"`
}

