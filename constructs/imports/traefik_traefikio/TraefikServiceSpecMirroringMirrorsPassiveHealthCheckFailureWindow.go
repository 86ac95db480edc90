package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy.
//
// It also defines for how long the server will be considered unhealthy.
type TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow
type jsiiProxy_TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow_FromNumber(value *float64) TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow_FromString(value *string) TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

