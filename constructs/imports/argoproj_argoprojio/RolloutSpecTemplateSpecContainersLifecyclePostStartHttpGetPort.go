package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Name or number of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort
type jsiiProxy_RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort_FromNumber(value *float64) RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort_FromString(value *string) RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

