package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun struct {
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

