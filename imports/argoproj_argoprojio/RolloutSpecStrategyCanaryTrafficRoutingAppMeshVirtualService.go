package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Routes *[]*string `field:"optional" json:"routes" yaml:"routes"`
}

