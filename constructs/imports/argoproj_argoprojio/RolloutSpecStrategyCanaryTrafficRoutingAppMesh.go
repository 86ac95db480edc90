package argoproj_argoprojio


// AppMesh holds specific configuration to use AppMesh to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingAppMesh struct {
	// VirtualNodeGroup references an AppMesh Route targets that are formed by a set of VirtualNodes that are used to shape traffic.
	VirtualNodeGroup *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup `field:"optional" json:"virtualNodeGroup" yaml:"virtualNodeGroup"`
	// VirtualService references an AppMesh VirtualService and VirtualRouter to modify to shape traffic.
	VirtualService *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService `field:"optional" json:"virtualService" yaml:"virtualService"`
}

