package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

