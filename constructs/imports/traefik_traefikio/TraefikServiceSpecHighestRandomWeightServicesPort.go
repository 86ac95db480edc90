package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// Port defines the port of a Kubernetes Service.
//
// This can be a reference to a named port.
type TraefikServiceSpecHighestRandomWeightServicesPort interface {
	Value() interface{}
}

// The jsii proxy struct for TraefikServiceSpecHighestRandomWeightServicesPort
type jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesPort struct {
	_ byte // padding
}

func (j *jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func TraefikServiceSpecHighestRandomWeightServicesPort_FromNumber(value *float64) TraefikServiceSpecHighestRandomWeightServicesPort {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesPort

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func TraefikServiceSpecHighestRandomWeightServicesPort_FromString(value *string) TraefikServiceSpecHighestRandomWeightServicesPort {
	_init_.Initialize()

	if err := validateTraefikServiceSpecHighestRandomWeightServicesPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns TraefikServiceSpecHighestRandomWeightServicesPort

	_jsii_.StaticInvoke(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

