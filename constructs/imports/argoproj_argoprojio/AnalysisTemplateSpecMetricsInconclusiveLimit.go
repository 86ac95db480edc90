package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// InconclusiveLimit is the maximum number of times the measurement is allowed to measure Inconclusive, before the entire metric is considered Inconclusive (default: 0).
type AnalysisTemplateSpecMetricsInconclusiveLimit interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsInconclusiveLimit
type jsiiProxy_AnalysisTemplateSpecMetricsInconclusiveLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsInconclusiveLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsInconclusiveLimit_FromNumber(value *float64) AnalysisTemplateSpecMetricsInconclusiveLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsInconclusiveLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsInconclusiveLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsInconclusiveLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsInconclusiveLimit_FromString(value *string) AnalysisTemplateSpecMetricsInconclusiveLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsInconclusiveLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsInconclusiveLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsInconclusiveLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

