package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentDryRun struct {
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

