package argoproj_argoprojio


type AnalysisTemplateSpecMetrics struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Provider *AnalysisTemplateSpecMetricsProvider `field:"required" json:"provider" yaml:"provider"`
	ConsecutiveErrorLimit AnalysisTemplateSpecMetricsConsecutiveErrorLimit `field:"optional" json:"consecutiveErrorLimit" yaml:"consecutiveErrorLimit"`
	ConsecutiveSuccessLimit AnalysisTemplateSpecMetricsConsecutiveSuccessLimit `field:"optional" json:"consecutiveSuccessLimit" yaml:"consecutiveSuccessLimit"`
	Count AnalysisTemplateSpecMetricsCount `field:"optional" json:"count" yaml:"count"`
	FailureCondition *string `field:"optional" json:"failureCondition" yaml:"failureCondition"`
	FailureLimit AnalysisTemplateSpecMetricsFailureLimit `field:"optional" json:"failureLimit" yaml:"failureLimit"`
	InconclusiveLimit AnalysisTemplateSpecMetricsInconclusiveLimit `field:"optional" json:"inconclusiveLimit" yaml:"inconclusiveLimit"`
	InitialDelay *string `field:"optional" json:"initialDelay" yaml:"initialDelay"`
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	SuccessCondition *string `field:"optional" json:"successCondition" yaml:"successCondition"`
}

