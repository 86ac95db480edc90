package argoproj_argoprojio


type RolloutSpecStrategyCanaryPingPong struct {
	PingService *string `field:"required" json:"pingService" yaml:"pingService"`
	PongService *string `field:"required" json:"pongService" yaml:"pongService"`
}

