package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAppMesh struct {
	VirtualNodeGroup *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup `field:"optional" json:"virtualNodeGroup" yaml:"virtualNodeGroup"`
	VirtualService *RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService `field:"optional" json:"virtualService" yaml:"virtualService"`
}

