package argoproj_argoprojio


// CanaryVirtualNodeRef is the virtual node ref to modify labels with canary ReplicaSet pod template hash value.
type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef struct {
	// Name is the name of VirtualNode CR.
	Name *string `field:"required" json:"name" yaml:"name"`
}

