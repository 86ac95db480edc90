package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// Interval defines the frequency of the health check calls for healthy targets.
//
// Default: 30s.
type TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval
type jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval_FromNumber(value *float64) TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval_FromString(value *string) TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

