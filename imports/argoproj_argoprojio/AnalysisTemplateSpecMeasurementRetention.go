package argoproj_argoprojio


type AnalysisTemplateSpecMeasurementRetention struct {
	Limit *float64 `field:"required" json:"limit" yaml:"limit"`
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

