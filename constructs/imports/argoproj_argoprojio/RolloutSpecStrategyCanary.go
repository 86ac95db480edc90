package argoproj_argoprojio


// CanaryStrategy defines parameters for a Replica Based Canary.
type RolloutSpecStrategyCanary struct {
	// AbortScaleDownDelaySeconds adds a delay in second before scaling down the canary pods when update is aborted for canary strategy with traffic routing (not applicable for basic canary).
	//
	// 0 means canary pods are not scaled down.
	// Default is 30 seconds.
	// Default: 30 seconds.
	//
	AbortScaleDownDelaySeconds *float64 `field:"optional" json:"abortScaleDownDelaySeconds" yaml:"abortScaleDownDelaySeconds"`
	// Analysis runs a separate analysisRun while all the steps execute.
	//
	// This is intended to be a continuous validation of the new ReplicaSet.
	Analysis *RolloutSpecStrategyCanaryAnalysis `field:"optional" json:"analysis" yaml:"analysis"`
	// AntiAffinity enables anti-affinity rules for Canary deployment.
	AntiAffinity *RolloutSpecStrategyCanaryAntiAffinity `field:"optional" json:"antiAffinity" yaml:"antiAffinity"`
	// CanaryMetadata specify labels and annotations which will be attached to the canary pods for the duration which they act as a canary, and will be removed after.
	CanaryMetadata *RolloutSpecStrategyCanaryCanaryMetadata `field:"optional" json:"canaryMetadata" yaml:"canaryMetadata"`
	// CanaryService holds the name of a service which selects pods with canary version and don't select any pods with stable version.
	CanaryService *string `field:"optional" json:"canaryService" yaml:"canaryService"`
	// DynamicStableScale is a traffic routing feature which dynamically scales the stable ReplicaSet to minimize total pods which are running during an update.
	//
	// This is calculated by
	// scaling down the stable as traffic is increased to canary. When disabled (the default behavior)
	// the stable ReplicaSet remains fully scaled to support instantaneous aborts.
	DynamicStableScale *bool `field:"optional" json:"dynamicStableScale" yaml:"dynamicStableScale"`
	// MaxSurge The maximum number of pods that can be scheduled above the original number of pods.
	//
	// Value can be an absolute number (ex: 5) or a percentage of total pods at
	// the start of the update (ex: 10%). This can not be 0 if MaxUnavailable is 0.
	// Absolute number is calculated from percentage by rounding up.
	// By default, a value of 25% is used.
	// Example: when this is set to 30%, the new RC can be scaled up by 30%
	// immediately when the rolling update starts. Once old pods have been killed,
	// new RC can be scaled up further, ensuring that total number of pods running
	// at any time during the update is at most 130% of original pods.
	MaxSurge RolloutSpecStrategyCanaryMaxSurge `field:"optional" json:"maxSurge" yaml:"maxSurge"`
	// MaxUnavailable The maximum number of pods that can be unavailable during the update.
	//
	// Value can be an absolute number (ex: 5) or a percentage of total pods at the start of update (ex: 10%).
	// Absolute number is calculated from percentage by rounding down.
	// This can not be 0 if MaxSurge is 0.
	// By default, a fixed value of 25% is used.
	// Example: when this is set to 30%, the old RC can be scaled down by 30%
	// immediately when the rolling update starts. Once new pods are ready, old RC
	// can be scaled down further, followed by scaling up the new RC, ensuring
	// that at least 70% of original number of pods are available at all times
	// during the update.
	MaxUnavailable RolloutSpecStrategyCanaryMaxUnavailable `field:"optional" json:"maxUnavailable" yaml:"maxUnavailable"`
	// Assuming the desired number of pods in a stable or canary ReplicaSet is not zero, then make sure it is at least MinPodsPerReplicaSet for High Availability.
	//
	// Only applicable for TrafficRoutedCanary.
	MinPodsPerReplicaSet *float64 `field:"optional" json:"minPodsPerReplicaSet" yaml:"minPodsPerReplicaSet"`
	// PingPongSpec holds the ping and pong services.
	PingPong *RolloutSpecStrategyCanaryPingPong `field:"optional" json:"pingPong" yaml:"pingPong"`
	// ReplicaProgressThreshold is the threhold number or percentage of pods that need to be available before a rollout promotion.
	//
	// Defaults to 100% of total replicas.
	// Default: 100% of total replicas.
	//
	ReplicaProgressThreshold *RolloutSpecStrategyCanaryReplicaProgressThreshold `field:"optional" json:"replicaProgressThreshold" yaml:"replicaProgressThreshold"`
	// ScaleDownDelayRevisionLimit limits the number of old RS that can run at one time before getting scaled down.
	ScaleDownDelayRevisionLimit *float64 `field:"optional" json:"scaleDownDelayRevisionLimit" yaml:"scaleDownDelayRevisionLimit"`
	// ScaleDownDelaySeconds adds a delay before scaling down the previous ReplicaSet when the canary strategy is used with traffic routing (default 30 seconds).
	//
	// A delay in scaling down
	// the previous ReplicaSet is needed after switching the stable service selector to point to
	// the new ReplicaSet, in order to give time for traffic providers to re-target the new pods.
	// This value is ignored with basic, replica-weighted canary without traffic routing.
	ScaleDownDelaySeconds *float64 `field:"optional" json:"scaleDownDelaySeconds" yaml:"scaleDownDelaySeconds"`
	// StableMetadata specify labels and annotations which will be attached to the stable pods for the duration which they act as a canary, and will be removed after.
	StableMetadata *RolloutSpecStrategyCanaryStableMetadata `field:"optional" json:"stableMetadata" yaml:"stableMetadata"`
	// StableService holds the name of a service which selects pods with stable version and don't select any pods with canary version.
	StableService *string `field:"optional" json:"stableService" yaml:"stableService"`
	// Steps define the order of phases to execute the canary deployment.
	Steps *[]*RolloutSpecStrategyCanarySteps `field:"optional" json:"steps" yaml:"steps"`
	// TrafficRouting hosts all the supported service meshes supported to enable more fine-grained traffic routing.
	TrafficRouting *RolloutSpecStrategyCanaryTrafficRouting `field:"optional" json:"trafficRouting" yaml:"trafficRouting"`
}

