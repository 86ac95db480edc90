package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

type RolloutSpecTemplateSpecOverhead interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecTemplateSpecOverhead
type jsiiProxy_RolloutSpecTemplateSpecOverhead struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecTemplateSpecOverhead) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecTemplateSpecOverhead_FromNumber(value *float64) RolloutSpecTemplateSpecOverhead {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecOverhead_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecOverhead

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecOverhead",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecTemplateSpecOverhead_FromString(value *string) RolloutSpecTemplateSpecOverhead {
	_init_.Initialize()

	if err := validateRolloutSpecTemplateSpecOverhead_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecTemplateSpecOverhead

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecTemplateSpecOverhead",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

