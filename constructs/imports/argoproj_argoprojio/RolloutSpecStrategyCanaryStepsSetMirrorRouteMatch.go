package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch struct {
	// Headers What request with matching headers should be mirrored.
	Headers *map[string]*RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Method What http methods should be mirrored.
	Method *RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod `field:"optional" json:"method" yaml:"method"`
	// Path What url paths should be mirrored.
	Path *RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath `field:"optional" json:"path" yaml:"path"`
}

