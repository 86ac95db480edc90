package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention struct {
	Limit *float64 `field:"required" json:"limit" yaml:"limit"`
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

