package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// MaxSurge The maximum number of pods that can be scheduled above the original number of pods.
//
// Value can be an absolute number (ex: 5) or a percentage of total pods at
// the start of the update (ex: 10%). This can not be 0 if MaxUnavailable is 0.
// Absolute number is calculated from percentage by rounding up.
// By default, a value of 25% is used.
// Example: when this is set to 30%, the new RC can be scaled up by 30%
// immediately when the rolling update starts. Once old pods have been killed,
// new RC can be scaled up further, ensuring that total number of pods running
// at any time during the update is at most 130% of original pods.
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

