package argoproj_argoprojio


type RolloutSpecStrategyCanaryAnalysisDryRun struct {
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

