package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy.
//
// It also defines for how long the server will be considered unhealthy.
type TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow
type jsiiProxy_TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow_FromNumber(value *float64) TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow_FromString(value *string) TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

