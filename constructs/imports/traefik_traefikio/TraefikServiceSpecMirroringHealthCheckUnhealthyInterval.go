package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
//
// When UnhealthyInterval is not defined, it defaults to the Interval value.
// Default: 30s.
type TraefikServiceSpecMirroringHealthCheckUnhealthyInterval interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecMirroringHealthCheckUnhealthyInterval
type jsiiProxy_TraefikServiceSpecMirroringHealthCheckUnhealthyInterval struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecMirroringHealthCheckUnhealthyInterval) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecMirroringHealthCheckUnhealthyInterval_FromNumber(value *float64) TraefikServiceSpecMirroringHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringHealthCheckUnhealthyInterval_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringHealthCheckUnhealthyInterval",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecMirroringHealthCheckUnhealthyInterval_FromString(value *string) TraefikServiceSpecMirroringHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringHealthCheckUnhealthyInterval_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringHealthCheckUnhealthyInterval",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

