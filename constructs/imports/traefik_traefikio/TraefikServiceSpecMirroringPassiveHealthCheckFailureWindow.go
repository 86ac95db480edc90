package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy.
//
// It also defines for how long the server will be considered unhealthy.
type TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow
type jsiiProxy_TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow_FromNumber(value *float64) TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringPassiveHealthCheckFailureWindow_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow_FromString(value *string) TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringPassiveHealthCheckFailureWindow_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

