package argoproj_argoprojio


// StableVirtualNodeRef is the virtual node name to modify labels with stable ReplicaSet pod template hash value.
type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef struct {
	// Name is the name of VirtualNode CR.
	Name *string `field:"required" json:"name" yaml:"name"`
}

