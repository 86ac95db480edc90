// certmanager_cert-managerio
package certmanager_certmanagerio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"certmanager_cert-managerio.Certificate",
		reflect.TypeOf((*Certificate)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_Certificate{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateProps",
		reflect.TypeOf((*CertificateProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpec",
		reflect.TypeOf((*CertificateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecAdditionalOutputFormats",
		reflect.TypeOf((*CertificateSpecAdditionalOutputFormats)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecAdditionalOutputFormatsType",
		reflect.TypeOf((*CertificateSpecAdditionalOutputFormatsType)(nil)).Elem(),
		map[string]interface{}{
			"DER": CertificateSpecAdditionalOutputFormatsType_DER,
			"COMBINED_PEM": CertificateSpecAdditionalOutputFormatsType_COMBINED_PEM,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecIssuerRef",
		reflect.TypeOf((*CertificateSpecIssuerRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecKeystores",
		reflect.TypeOf((*CertificateSpecKeystores)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecKeystoresJks",
		reflect.TypeOf((*CertificateSpecKeystoresJks)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecKeystoresJksPasswordSecretRef",
		reflect.TypeOf((*CertificateSpecKeystoresJksPasswordSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecKeystoresPkcs12",
		reflect.TypeOf((*CertificateSpecKeystoresPkcs12)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecKeystoresPkcs12PasswordSecretRef",
		reflect.TypeOf((*CertificateSpecKeystoresPkcs12PasswordSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecKeystoresPkcs12Profile",
		reflect.TypeOf((*CertificateSpecKeystoresPkcs12Profile)(nil)).Elem(),
		map[string]interface{}{
			"LEGACY_RC2": CertificateSpecKeystoresPkcs12Profile_LEGACY_RC2,
			"LEGACY_DES": CertificateSpecKeystoresPkcs12Profile_LEGACY_DES,
			"MODERN2023": CertificateSpecKeystoresPkcs12Profile_MODERN2023,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecNameConstraints",
		reflect.TypeOf((*CertificateSpecNameConstraints)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecNameConstraintsExcluded",
		reflect.TypeOf((*CertificateSpecNameConstraintsExcluded)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecNameConstraintsPermitted",
		reflect.TypeOf((*CertificateSpecNameConstraintsPermitted)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecOtherNames",
		reflect.TypeOf((*CertificateSpecOtherNames)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecPrivateKey",
		reflect.TypeOf((*CertificateSpecPrivateKey)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecPrivateKeyAlgorithm",
		reflect.TypeOf((*CertificateSpecPrivateKeyAlgorithm)(nil)).Elem(),
		map[string]interface{}{
			"RSA": CertificateSpecPrivateKeyAlgorithm_RSA,
			"ECDSA": CertificateSpecPrivateKeyAlgorithm_ECDSA,
			"ED25519": CertificateSpecPrivateKeyAlgorithm_ED25519,
		},
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecPrivateKeyEncoding",
		reflect.TypeOf((*CertificateSpecPrivateKeyEncoding)(nil)).Elem(),
		map[string]interface{}{
			"PKCS1": CertificateSpecPrivateKeyEncoding_PKCS1,
			"PKCS8": CertificateSpecPrivateKeyEncoding_PKCS8,
		},
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecPrivateKeyRotationPolicy",
		reflect.TypeOf((*CertificateSpecPrivateKeyRotationPolicy)(nil)).Elem(),
		map[string]interface{}{
			"NEVER": CertificateSpecPrivateKeyRotationPolicy_NEVER,
			"ALWAYS": CertificateSpecPrivateKeyRotationPolicy_ALWAYS,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecSecretTemplate",
		reflect.TypeOf((*CertificateSpecSecretTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecSignatureAlgorithm",
		reflect.TypeOf((*CertificateSpecSignatureAlgorithm)(nil)).Elem(),
		map[string]interface{}{
			"SHA256_WITH_RSA": CertificateSpecSignatureAlgorithm_SHA256_WITH_RSA,
			"SHA384_WITH_RSA": CertificateSpecSignatureAlgorithm_SHA384_WITH_RSA,
			"SHA512_WITH_RSA": CertificateSpecSignatureAlgorithm_SHA512_WITH_RSA,
			"ECDSA_WITH_SHA256": CertificateSpecSignatureAlgorithm_ECDSA_WITH_SHA256,
			"ECDSA_WITH_SHA384": CertificateSpecSignatureAlgorithm_ECDSA_WITH_SHA384,
			"ECDSA_WITH_SHA512": CertificateSpecSignatureAlgorithm_ECDSA_WITH_SHA512,
			"PURE_ED25519": CertificateSpecSignatureAlgorithm_PURE_ED25519,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.CertificateSpecSubject",
		reflect.TypeOf((*CertificateSpecSubject)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.CertificateSpecUsages",
		reflect.TypeOf((*CertificateSpecUsages)(nil)).Elem(),
		map[string]interface{}{
			"SIGNING": CertificateSpecUsages_SIGNING,
			"DIGITAL_SIGNATURE": CertificateSpecUsages_DIGITAL_SIGNATURE,
			"CONTENT_COMMITMENT": CertificateSpecUsages_CONTENT_COMMITMENT,
			"KEY_ENCIPHERMENT": CertificateSpecUsages_KEY_ENCIPHERMENT,
			"KEY_AGREEMENT": CertificateSpecUsages_KEY_AGREEMENT,
			"DATA_ENCIPHERMENT": CertificateSpecUsages_DATA_ENCIPHERMENT,
			"CERT_SIGN": CertificateSpecUsages_CERT_SIGN,
			"CRL_SIGN": CertificateSpecUsages_CRL_SIGN,
			"ENCIPHER_ONLY": CertificateSpecUsages_ENCIPHER_ONLY,
			"DECIPHER_ONLY": CertificateSpecUsages_DECIPHER_ONLY,
			"ANY": CertificateSpecUsages_ANY,
			"SERVER_AUTH": CertificateSpecUsages_SERVER_AUTH,
			"CLIENT_AUTH": CertificateSpecUsages_CLIENT_AUTH,
			"CODE_SIGNING": CertificateSpecUsages_CODE_SIGNING,
			"EMAIL_PROTECTION": CertificateSpecUsages_EMAIL_PROTECTION,
			"S_FORWARD_SLASH_MIME": CertificateSpecUsages_S_FORWARD_SLASH_MIME,
			"IPSEC_END_SYSTEM": CertificateSpecUsages_IPSEC_END_SYSTEM,
			"IPSEC_TUNNEL": CertificateSpecUsages_IPSEC_TUNNEL,
			"IPSEC_USER": CertificateSpecUsages_IPSEC_USER,
			"TIMESTAMPING": CertificateSpecUsages_TIMESTAMPING,
			"OCSP_SIGNING": CertificateSpecUsages_OCSP_SIGNING,
			"MICROSOFT_SGC": CertificateSpecUsages_MICROSOFT_SGC,
			"NETSCAPE_SGC": CertificateSpecUsages_NETSCAPE_SGC,
		},
	)
	_jsii_.RegisterClass(
		"certmanager_cert-managerio.Issuer",
		reflect.TypeOf((*Issuer)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_Issuer{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerProps",
		reflect.TypeOf((*IssuerProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpec",
		reflect.TypeOf((*IssuerSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcme",
		reflect.TypeOf((*IssuerSpecAcme)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeExternalAccountBinding",
		reflect.TypeOf((*IssuerSpecAcmeExternalAccountBinding)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.IssuerSpecAcmeExternalAccountBindingKeyAlgorithm",
		reflect.TypeOf((*IssuerSpecAcmeExternalAccountBindingKeyAlgorithm)(nil)).Elem(),
		map[string]interface{}{
			"HS256": IssuerSpecAcmeExternalAccountBindingKeyAlgorithm_HS256,
			"HS384": IssuerSpecAcmeExternalAccountBindingKeyAlgorithm_HS384,
			"HS512": IssuerSpecAcmeExternalAccountBindingKeyAlgorithm_HS512,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeExternalAccountBindingKeySecretRef",
		reflect.TypeOf((*IssuerSpecAcmeExternalAccountBindingKeySecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmePrivateKeySecretRef",
		reflect.TypeOf((*IssuerSpecAcmePrivateKeySecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolvers",
		reflect.TypeOf((*IssuerSpecAcmeSolvers)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AcmeDns",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AcmeDns)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Akamai",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Akamai)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AzureDns",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AzureDns)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AzureDnsEnvironment",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AzureDnsEnvironment)(nil)).Elem(),
		map[string]interface{}{
			"AZURE_PUBLIC_CLOUD": IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_PUBLIC_CLOUD,
			"AZURE_CHINA_CLOUD": IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_CHINA_CLOUD,
			"AZURE_GERMAN_CLOUD": IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_GERMAN_CLOUD,
			"AZURE_US_GOVERNMENT_CLOUD": IssuerSpecAcmeSolversDns01AzureDnsEnvironment_AZURE_US_GOVERNMENT_CLOUD,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01CloudDns",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01CloudDns)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Cloudflare",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Cloudflare)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01CnameStrategy",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01CnameStrategy)(nil)).Elem(),
		map[string]interface{}{
			"NONE": IssuerSpecAcmeSolversDns01CnameStrategy_NONE,
			"FOLLOW": IssuerSpecAcmeSolversDns01CnameStrategy_FOLLOW,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Digitalocean",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Digitalocean)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Rfc2136",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Rfc2136)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Rfc2136Protocol",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Rfc2136Protocol)(nil)).Elem(),
		map[string]interface{}{
			"TCP": IssuerSpecAcmeSolversDns01Rfc2136Protocol_TCP,
			"UDP": IssuerSpecAcmeSolversDns01Rfc2136Protocol_UDP,
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Route53",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Route53)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Route53Auth",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Route53Auth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Route53AuthKubernetes",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Route53AuthKubernetes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversDns01Webhook",
		reflect.TypeOf((*IssuerSpecAcmeSolversDns01Webhook)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoute",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplate",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateMetadata",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpec",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResources",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResources)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits{}
		},
	)
	_jsii_.RegisterClass(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests{}
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContext",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContext)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecTolerations",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecTolerations)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01Ingress",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01Ingress)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressIngressTemplate",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressIngressTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressIngressTemplateMetadata",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressIngressTemplateMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplate",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateMetadata",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinity",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits{}
		},
	)
	_jsii_.RegisterClass(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests{}
		},
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeccompProfile",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSeccompProfile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSysctls",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContextSysctls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations",
		reflect.TypeOf((*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecAcmeSolversSelector",
		reflect.TypeOf((*IssuerSpecAcmeSolversSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecCa",
		reflect.TypeOf((*IssuerSpecCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecSelfSigned",
		reflect.TypeOf((*IssuerSpecSelfSigned)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVault",
		reflect.TypeOf((*IssuerSpecVault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuth",
		reflect.TypeOf((*IssuerSpecVaultAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthAppRole",
		reflect.TypeOf((*IssuerSpecVaultAuthAppRole)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthAppRoleSecretRef",
		reflect.TypeOf((*IssuerSpecVaultAuthAppRoleSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthClientCertificate",
		reflect.TypeOf((*IssuerSpecVaultAuthClientCertificate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthKubernetes",
		reflect.TypeOf((*IssuerSpecVaultAuthKubernetes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthKubernetesSecretRef",
		reflect.TypeOf((*IssuerSpecVaultAuthKubernetesSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthKubernetesServiceAccountRef",
		reflect.TypeOf((*IssuerSpecVaultAuthKubernetesServiceAccountRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultAuthTokenSecretRef",
		reflect.TypeOf((*IssuerSpecVaultAuthTokenSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultCaBundleSecretRef",
		reflect.TypeOf((*IssuerSpecVaultCaBundleSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultClientCertSecretRef",
		reflect.TypeOf((*IssuerSpecVaultClientCertSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVaultClientKeySecretRef",
		reflect.TypeOf((*IssuerSpecVaultClientKeySecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVenafi",
		reflect.TypeOf((*IssuerSpecVenafi)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVenafiCloud",
		reflect.TypeOf((*IssuerSpecVenafiCloud)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVenafiCloudApiTokenSecretRef",
		reflect.TypeOf((*IssuerSpecVenafiCloudApiTokenSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVenafiTpp",
		reflect.TypeOf((*IssuerSpecVenafiTpp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVenafiTppCaBundleSecretRef",
		reflect.TypeOf((*IssuerSpecVenafiTppCaBundleSecretRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"certmanager_cert-managerio.IssuerSpecVenafiTppCredentialsRef",
		reflect.TypeOf((*IssuerSpecVenafiTppCredentialsRef)(nil)).Elem(),
	)
}
