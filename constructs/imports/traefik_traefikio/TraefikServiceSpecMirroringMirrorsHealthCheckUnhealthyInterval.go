package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
//
// When UnhealthyInterval is not defined, it defaults to the Interval value.
// Default: 30s.
type TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval
type jsiiProxy_TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval_FromNumber(value *float64) TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval_FromString(value *string) TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

