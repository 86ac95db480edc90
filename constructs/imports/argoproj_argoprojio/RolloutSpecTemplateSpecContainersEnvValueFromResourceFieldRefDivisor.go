package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Specifies the output format of the exposed resources, defaults to "1".
type RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor
type jsiiProxy_RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor_FromNumber(value *float64) RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor_FromString(value *string) RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

