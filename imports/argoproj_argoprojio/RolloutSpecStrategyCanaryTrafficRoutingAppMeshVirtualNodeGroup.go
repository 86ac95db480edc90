package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup struct {
	CanaryVirtualNodeRef *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef `field:"required" json:"canaryVirtualNodeRef" yaml:"canaryVirtualNodeRef"`
	StableVirtualNodeRef *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef `field:"required" json:"stableVirtualNodeRef" yaml:"stableVirtualNodeRef"`
}

