package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

type RolloutSpecTemplateSpecResourcesRequests interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecResourcesRequests
type jsiiProxy_RolloutSpecTemplateSpecResourcesRequests struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecResourcesRequests) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecResourcesRequests_FromNumber(value *float64) RolloutSpecTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecResourcesRequests_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecResourcesRequests",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecResourcesRequests_FromString(value *string) RolloutSpecTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecResourcesRequests_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecResourcesRequests",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

