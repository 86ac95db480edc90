package monitoring_monitoringcoreoscom

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/monitoring_monitoringcoreoscom/jsii"
)

// nativeHistogramMinBucketFactor defines if the growth factor of one bucket to the next is smaller than this, buckets will be merged to increase the factor sufficiently.
//
// It requires Prometheus >= v2.50.0.
type ServiceMonitorSpecNativeHistogramMinBucketFactor interface {
	Value() interface{}
}

// The jsii proxy struct for ServiceMonitorSpecNativeHistogramMinBucketFactor
type jsiiProxy_ServiceMonitorSpecNativeHistogramMinBucketFactor struct {
	_ byte // padding
}

func (j *jsiiProxy_ServiceMonitorSpecNativeHistogramMinBucketFactor) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ServiceMonitorSpecNativeHistogramMinBucketFactor_FromNumber(value *float64) ServiceMonitorSpecNativeHistogramMinBucketFactor {
	_init_.Initialize()

	if err := validateServiceMonitorSpecNativeHistogramMinBucketFactor_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ServiceMonitorSpecNativeHistogramMinBucketFactor

	_jsii_.StaticInvoke(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecNativeHistogramMinBucketFactor",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ServiceMonitorSpecNativeHistogramMinBucketFactor_FromString(value *string) ServiceMonitorSpecNativeHistogramMinBucketFactor {
	_init_.Initialize()

	if err := validateServiceMonitorSpecNativeHistogramMinBucketFactor_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ServiceMonitorSpecNativeHistogramMinBucketFactor

	_jsii_.StaticInvoke(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecNativeHistogramMinBucketFactor",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

