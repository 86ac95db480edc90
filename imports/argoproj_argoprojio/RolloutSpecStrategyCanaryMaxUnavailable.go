package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/imports/argoproj_argoprojio/jsii"
)

type RolloutSpecStrategyCanaryMaxUnavailable interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecStrategyCanaryMaxUnavailable
type jsiiProxy_RolloutSpecStrategyCanaryMaxUnavailable struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecStrategyCanaryMaxUnavailable) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecStrategyCanaryMaxUnavailable_FromNumber(value *float64) RolloutSpecStrategyCanaryMaxUnavailable {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyCanaryMaxUnavailable_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyCanaryMaxUnavailable

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyCanaryMaxUnavailable",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecStrategyCanaryMaxUnavailable_FromString(value *string) RolloutSpecStrategyCanaryMaxUnavailable {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyCanaryMaxUnavailable_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyCanaryMaxUnavailable

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyCanaryMaxUnavailable",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

