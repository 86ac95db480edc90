package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits
type jsiiProxy_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits_FromNumber(value *float64) AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits_FromString(value *string) AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

