package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
//
// When UnhealthyInterval is not defined, it defaults to the Interval value.
// Default: 30s.
type MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval interface {
	Value() interface{}
}

// The jsii proxy struct for MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval
type jsiiProxy_MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval struct {
	_ byte // padding
}

func (j *jsiiProxy_MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval_FromNumber(value *float64) MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateMiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval_FromString(value *string) MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateMiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

