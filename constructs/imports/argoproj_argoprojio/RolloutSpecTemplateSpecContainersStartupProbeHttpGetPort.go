package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Name or number of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort
type jsiiProxy_RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort_FromNumber(value *float64) RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersStartupProbeHttpGetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort_FromString(value *string) RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersStartupProbeHttpGetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

