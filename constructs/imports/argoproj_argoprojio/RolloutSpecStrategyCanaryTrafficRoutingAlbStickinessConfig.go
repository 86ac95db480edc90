package argoproj_argoprojio


// StickinessConfig refers to the duration-based stickiness of the target groups associated with an `Ingress`.
type RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig struct {
	DurationSeconds *float64 `field:"required" json:"durationSeconds" yaml:"durationSeconds"`
	Enabled *bool `field:"required" json:"enabled" yaml:"enabled"`
}

