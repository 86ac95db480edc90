package monitoring_monitoringcoreoscom

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/monitoring_monitoringcoreoscom/jsii"
)

// targetPort defines the name or number of a container port on Pods selected by the Service.
//
// If a name, it matches against `.spec.containers[].ports[].name` of the Pods.
// If a number, it matches against `.spec.containers[].ports[].containerPort` of the Pods.
type ServiceMonitorSpecEndpointsTargetPort interface {
	Value() interface{}
}

// The jsii proxy struct for ServiceMonitorSpecEndpointsTargetPort
type jsiiProxy_ServiceMonitorSpecEndpointsTargetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_ServiceMonitorSpecEndpointsTargetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ServiceMonitorSpecEndpointsTargetPort_FromNumber(value *float64) ServiceMonitorSpecEndpointsTargetPort {
	_init_.Initialize()

	if err := validateServiceMonitorSpecEndpointsTargetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ServiceMonitorSpecEndpointsTargetPort

	_jsii_.StaticInvoke(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTargetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ServiceMonitorSpecEndpointsTargetPort_FromString(value *string) ServiceMonitorSpecEndpointsTargetPort {
	_init_.Initialize()

	if err := validateServiceMonitorSpecEndpointsTargetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ServiceMonitorSpecEndpointsTargetPort

	_jsii_.StaticInvoke(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTargetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

