package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Number or name of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort
type jsiiProxy_RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort_FromNumber(value *float64) RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort_FromString(value *string) RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

