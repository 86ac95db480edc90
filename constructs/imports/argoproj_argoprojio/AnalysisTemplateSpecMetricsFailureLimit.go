package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// FailureLimit is the maximum number of times the measurement is allowed to fail, before the entire metric is considered Failed (default: 0) -1 for making it disabled (when opting to use ConsecutiveSuccessLimit solely).
type AnalysisTemplateSpecMetricsFailureLimit interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsFailureLimit
type jsiiProxy_AnalysisTemplateSpecMetricsFailureLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsFailureLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsFailureLimit_FromNumber(value *float64) AnalysisTemplateSpecMetricsFailureLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsFailureLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsFailureLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsFailureLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsFailureLimit_FromString(value *string) AnalysisTemplateSpecMetricsFailureLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsFailureLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsFailureLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsFailureLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

