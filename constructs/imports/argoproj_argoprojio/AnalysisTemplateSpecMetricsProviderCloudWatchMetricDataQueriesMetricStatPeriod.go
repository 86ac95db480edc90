package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

type AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod interface {
	Value() interface{}
}

// The jsii proxy struct for AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod
type jsiiProxy_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod struct {
	_ byte // padding
}

func (j *jsiiProxy_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod_FromNumber(value *float64) AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod_FromString(value *string) AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod {
	_init_.Initialize()

	if err := validateAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

