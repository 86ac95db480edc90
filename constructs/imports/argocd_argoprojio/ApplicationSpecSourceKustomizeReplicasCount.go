package argocd_argoprojio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/argocd_argoprojio/jsii"
)

// Number of replicas.
type ApplicationSpecSourceKustomizeReplicasCount interface {
	Value() interface{}
}

// The jsii proxy struct for ApplicationSpecSourceKustomizeReplicasCount
type jsiiProxy_ApplicationSpecSourceKustomizeReplicasCount struct {
	_ byte // padding
}

func (j *jsiiProxy_ApplicationSpecSourceKustomizeReplicasCount) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ApplicationSpecSourceKustomizeReplicasCount_FromNumber(value *float64) ApplicationSpecSourceKustomizeReplicasCount {
	_init_.Initialize()

	if err := validateApplicationSpecSourceKustomizeReplicasCount_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ApplicationSpecSourceKustomizeReplicasCount

	_jsii_.StaticInvoke(
		"argocd_argoprojio.ApplicationSpecSourceKustomizeReplicasCount",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ApplicationSpecSourceKustomizeReplicasCount_FromString(value *string) ApplicationSpecSourceKustomizeReplicasCount {
	_init_.Initialize()

	if err := validateApplicationSpecSourceKustomizeReplicasCount_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ApplicationSpecSourceKustomizeReplicasCount

	_jsii_.StaticInvoke(
		"argocd_argoprojio.ApplicationSpecSourceKustomizeReplicasCount",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

