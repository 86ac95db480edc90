package argoproj_argoprojio


// VirtualService references an AppMesh VirtualService and VirtualRouter to modify to shape traffic.
type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService struct {
	// Name is the name of virtual service.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Routes is list of HTTP routes within virtual router associated with virtual service to edit.
	//
	// If omitted, virtual service must have a single route of this type.
	Routes *[]*string `field:"optional" json:"routes" yaml:"routes"`
}

