package argoproj_argoprojio


// Metric defines a metric in which to perform analysis.
type AnalysisTemplateSpecMetrics struct {
	// Name is the name of the metric.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Provider configuration to the external system to use to verify the analysis.
	Provider *AnalysisTemplateSpecMetricsProvider `field:"required" json:"provider" yaml:"provider"`
	// ConsecutiveErrorLimit is the maximum number of times the measurement is allowed to error in succession, before the metric is considered error (default: 4).
	ConsecutiveErrorLimit AnalysisTemplateSpecMetricsConsecutiveErrorLimit `field:"optional" json:"consecutiveErrorLimit" yaml:"consecutiveErrorLimit"`
	// ConsecutiveSuccessLimit is the number of consecutive times the measurement must succeed for the entire metric to be considered Successful (default: 0, which means it's disabled).
	ConsecutiveSuccessLimit AnalysisTemplateSpecMetricsConsecutiveSuccessLimit `field:"optional" json:"consecutiveSuccessLimit" yaml:"consecutiveSuccessLimit"`
	// Count is the number of times to run the measurement.
	//
	// If both interval and count are omitted,
	// the effective count is 1. If only interval is specified, metric runs indefinitely.
	// If count > 1, interval must be specified.
	Count AnalysisTemplateSpecMetricsCount `field:"optional" json:"count" yaml:"count"`
	// FailureCondition is an expression which determines if a measurement is considered failed If both success and failure conditions are specified, and the measurement does not fall into either condition, the measurement is considered Inconclusive.
	FailureCondition *string `field:"optional" json:"failureCondition" yaml:"failureCondition"`
	// FailureLimit is the maximum number of times the measurement is allowed to fail, before the entire metric is considered Failed (default: 0) -1 for making it disabled (when opting to use ConsecutiveSuccessLimit solely).
	FailureLimit AnalysisTemplateSpecMetricsFailureLimit `field:"optional" json:"failureLimit" yaml:"failureLimit"`
	// InconclusiveLimit is the maximum number of times the measurement is allowed to measure Inconclusive, before the entire metric is considered Inconclusive (default: 0).
	InconclusiveLimit AnalysisTemplateSpecMetricsInconclusiveLimit `field:"optional" json:"inconclusiveLimit" yaml:"inconclusiveLimit"`
	// InitialDelay how long the AnalysisRun should wait before starting this metric.
	InitialDelay *string `field:"optional" json:"initialDelay" yaml:"initialDelay"`
	// Interval defines an interval string (e.g. 30s, 5m, 1h) between each measurement. If omitted, will perform a single measurement.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// SuccessCondition is an expression which determines if a measurement is considered successful Expression is a goevaluate expression.
	//
	// The keyword `result` is a variable reference to the
	// value of measurement. Results can be both structured data or primitive.
	// Examples:
	// result > 10
	// (result.requests_made * result.requests_succeeded / 100) >= 90
	SuccessCondition *string `field:"optional" json:"successCondition" yaml:"successCondition"`
}

