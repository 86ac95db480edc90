package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsAnalysisDryRun struct {
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

