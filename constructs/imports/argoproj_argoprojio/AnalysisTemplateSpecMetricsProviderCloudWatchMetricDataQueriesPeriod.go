package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

type AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod
type jsiiProxy_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod_FromNumber(value *float64) AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod_FromString(value *string) AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

