package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Count is the number of times to run the measurement.
//
// If both interval and count are omitted,
// the effective count is 1. If only interval is specified, metric runs indefinitely.
// If count > 1, interval must be specified.
type AnalysisTemplateSpecMetricsCount interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsCount
type jsiiProxy_AnalysisTemplateSpecMetricsCount struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsCount) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsCount_FromNumber(value *float64) AnalysisTemplateSpecMetricsCount {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsCount_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsCount

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsCount",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsCount_FromString(value *string) AnalysisTemplateSpecMetricsCount {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsCount_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsCount

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsCount",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

