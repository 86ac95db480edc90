package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Specifies the output format of the exposed resources, defaults to "1".
type RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor
type jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor_FromNumber(value *float64) RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor_FromString(value *string) RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

