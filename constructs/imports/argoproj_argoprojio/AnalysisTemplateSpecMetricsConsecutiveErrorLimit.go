package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// ConsecutiveErrorLimit is the maximum number of times the measurement is allowed to error in succession, before the metric is considered error (default: 4).
type AnalysisTemplateSpecMetricsConsecutiveErrorLimit interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsConsecutiveErrorLimit
type jsiiProxy_AnalysisTemplateSpecMetricsConsecutiveErrorLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsConsecutiveErrorLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsConsecutiveErrorLimit_FromNumber(value *float64) AnalysisTemplateSpecMetricsConsecutiveErrorLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsConsecutiveErrorLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsConsecutiveErrorLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsConsecutiveErrorLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsConsecutiveErrorLimit_FromString(value *string) AnalysisTemplateSpecMetricsConsecutiveErrorLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsConsecutiveErrorLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsConsecutiveErrorLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsConsecutiveErrorLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

