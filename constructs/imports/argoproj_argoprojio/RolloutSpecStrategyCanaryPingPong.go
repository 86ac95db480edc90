package argoproj_argoprojio


// PingPongSpec holds the ping and pong services.
type RolloutSpecStrategyCanaryPingPong struct {
	// name of the ping service.
	PingService *string `field:"required" json:"pingService" yaml:"pingService"`
	// name of the pong service.
	PongService *string `field:"required" json:"pongService" yaml:"pongService"`
}

