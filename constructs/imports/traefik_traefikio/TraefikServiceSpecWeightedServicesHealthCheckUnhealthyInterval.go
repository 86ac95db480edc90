package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
//
// When UnhealthyInterval is not defined, it defaults to the Interval value.
// Default: 30s.
type TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval
type jsiiProxy_TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval_FromNumber(value *float64) TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval_FromString(value *string) TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

