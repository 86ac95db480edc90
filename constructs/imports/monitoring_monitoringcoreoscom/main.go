// monitoring_monitoringcoreoscom
package monitoring_monitoringcoreoscom

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"monitoring_monitoringcoreoscom.PrometheusRule",
		reflect.TypeOf((*PrometheusRule)(nil)).Elem(),
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
			j := jsiiProxy_PrometheusRule{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.PrometheusRuleProps",
		reflect.TypeOf((*PrometheusRuleProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.PrometheusRuleSpec",
		reflect.TypeOf((*PrometheusRuleSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.PrometheusRuleSpecGroups",
		reflect.TypeOf((*PrometheusRuleSpecGroups)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.PrometheusRuleSpecGroupsRules",
		reflect.TypeOf((*PrometheusRuleSpecGroupsRules)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"monitoring_monitoringcoreoscom.PrometheusRuleSpecGroupsRulesExpr",
		reflect.TypeOf((*PrometheusRuleSpecGroupsRulesExpr)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_PrometheusRuleSpecGroupsRulesExpr{}
		},
	)
	_jsii_.RegisterClass(
		"monitoring_monitoringcoreoscom.ServiceMonitor",
		reflect.TypeOf((*ServiceMonitor)(nil)).Elem(),
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
			j := jsiiProxy_ServiceMonitor{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorProps",
		reflect.TypeOf((*ServiceMonitorProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpec",
		reflect.TypeOf((*ServiceMonitorSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecAttachMetadata",
		reflect.TypeOf((*ServiceMonitorSpecAttachMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpoints",
		reflect.TypeOf((*ServiceMonitorSpecEndpoints)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsAuthorization",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsAuthorization)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsAuthorizationCredentials",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsAuthorizationCredentials)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsBasicAuth",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBasicAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsBasicAuthPassword",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBasicAuthPassword)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsBasicAuthUsername",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBasicAuthUsername)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsBearerTokenSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBearerTokenSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsMetricRelabelings",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsMetricRelabelings)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsMetricRelabelingsAction",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsMetricRelabelingsAction)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": ServiceMonitorSpecEndpointsMetricRelabelingsAction_REPLACE,
			"KEEP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_KEEP,
			"DROP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_DROP,
			"HASHMOD": ServiceMonitorSpecEndpointsMetricRelabelingsAction_HASHMOD,
			"LABELMAP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LABELMAP,
			"LABELDROP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LABELDROP,
			"LABELKEEP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LABELKEEP,
			"LOWERCASE": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LOWERCASE,
			"UPPERCASE": ServiceMonitorSpecEndpointsMetricRelabelingsAction_UPPERCASE,
			"KEEPEQUAL": ServiceMonitorSpecEndpointsMetricRelabelingsAction_KEEPEQUAL,
			"DROPEQUAL": ServiceMonitorSpecEndpointsMetricRelabelingsAction_DROPEQUAL,
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientId",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientId)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientIdSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientIdSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfig",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCa",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCert",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS13,
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsProxyConnectHeader",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsProxyConnectHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsRelabelings",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsRelabelings)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsRelabelingsAction",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsRelabelingsAction)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": ServiceMonitorSpecEndpointsRelabelingsAction_REPLACE,
			"KEEP": ServiceMonitorSpecEndpointsRelabelingsAction_KEEP,
			"DROP": ServiceMonitorSpecEndpointsRelabelingsAction_DROP,
			"HASHMOD": ServiceMonitorSpecEndpointsRelabelingsAction_HASHMOD,
			"LABELMAP": ServiceMonitorSpecEndpointsRelabelingsAction_LABELMAP,
			"LABELDROP": ServiceMonitorSpecEndpointsRelabelingsAction_LABELDROP,
			"LABELKEEP": ServiceMonitorSpecEndpointsRelabelingsAction_LABELKEEP,
			"LOWERCASE": ServiceMonitorSpecEndpointsRelabelingsAction_LOWERCASE,
			"UPPERCASE": ServiceMonitorSpecEndpointsRelabelingsAction_UPPERCASE,
			"KEEPEQUAL": ServiceMonitorSpecEndpointsRelabelingsAction_KEEPEQUAL,
			"DROPEQUAL": ServiceMonitorSpecEndpointsRelabelingsAction_DROPEQUAL,
		},
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsScheme",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": ServiceMonitorSpecEndpointsScheme_HTTP,
			"HTTPS": ServiceMonitorSpecEndpointsScheme_HTTPS,
		},
	)
	_jsii_.RegisterClass(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTargetPort",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTargetPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ServiceMonitorSpecEndpointsTargetPort{}
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfig",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCa",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCaConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCaConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCaSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCaSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCert",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCertConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCertConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCertSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCertSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigKeySecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigKeySecret)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigMaxVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigMinVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecFallbackScrapeProtocol",
		reflect.TypeOf((*ServiceMonitorSpecFallbackScrapeProtocol)(nil)).Elem(),
		map[string]interface{}{
			"PROMETHEUS_PROTO": ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_PROTO,
			"OPEN_METRICS_TEXT0_0_1": ServiceMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT0_0_1,
			"OPEN_METRICS_TEXT1_0_0": ServiceMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT1_0_0,
			"PROMETHEUS_TEXT0_0_4": ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT0_0_4,
			"PROMETHEUS_TEXT1_0_0": ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT1_0_0,
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecNamespaceSelector",
		reflect.TypeOf((*ServiceMonitorSpecNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecNativeHistogramMinBucketFactor",
		reflect.TypeOf((*ServiceMonitorSpecNativeHistogramMinBucketFactor)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ServiceMonitorSpecNativeHistogramMinBucketFactor{}
		},
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecScrapeProtocols",
		reflect.TypeOf((*ServiceMonitorSpecScrapeProtocols)(nil)).Elem(),
		map[string]interface{}{
			"PROMETHEUS_PROTO": ServiceMonitorSpecScrapeProtocols_PROMETHEUS_PROTO,
			"OPEN_METRICS_TEXT0_0_1": ServiceMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT0_0_1,
			"OPEN_METRICS_TEXT1_0_0": ServiceMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT1_0_0,
			"PROMETHEUS_TEXT0_0_4": ServiceMonitorSpecScrapeProtocols_PROMETHEUS_TEXT0_0_4,
			"PROMETHEUS_TEXT1_0_0": ServiceMonitorSpecScrapeProtocols_PROMETHEUS_TEXT1_0_0,
		},
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecSelector",
		reflect.TypeOf((*ServiceMonitorSpecSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecSelectorMatchExpressions",
		reflect.TypeOf((*ServiceMonitorSpecSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecSelectorMechanism",
		reflect.TypeOf((*ServiceMonitorSpecSelectorMechanism)(nil)).Elem(),
		map[string]interface{}{
			"RELABEL_CONFIG": ServiceMonitorSpecSelectorMechanism_RELABEL_CONFIG,
			"ROLE_SELECTOR": ServiceMonitorSpecSelectorMechanism_ROLE_SELECTOR,
		},
	)
	_jsii_.RegisterEnum(
		"monitoring_monitoringcoreoscom.ServiceMonitorSpecServiceDiscoveryRole",
		reflect.TypeOf((*ServiceMonitorSpecServiceDiscoveryRole)(nil)).Elem(),
		map[string]interface{}{
			"ENDPOINTS": ServiceMonitorSpecServiceDiscoveryRole_ENDPOINTS,
			"ENDPOINT_SLICE": ServiceMonitorSpecServiceDiscoveryRole_ENDPOINT_SLICE,
		},
	)
}
