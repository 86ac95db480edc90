package argoproj_argoprojio


// BlueGreenStrategy defines parameters for Blue Green deployment.
type RolloutSpecStrategyBlueGreen struct {
	// Name of the service that the rollout modifies as the active service.
	ActiveService *string `field:"required" json:"activeService" yaml:"activeService"`
	// AbortScaleDownDelaySeconds adds a delay in second before scaling down the preview replicaset if update is aborted.
	//
	// 0 means not to scale down.
	// Default is 30 second.
	// Default: 30 second.
	//
	AbortScaleDownDelaySeconds *float64 `field:"optional" json:"abortScaleDownDelaySeconds" yaml:"abortScaleDownDelaySeconds"`
	// ActiveMetadata specify labels and annotations which will be attached to the active pods for the duration which they act as a active pod, and will be removed after.
	ActiveMetadata *RolloutSpecStrategyBlueGreenActiveMetadata `field:"optional" json:"activeMetadata" yaml:"activeMetadata"`
	// AntiAffinity enables anti-affinity rules for Blue Green deployment.
	AntiAffinity *RolloutSpecStrategyBlueGreenAntiAffinity `field:"optional" json:"antiAffinity" yaml:"antiAffinity"`
	// AutoPromotionEnabled indicates if the rollout should automatically promote the new ReplicaSet to the active service or enter a paused state.
	//
	// If not specified, the default value is true.
	AutoPromotionEnabled *bool `field:"optional" json:"autoPromotionEnabled" yaml:"autoPromotionEnabled"`
	// AutoPromotionSeconds is a duration in seconds in which to delay auto-promotion (default: 0).
	//
	// The countdown begins after the preview ReplicaSet have reached full availability.
	// This option is ignored if autoPromotionEnabled is set to false.
	AutoPromotionSeconds *float64 `field:"optional" json:"autoPromotionSeconds" yaml:"autoPromotionSeconds"`
	// MaxUnavailable The maximum number of pods that can be unavailable during a restart operation.
	//
	// Defaults to 25% of total replicas.
	// Default: 25% of total replicas.
	//
	MaxUnavailable RolloutSpecStrategyBlueGreenMaxUnavailable `field:"optional" json:"maxUnavailable" yaml:"maxUnavailable"`
	// PostPromotionAnalysis configuration to run analysis after a selector switch.
	PostPromotionAnalysis *RolloutSpecStrategyBlueGreenPostPromotionAnalysis `field:"optional" json:"postPromotionAnalysis" yaml:"postPromotionAnalysis"`
	// PrePromotionAnalysis configuration to run analysis before a selector switch.
	PrePromotionAnalysis *RolloutSpecStrategyBlueGreenPrePromotionAnalysis `field:"optional" json:"prePromotionAnalysis" yaml:"prePromotionAnalysis"`
	// PreviewMetadata specify labels and annotations which will be attached to the preview pods for the duration which they act as a preview pod, and will be removed after.
	PreviewMetadata *RolloutSpecStrategyBlueGreenPreviewMetadata `field:"optional" json:"previewMetadata" yaml:"previewMetadata"`
	// PreviewReplicaCount is the number of replicas to run for the preview stack before the switchover.
	//
	// Once the rollout is resumed the desired replicaset will be full scaled up before the switch occurs.
	PreviewReplicaCount *float64 `field:"optional" json:"previewReplicaCount" yaml:"previewReplicaCount"`
	// Name of the service that the rollout modifies as the preview service.
	PreviewService *string `field:"optional" json:"previewService" yaml:"previewService"`
	// ScaleDownDelayRevisionLimit limits the number of old RS that can run at one time before getting scaled down.
	ScaleDownDelayRevisionLimit *float64 `field:"optional" json:"scaleDownDelayRevisionLimit" yaml:"scaleDownDelayRevisionLimit"`
	// ScaleDownDelaySeconds adds a delay before scaling down the previous replicaset.
	//
	// If omitted, the Rollout waits 30 seconds before scaling down the previous ReplicaSet.
	// A minimum of 30 seconds is recommended to ensure IP table propagation across the nodes in
	// a cluster. See https://github.com/argoproj/argo-rollouts/issues/19#issuecomment-476329960 for
	// more information.
	ScaleDownDelaySeconds *float64 `field:"optional" json:"scaleDownDelaySeconds" yaml:"scaleDownDelaySeconds"`
}

