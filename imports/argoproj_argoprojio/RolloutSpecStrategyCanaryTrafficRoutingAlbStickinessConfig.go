package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig struct {
	DurationSeconds *float64 `field:"required" json:"durationSeconds" yaml:"durationSeconds"`
	Enabled *bool `field:"required" json:"enabled" yaml:"enabled"`
}

