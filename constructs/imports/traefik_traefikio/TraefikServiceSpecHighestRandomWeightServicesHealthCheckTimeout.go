package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// Timeout defines the maximum duration Traefik will wait for a health check request before considering the server unhealthy.
//
// Default: 5s.
type TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout
type jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout_FromNumber(value *float64) TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout_FromString(value *string) TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

