package argoproj_argoprojio


// VirtualNodeGroup references an AppMesh Route targets that are formed by a set of VirtualNodes that are used to shape traffic.
type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup struct {
	// CanaryVirtualNodeRef is the virtual node ref to modify labels with canary ReplicaSet pod template hash value.
	CanaryVirtualNodeRef *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef `field:"required" json:"canaryVirtualNodeRef" yaml:"canaryVirtualNodeRef"`
	// StableVirtualNodeRef is the virtual node name to modify labels with stable ReplicaSet pod template hash value.
	StableVirtualNodeRef *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef `field:"required" json:"stableVirtualNodeRef" yaml:"stableVirtualNodeRef"`
}

