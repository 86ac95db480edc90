package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// MaxUnavailable The maximum number of pods that can be unavailable during the update.
//
// Value can be an absolute number (ex: 5) or a percentage of total pods at the start of update (ex: 10%).
// Absolute number is calculated from percentage by rounding down.
// This can not be 0 if MaxSurge is 0.
// By default, a fixed value of 25% is used.
// Example: when this is set to 30%, the old RC can be scaled down by 30%
// immediately when the rolling update starts. Once new pods are ready, old RC
// can be scaled down further, followed by scaling up the new RC, ensuring
// that at least 70% of original number of pods are available at all times
// during the update.
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

