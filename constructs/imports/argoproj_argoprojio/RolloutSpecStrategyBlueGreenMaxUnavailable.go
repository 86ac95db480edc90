package argoproj_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio/jsii"
)

// MaxUnavailable The maximum number of pods that can be unavailable during a restart operation.
//
// Defaults to 25% of total replicas.
// Default: 25% of total replicas.
//
type RolloutSpecStrategyBlueGreenMaxUnavailable interface {
	Value() interface{}
}

// The jsii proxy struct for RolloutSpecStrategyBlueGreenMaxUnavailable
type jsiiProxy_RolloutSpecStrategyBlueGreenMaxUnavailable struct {
	_ byte // padding
}

func (j *jsiiProxy_RolloutSpecStrategyBlueGreenMaxUnavailable) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func RolloutSpecStrategyBlueGreenMaxUnavailable_FromNumber(value *float64) RolloutSpecStrategyBlueGreenMaxUnavailable {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyBlueGreenMaxUnavailable_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyBlueGreenMaxUnavailable

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyBlueGreenMaxUnavailable",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func RolloutSpecStrategyBlueGreenMaxUnavailable_FromString(value *string) RolloutSpecStrategyBlueGreenMaxUnavailable {
	_init_.Initialize()

	if err := validateRolloutSpecStrategyBlueGreenMaxUnavailable_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns RolloutSpecStrategyBlueGreenMaxUnavailable

	_jsii_.StaticInvoke(
		"argoproj_argoprojio.RolloutSpecStrategyBlueGreenMaxUnavailable",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

