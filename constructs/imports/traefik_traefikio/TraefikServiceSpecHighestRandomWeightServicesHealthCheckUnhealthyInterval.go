package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
//
// When UnhealthyInterval is not defined, it defaults to the Interval value.
// Default: 30s.
type TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval
type jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval_FromNumber(value *float64) TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval_FromString(value *string) TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

