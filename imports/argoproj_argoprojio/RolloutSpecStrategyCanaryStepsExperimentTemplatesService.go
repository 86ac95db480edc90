package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentTemplatesService struct {
	Name *string `field:"optional" json:"name" yaml:"name"`
}

