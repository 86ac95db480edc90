package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun struct {
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

