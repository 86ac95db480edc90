package argoproj_argoprojio


type RolloutSpecStrategyBlueGreen struct {
	ActiveService *string `field:"required" json:"activeService" yaml:"activeService"`
	AbortScaleDownDelaySeconds *float64 `field:"optional" json:"abortScaleDownDelaySeconds" yaml:"abortScaleDownDelaySeconds"`
	ActiveMetadata *RolloutSpecStrategyBlueGreenActiveMetadata `field:"optional" json:"activeMetadata" yaml:"activeMetadata"`
	AntiAffinity *RolloutSpecStrategyBlueGreenAntiAffinity `field:"optional" json:"antiAffinity" yaml:"antiAffinity"`
	AutoPromotionEnabled *bool `field:"optional" json:"autoPromotionEnabled" yaml:"autoPromotionEnabled"`
	AutoPromotionSeconds *float64 `field:"optional" json:"autoPromotionSeconds" yaml:"autoPromotionSeconds"`
	MaxUnavailable RolloutSpecStrategyBlueGreenMaxUnavailable `field:"optional" json:"maxUnavailable" yaml:"maxUnavailable"`
	PostPromotionAnalysis *RolloutSpecStrategyBlueGreenPostPromotionAnalysis `field:"optional" json:"postPromotionAnalysis" yaml:"postPromotionAnalysis"`
	PrePromotionAnalysis *RolloutSpecStrategyBlueGreenPrePromotionAnalysis `field:"optional" json:"prePromotionAnalysis" yaml:"prePromotionAnalysis"`
	PreviewMetadata *RolloutSpecStrategyBlueGreenPreviewMetadata `field:"optional" json:"previewMetadata" yaml:"previewMetadata"`
	PreviewReplicaCount *float64 `field:"optional" json:"previewReplicaCount" yaml:"previewReplicaCount"`
	PreviewService *string `field:"optional" json:"previewService" yaml:"previewService"`
	ScaleDownDelayRevisionLimit *float64 `field:"optional" json:"scaleDownDelayRevisionLimit" yaml:"scaleDownDelayRevisionLimit"`
	ScaleDownDelaySeconds *float64 `field:"optional" json:"scaleDownDelaySeconds" yaml:"scaleDownDelaySeconds"`
}

