package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch struct {
	Headers *map[string]*RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders `field:"optional" json:"headers" yaml:"headers"`
	Method *RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod `field:"optional" json:"method" yaml:"method"`
	Path *RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath `field:"optional" json:"path" yaml:"path"`
}

