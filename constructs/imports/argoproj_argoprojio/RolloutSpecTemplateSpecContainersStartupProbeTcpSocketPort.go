package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Number or name of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort
type jsiiProxy_RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort_FromNumber(value *float64) RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort_FromString(value *string) RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

