package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Number or name of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort
type jsiiProxy_RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort_FromNumber(value *float64) RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort_FromString(value *string) RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

