package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// Duration the amount of time to wait before moving to the next step.
type RolloutSpecStrategyCanaryStepsPauseDuration interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecStrategyCanaryStepsPauseDuration
type jsiiProxy_RolloutSpecStrategyCanaryStepsPauseDuration struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecStrategyCanaryStepsPauseDuration) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecStrategyCanaryStepsPauseDuration_FromNumber(value *float64) RolloutSpecStrategyCanaryStepsPauseDuration {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyCanaryStepsPauseDuration_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyCanaryStepsPauseDuration

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyCanaryStepsPauseDuration",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecStrategyCanaryStepsPauseDuration_FromString(value *string) RolloutSpecStrategyCanaryStepsPauseDuration {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyCanaryStepsPauseDuration_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyCanaryStepsPauseDuration

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyCanaryStepsPauseDuration",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

