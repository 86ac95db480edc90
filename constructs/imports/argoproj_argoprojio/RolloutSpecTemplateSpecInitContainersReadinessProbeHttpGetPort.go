package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Name or number of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort
type jsiiProxy_RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort_FromNumber(value *float64) RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort_FromString(value *string) RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

