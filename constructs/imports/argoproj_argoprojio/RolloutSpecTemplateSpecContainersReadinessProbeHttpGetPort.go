package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Name or number of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort
type jsiiProxy_RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort_FromNumber(value *float64) RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort_FromString(value *string) RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

