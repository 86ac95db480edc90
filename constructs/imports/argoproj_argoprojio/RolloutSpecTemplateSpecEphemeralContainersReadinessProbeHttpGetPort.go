package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Name or number of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort
type jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort_FromNumber(value *float64) RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort_FromString(value *string) RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

