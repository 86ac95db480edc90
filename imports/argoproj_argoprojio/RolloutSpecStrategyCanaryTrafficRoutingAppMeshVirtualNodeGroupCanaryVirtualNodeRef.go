package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

