package certmanager_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/certmanager_certmanagerio/jsii"
)

type IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests interface {
	Value() interface{}
}

// The jsii proxy struct for IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests
type jsiiProxy_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests struct {
	_ byte // padding
}

func (j *jsiiProxy_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromNumber(value *float64) IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromString(value *string) IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

