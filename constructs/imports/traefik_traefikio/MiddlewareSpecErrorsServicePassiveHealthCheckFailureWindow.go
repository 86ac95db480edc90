package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy.
//
// It also defines for how long the server will be considered unhealthy.
type MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow interface {
	Value() interface{}
}

// The jsii proxy struct for MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow
type jsiiProxy_MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow struct {
	_ byte // padding
}

func (j *jsiiProxy_MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow_FromNumber(value *float64) MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateMiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow_FromString(value *string) MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow {
	_init_.Initialize()

	if err := validateMiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

