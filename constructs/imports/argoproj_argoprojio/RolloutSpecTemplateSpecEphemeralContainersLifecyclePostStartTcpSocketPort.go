package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Number or name of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort
type jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort_FromNumber(value *float64) RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort_FromString(value *string) RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

