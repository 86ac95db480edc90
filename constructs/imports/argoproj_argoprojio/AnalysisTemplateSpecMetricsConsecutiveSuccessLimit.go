package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// ConsecutiveSuccessLimit is the number of consecutive times the measurement must succeed for the entire metric to be considered Successful (default: 0, which means it's disabled).
type AnalysisTemplateSpecMetricsConsecutiveSuccessLimit interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsConsecutiveSuccessLimit
type jsiiProxy_AnalysisTemplateSpecMetricsConsecutiveSuccessLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsConsecutiveSuccessLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsConsecutiveSuccessLimit_FromNumber(value *float64) AnalysisTemplateSpecMetricsConsecutiveSuccessLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsConsecutiveSuccessLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsConsecutiveSuccessLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsConsecutiveSuccessLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsConsecutiveSuccessLimit_FromString(value *string) AnalysisTemplateSpecMetricsConsecutiveSuccessLimit {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsConsecutiveSuccessLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsConsecutiveSuccessLimit

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsConsecutiveSuccessLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

