// traefik_traefikio
package traefik_traefikio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"traefik_traefikio.Middleware",
		reflect.TypeOf((*Middleware)(nil)).Elem(),
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
			j := jsiiProxy_Middleware{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareProps",
		reflect.TypeOf((*MiddlewareProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpec",
		reflect.TypeOf((*MiddlewareSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecAddPrefix",
		reflect.TypeOf((*MiddlewareSpecAddPrefix)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecBasicAuth",
		reflect.TypeOf((*MiddlewareSpecBasicAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecBuffering",
		reflect.TypeOf((*MiddlewareSpecBuffering)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecChain",
		reflect.TypeOf((*MiddlewareSpecChain)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecChainMiddlewares",
		reflect.TypeOf((*MiddlewareSpecChainMiddlewares)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecCircuitBreaker",
		reflect.TypeOf((*MiddlewareSpecCircuitBreaker)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecCircuitBreakerCheckPeriod",
		reflect.TypeOf((*MiddlewareSpecCircuitBreakerCheckPeriod)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecCircuitBreakerCheckPeriod{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecCircuitBreakerFallbackDuration",
		reflect.TypeOf((*MiddlewareSpecCircuitBreakerFallbackDuration)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecCircuitBreakerFallbackDuration{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecCircuitBreakerRecoveryDuration",
		reflect.TypeOf((*MiddlewareSpecCircuitBreakerRecoveryDuration)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecCircuitBreakerRecoveryDuration{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecCompress",
		reflect.TypeOf((*MiddlewareSpecCompress)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecContentType",
		reflect.TypeOf((*MiddlewareSpecContentType)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecDigestAuth",
		reflect.TypeOf((*MiddlewareSpecDigestAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrors",
		reflect.TypeOf((*MiddlewareSpecErrors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrorsService",
		reflect.TypeOf((*MiddlewareSpecErrorsService)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrorsServiceHealthCheck",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecErrorsServiceHealthCheckInterval",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceHealthCheckInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecErrorsServiceHealthCheckInterval{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecErrorsServiceHealthCheckTimeout",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceHealthCheckTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecErrorsServiceHealthCheckTimeout{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval{}
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.MiddlewareSpecErrorsServiceKind",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceKind)(nil)).Elem(),
		map[string]interface{}{
			"SERVICE": MiddlewareSpecErrorsServiceKind_SERVICE,
			"TRAEFIK_SERVICE": MiddlewareSpecErrorsServiceKind_TRAEFIK_SERVICE,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrorsServicePassiveHealthCheck",
		reflect.TypeOf((*MiddlewareSpecErrorsServicePassiveHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow",
		reflect.TypeOf((*MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecErrorsServicePort",
		reflect.TypeOf((*MiddlewareSpecErrorsServicePort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecErrorsServicePort{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrorsServiceResponseForwarding",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceResponseForwarding)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrorsServiceSticky",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceSticky)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecErrorsServiceStickyCookie",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceStickyCookie)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.MiddlewareSpecErrorsServiceStickyCookieSameSite",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceStickyCookieSameSite)(nil)).Elem(),
		map[string]interface{}{
			"NONE": MiddlewareSpecErrorsServiceStickyCookieSameSite_NONE,
			"LAX": MiddlewareSpecErrorsServiceStickyCookieSameSite_LAX,
			"STRICT": MiddlewareSpecErrorsServiceStickyCookieSameSite_STRICT,
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.MiddlewareSpecErrorsServiceStrategy",
		reflect.TypeOf((*MiddlewareSpecErrorsServiceStrategy)(nil)).Elem(),
		map[string]interface{}{
			"WRR": MiddlewareSpecErrorsServiceStrategy_WRR,
			"P2C": MiddlewareSpecErrorsServiceStrategy_P2C,
			"HRW": MiddlewareSpecErrorsServiceStrategy_HRW,
			"LEASTTIME": MiddlewareSpecErrorsServiceStrategy_LEASTTIME,
			"ROUND_ROBIN": MiddlewareSpecErrorsServiceStrategy_ROUND_ROBIN,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecForwardAuth",
		reflect.TypeOf((*MiddlewareSpecForwardAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecForwardAuthTls",
		reflect.TypeOf((*MiddlewareSpecForwardAuthTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecGrpcWeb",
		reflect.TypeOf((*MiddlewareSpecGrpcWeb)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecHeaders",
		reflect.TypeOf((*MiddlewareSpecHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecInFlightReq",
		reflect.TypeOf((*MiddlewareSpecInFlightReq)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecInFlightReqSourceCriterion",
		reflect.TypeOf((*MiddlewareSpecInFlightReqSourceCriterion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecInFlightReqSourceCriterionIpStrategy",
		reflect.TypeOf((*MiddlewareSpecInFlightReqSourceCriterionIpStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecIpAllowList",
		reflect.TypeOf((*MiddlewareSpecIpAllowList)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecIpAllowListIpStrategy",
		reflect.TypeOf((*MiddlewareSpecIpAllowListIpStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecIpWhiteList",
		reflect.TypeOf((*MiddlewareSpecIpWhiteList)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecIpWhiteListIpStrategy",
		reflect.TypeOf((*MiddlewareSpecIpWhiteListIpStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecPassTlsClientCert",
		reflect.TypeOf((*MiddlewareSpecPassTlsClientCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecPassTlsClientCertInfo",
		reflect.TypeOf((*MiddlewareSpecPassTlsClientCertInfo)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecPassTlsClientCertInfoIssuer",
		reflect.TypeOf((*MiddlewareSpecPassTlsClientCertInfoIssuer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecPassTlsClientCertInfoSubject",
		reflect.TypeOf((*MiddlewareSpecPassTlsClientCertInfoSubject)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRateLimit",
		reflect.TypeOf((*MiddlewareSpecRateLimit)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecRateLimitPeriod",
		reflect.TypeOf((*MiddlewareSpecRateLimitPeriod)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecRateLimitPeriod{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRateLimitRedis",
		reflect.TypeOf((*MiddlewareSpecRateLimitRedis)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisDialTimeout",
		reflect.TypeOf((*MiddlewareSpecRateLimitRedisDialTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecRateLimitRedisDialTimeout{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisReadTimeout",
		reflect.TypeOf((*MiddlewareSpecRateLimitRedisReadTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecRateLimitRedisReadTimeout{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisTls",
		reflect.TypeOf((*MiddlewareSpecRateLimitRedisTls)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisWriteTimeout",
		reflect.TypeOf((*MiddlewareSpecRateLimitRedisWriteTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecRateLimitRedisWriteTimeout{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRateLimitSourceCriterion",
		reflect.TypeOf((*MiddlewareSpecRateLimitSourceCriterion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRateLimitSourceCriterionIpStrategy",
		reflect.TypeOf((*MiddlewareSpecRateLimitSourceCriterionIpStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRedirectRegex",
		reflect.TypeOf((*MiddlewareSpecRedirectRegex)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRedirectScheme",
		reflect.TypeOf((*MiddlewareSpecRedirectScheme)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecReplacePath",
		reflect.TypeOf((*MiddlewareSpecReplacePath)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecReplacePathRegex",
		reflect.TypeOf((*MiddlewareSpecReplacePathRegex)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecRetry",
		reflect.TypeOf((*MiddlewareSpecRetry)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.MiddlewareSpecRetryInitialInterval",
		reflect.TypeOf((*MiddlewareSpecRetryInitialInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_MiddlewareSpecRetryInitialInterval{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecStripPrefix",
		reflect.TypeOf((*MiddlewareSpecStripPrefix)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.MiddlewareSpecStripPrefixRegex",
		reflect.TypeOf((*MiddlewareSpecStripPrefixRegex)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikService",
		reflect.TypeOf((*TraefikService)(nil)).Elem(),
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
			j := jsiiProxy_TraefikService{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceProps",
		reflect.TypeOf((*TraefikServiceProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpec",
		reflect.TypeOf((*TraefikServiceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeight",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeight)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServices",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServices)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckInterval{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckTimeout{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesHealthCheckUnhealthyInterval{}
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesKind",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesKind)(nil)).Elem(),
		map[string]interface{}{
			"SERVICE": TraefikServiceSpecHighestRandomWeightServicesKind_SERVICE,
			"TRAEFIK_SERVICE": TraefikServiceSpecHighestRandomWeightServicesKind_TRAEFIK_SERVICE,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesPassiveHealthCheckFailureWindow{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesPort",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecHighestRandomWeightServicesPort{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesResponseForwarding",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesResponseForwarding)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesSticky",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesSticky)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesStickyCookie",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesStickyCookie)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite)(nil)).Elem(),
		map[string]interface{}{
			"NONE": TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite_NONE,
			"LAX": TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite_LAX,
			"STRICT": TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite_STRICT,
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecHighestRandomWeightServicesStrategy",
		reflect.TypeOf((*TraefikServiceSpecHighestRandomWeightServicesStrategy)(nil)).Elem(),
		map[string]interface{}{
			"WRR": TraefikServiceSpecHighestRandomWeightServicesStrategy_WRR,
			"P2C": TraefikServiceSpecHighestRandomWeightServicesStrategy_P2C,
			"HRW": TraefikServiceSpecHighestRandomWeightServicesStrategy_HRW,
			"LEASTTIME": TraefikServiceSpecHighestRandomWeightServicesStrategy_LEASTTIME,
			"ROUND_ROBIN": TraefikServiceSpecHighestRandomWeightServicesStrategy_ROUND_ROBIN,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroring",
		reflect.TypeOf((*TraefikServiceSpecMirroring)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecMirroringHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringHealthCheckInterval",
		reflect.TypeOf((*TraefikServiceSpecMirroringHealthCheckInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringHealthCheckInterval{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringHealthCheckTimeout",
		reflect.TypeOf((*TraefikServiceSpecMirroringHealthCheckTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringHealthCheckTimeout{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringHealthCheckUnhealthyInterval",
		reflect.TypeOf((*TraefikServiceSpecMirroringHealthCheckUnhealthyInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringHealthCheckUnhealthyInterval{}
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecMirroringKind",
		reflect.TypeOf((*TraefikServiceSpecMirroringKind)(nil)).Elem(),
		map[string]interface{}{
			"SERVICE": TraefikServiceSpecMirroringKind_SERVICE,
			"TRAEFIK_SERVICE": TraefikServiceSpecMirroringKind_TRAEFIK_SERVICE,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrors",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsHealthCheckInterval",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsHealthCheckInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringMirrorsHealthCheckInterval{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsHealthCheckTimeout",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsHealthCheckTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringMirrorsHealthCheckTimeout{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringMirrorsHealthCheckUnhealthyInterval{}
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsKind",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsKind)(nil)).Elem(),
		map[string]interface{}{
			"SERVICE": TraefikServiceSpecMirroringMirrorsKind_SERVICE,
			"TRAEFIK_SERVICE": TraefikServiceSpecMirroringMirrorsKind_TRAEFIK_SERVICE,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsPassiveHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsPassiveHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsPort",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringMirrorsPort{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsResponseForwarding",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsResponseForwarding)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsSticky",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsSticky)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsStickyCookie",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsStickyCookie)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsStickyCookieSameSite",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsStickyCookieSameSite)(nil)).Elem(),
		map[string]interface{}{
			"NONE": TraefikServiceSpecMirroringMirrorsStickyCookieSameSite_NONE,
			"LAX": TraefikServiceSpecMirroringMirrorsStickyCookieSameSite_LAX,
			"STRICT": TraefikServiceSpecMirroringMirrorsStickyCookieSameSite_STRICT,
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecMirroringMirrorsStrategy",
		reflect.TypeOf((*TraefikServiceSpecMirroringMirrorsStrategy)(nil)).Elem(),
		map[string]interface{}{
			"WRR": TraefikServiceSpecMirroringMirrorsStrategy_WRR,
			"P2C": TraefikServiceSpecMirroringMirrorsStrategy_P2C,
			"HRW": TraefikServiceSpecMirroringMirrorsStrategy_HRW,
			"LEASTTIME": TraefikServiceSpecMirroringMirrorsStrategy_LEASTTIME,
			"ROUND_ROBIN": TraefikServiceSpecMirroringMirrorsStrategy_ROUND_ROBIN,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringPassiveHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecMirroringPassiveHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow",
		reflect.TypeOf((*TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringPassiveHealthCheckFailureWindow{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecMirroringPort",
		reflect.TypeOf((*TraefikServiceSpecMirroringPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecMirroringPort{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringResponseForwarding",
		reflect.TypeOf((*TraefikServiceSpecMirroringResponseForwarding)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringSticky",
		reflect.TypeOf((*TraefikServiceSpecMirroringSticky)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecMirroringStickyCookie",
		reflect.TypeOf((*TraefikServiceSpecMirroringStickyCookie)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecMirroringStickyCookieSameSite",
		reflect.TypeOf((*TraefikServiceSpecMirroringStickyCookieSameSite)(nil)).Elem(),
		map[string]interface{}{
			"NONE": TraefikServiceSpecMirroringStickyCookieSameSite_NONE,
			"LAX": TraefikServiceSpecMirroringStickyCookieSameSite_LAX,
			"STRICT": TraefikServiceSpecMirroringStickyCookieSameSite_STRICT,
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecMirroringStrategy",
		reflect.TypeOf((*TraefikServiceSpecMirroringStrategy)(nil)).Elem(),
		map[string]interface{}{
			"WRR": TraefikServiceSpecMirroringStrategy_WRR,
			"P2C": TraefikServiceSpecMirroringStrategy_P2C,
			"HRW": TraefikServiceSpecMirroringStrategy_HRW,
			"LEASTTIME": TraefikServiceSpecMirroringStrategy_LEASTTIME,
			"ROUND_ROBIN": TraefikServiceSpecMirroringStrategy_ROUND_ROBIN,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeighted",
		reflect.TypeOf((*TraefikServiceSpecWeighted)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedServices",
		reflect.TypeOf((*TraefikServiceSpecWeightedServices)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesHealthCheckInterval",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesHealthCheckInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecWeightedServicesHealthCheckInterval{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesHealthCheckTimeout",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesHealthCheckTimeout)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecWeightedServicesHealthCheckTimeout{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecWeightedServicesHealthCheckUnhealthyInterval{}
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesKind",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesKind)(nil)).Elem(),
		map[string]interface{}{
			"SERVICE": TraefikServiceSpecWeightedServicesKind_SERVICE,
			"TRAEFIK_SERVICE": TraefikServiceSpecWeightedServicesKind_TRAEFIK_SERVICE,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesPassiveHealthCheck",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesPassiveHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecWeightedServicesPassiveHealthCheckFailureWindow{}
		},
	)
	_jsii_.RegisterClass(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesPort",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_TraefikServiceSpecWeightedServicesPort{}
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesResponseForwarding",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesResponseForwarding)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesSticky",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesSticky)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesStickyCookie",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesStickyCookie)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesStickyCookieSameSite",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesStickyCookieSameSite)(nil)).Elem(),
		map[string]interface{}{
			"NONE": TraefikServiceSpecWeightedServicesStickyCookieSameSite_NONE,
			"LAX": TraefikServiceSpecWeightedServicesStickyCookieSameSite_LAX,
			"STRICT": TraefikServiceSpecWeightedServicesStickyCookieSameSite_STRICT,
		},
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecWeightedServicesStrategy",
		reflect.TypeOf((*TraefikServiceSpecWeightedServicesStrategy)(nil)).Elem(),
		map[string]interface{}{
			"WRR": TraefikServiceSpecWeightedServicesStrategy_WRR,
			"P2C": TraefikServiceSpecWeightedServicesStrategy_P2C,
			"HRW": TraefikServiceSpecWeightedServicesStrategy_HRW,
			"LEASTTIME": TraefikServiceSpecWeightedServicesStrategy_LEASTTIME,
			"ROUND_ROBIN": TraefikServiceSpecWeightedServicesStrategy_ROUND_ROBIN,
		},
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedSticky",
		reflect.TypeOf((*TraefikServiceSpecWeightedSticky)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"traefik_traefikio.TraefikServiceSpecWeightedStickyCookie",
		reflect.TypeOf((*TraefikServiceSpecWeightedStickyCookie)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"traefik_traefikio.TraefikServiceSpecWeightedStickyCookieSameSite",
		reflect.TypeOf((*TraefikServiceSpecWeightedStickyCookieSameSite)(nil)).Elem(),
		map[string]interface{}{
			"NONE": TraefikServiceSpecWeightedStickyCookieSameSite_NONE,
			"LAX": TraefikServiceSpecWeightedStickyCookieSameSite_LAX,
			"STRICT": TraefikServiceSpecWeightedStickyCookieSameSite_STRICT,
		},
	)
}
