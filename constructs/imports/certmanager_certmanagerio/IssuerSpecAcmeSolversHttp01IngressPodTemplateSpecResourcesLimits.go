package certmanager_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/certmanager_certmanagerio/jsii"
)

type IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits interface {
	Value() interface{}
}

// The jsii proxy struct for IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits
type jsiiProxy_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits struct {
	_ byte // padding
}

func (j *jsiiProxy_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromNumber(value *float64) IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromString(value *string) IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

