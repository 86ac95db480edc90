package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Name or number of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort
type jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort_FromNumber(value *float64) RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort_FromString(value *string) RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

