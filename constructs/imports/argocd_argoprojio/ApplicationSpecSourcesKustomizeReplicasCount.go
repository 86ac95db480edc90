package argocd_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argocd_argoprojio/jsii"
)

// Number of replicas.
type ApplicationSpecSourcesKustomizeReplicasCount interface {
	Value() interface{}
}

// The jsii proxy struct for ApplicationSpecSourcesKustomizeReplicasCount
type jsiiProxy_ApplicationSpecSourcesKustomizeReplicasCount struct {
	_ byte // padding
}

func (j *jsiiProxy_ApplicationSpecSourcesKustomizeReplicasCount) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ApplicationSpecSourcesKustomizeReplicasCount_FromNumber(value *float64) ApplicationSpecSourcesKustomizeReplicasCount {
	_init_.Initialize()

	if err := validateApplicationSpecSourcesKustomizeReplicasCount_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ApplicationSpecSourcesKustomizeReplicasCount

	_jsii_.StaticInvoke(
		"argocd_argoprojio.ApplicationSpecSourcesKustomizeReplicasCount",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ApplicationSpecSourcesKustomizeReplicasCount_FromString(value *string) ApplicationSpecSourcesKustomizeReplicasCount {
	_init_.Initialize()

	if err := validateApplicationSpecSourcesKustomizeReplicasCount_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ApplicationSpecSourcesKustomizeReplicasCount

	_jsii_.StaticInvoke(
		"argocd_argoprojio.ApplicationSpecSourcesKustomizeReplicasCount",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

