package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy.
//
// It also defines for how long the server will be considered unhealthy.
type TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow
type jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow_FromNumber(value *float64) TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow_FromString(value *string) TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

