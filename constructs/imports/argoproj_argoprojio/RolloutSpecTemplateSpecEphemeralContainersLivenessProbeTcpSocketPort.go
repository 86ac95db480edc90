package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Number or name of the port to access on the container.
//
// Number must be in the range 1 to 65535.
// Name must be an IANA_SVC_NAME.
type RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort
type jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort_FromNumber(value *float64) RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort_FromString(value *string) RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

