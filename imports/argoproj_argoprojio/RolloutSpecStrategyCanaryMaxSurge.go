package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/imports/argoproj_argoprojio/jsii"
)

type RolloutSpecStrategyCanaryMaxSurge interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecStrategyCanaryMaxSurge
type jsiiProxy_RolloutSpecStrategyCanaryMaxSurge struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecStrategyCanaryMaxSurge) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecStrategyCanaryMaxSurge_FromNumber(value *float64) RolloutSpecStrategyCanaryMaxSurge {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyCanaryMaxSurge_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyCanaryMaxSurge

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyCanaryMaxSurge",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecStrategyCanaryMaxSurge_FromString(value *string) RolloutSpecStrategyCanaryMaxSurge {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyCanaryMaxSurge_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyCanaryMaxSurge

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyCanaryMaxSurge",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

