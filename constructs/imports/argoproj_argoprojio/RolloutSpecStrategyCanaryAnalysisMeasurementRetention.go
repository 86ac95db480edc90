package argoproj_argoprojio


// MeasurementRetention defines the settings for retaining the number of measurements during the analysis.
type RolloutSpecStrategyCanaryAnalysisMeasurementRetention struct {
	// Limit is the maximum number of measurements to be retained for this given metric.
	Limit *float64 `field:"required" json:"limit" yaml:"limit"`
	// MetricName is the name of the metric on which this retention policy should be applied.
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

