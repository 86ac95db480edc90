package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

type RolloutSpecTemplateSpecResourcesLimits interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecResourcesLimits
type jsiiProxy_RolloutSpecTemplateSpecResourcesLimits struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecResourcesLimits) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecResourcesLimits_FromNumber(value *float64) RolloutSpecTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecResourcesLimits_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecResourcesLimits",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecResourcesLimits_FromString(value *string) RolloutSpecTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecResourcesLimits_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecResourcesLimits",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

