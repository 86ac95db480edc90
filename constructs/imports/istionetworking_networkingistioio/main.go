// istionetworking_networkingistioio
package istionetworking_networkingistioio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"istionetworking_networkingistioio.DestinationRule",
		reflect.TypeOf((*DestinationRule)(nil)).Elem(),
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
			j := jsiiProxy_DestinationRule{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleProps",
		reflect.TypeOf((*DestinationRuleProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpec",
		reflect.TypeOf((*DestinationRuleSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsets",
		reflect.TypeOf((*DestinationRuleSpecSubsets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicy",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyConnectionPool",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_DISABLE,
			"SIMPLE": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion_V1,
			"V2": DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyRetryBudget",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyTls",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyTlsMode",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleSpecSubsetsTrafficPolicyTlsMode_DISABLE,
			"SIMPLE": DestinationRuleSpecSubsetsTrafficPolicyTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleSpecSubsetsTrafficPolicyTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleSpecSubsetsTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecSubsetsTrafficPolicyTunnel",
		reflect.TypeOf((*DestinationRuleSpecSubsetsTrafficPolicyTunnel)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicy",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyConnectionPool",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancer",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleSpecTrafficPolicyLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleSpecTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleSpecTrafficPolicyLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleSpecTrafficPolicyLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleSpecTrafficPolicyLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleSpecTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyOutlierDetection",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettings",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettings)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsPort",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsTls",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_DISABLE,
			"SIMPLE": DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyProxyProtocol",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyProxyProtocolVersion",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": DestinationRuleSpecTrafficPolicyProxyProtocolVersion_V1,
			"V2": DestinationRuleSpecTrafficPolicyProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyRetryBudget",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyTls",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyTlsMode",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleSpecTrafficPolicyTlsMode_DISABLE,
			"SIMPLE": DestinationRuleSpecTrafficPolicyTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleSpecTrafficPolicyTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleSpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecTrafficPolicyTunnel",
		reflect.TypeOf((*DestinationRuleSpecTrafficPolicyTunnel)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleSpecWorkloadSelector",
		reflect.TypeOf((*DestinationRuleSpecWorkloadSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3",
		reflect.TypeOf((*DestinationRuleV1Alpha3)(nil)).Elem(),
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
			j := jsiiProxy_DestinationRuleV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3Props",
		reflect.TypeOf((*DestinationRuleV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3Spec",
		reflect.TypeOf((*DestinationRuleV1Alpha3Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsets",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicy",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettings",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettings)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsPort",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTls",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocol",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion_V1,
			"V2": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyRetryBudget",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTls",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTunnel",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTunnel)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicy",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettings",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettings)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsPort",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTls",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocol",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion_V1,
			"V2": DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyRetryBudget",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyTls",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecTrafficPolicyTunnel",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecTrafficPolicyTunnel)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Alpha3SpecWorkloadSelector",
		reflect.TypeOf((*DestinationRuleV1Alpha3SpecWorkloadSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1",
		reflect.TypeOf((*DestinationRuleV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_DestinationRuleV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1Props",
		reflect.TypeOf((*DestinationRuleV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1Spec",
		reflect.TypeOf((*DestinationRuleV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsets",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicy",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettings",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettings)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsPort",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTls",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocol",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion_V1,
			"V2": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyRetryBudget",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTls",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTunnel",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTunnel)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicy",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettings",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettings)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPool",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttp)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DEFAULT,
			"DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE,
			"UPGRADE": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy_UPGRADE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolTcp",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancer",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_UNSPECIFIED,
			"LEAST_UNDERSCORE_CONN": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_CONN,
			"RANDOM": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_RANDOM,
			"PASSTHROUGH": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_PASSTHROUGH,
			"ROUND_UNDERSCORE_ROBIN": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_ROUND_UNDERSCORE_ROBIN,
			"LEAST_UNDERSCORE_REQUEST": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerSimple_LEAST_UNDERSCORE_REQUEST,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsOutlierDetection",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsOutlierDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsPort",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTls",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocol",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion_V1,
			"V2": DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyRetryBudget",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyTls",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyTls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyTlsMode",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"DISABLE": DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_DISABLE,
			"SIMPLE": DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_SIMPLE,
			"MUTUAL": DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_MUTUAL,
			"ISTIO_UNDERSCORE_MUTUAL": DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecTrafficPolicyTunnel",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecTrafficPolicyTunnel)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.DestinationRuleV1Beta1SpecWorkloadSelector",
		reflect.TypeOf((*DestinationRuleV1Beta1SpecWorkloadSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"istionetworking_networkingistioio.VirtualService",
		reflect.TypeOf((*VirtualService)(nil)).Elem(),
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
			j := jsiiProxy_VirtualService{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceProps",
		reflect.TypeOf((*VirtualServiceProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpec",
		reflect.TypeOf((*VirtualServiceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttp",
		reflect.TypeOf((*VirtualServiceSpecHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpCorsPolicy",
		reflect.TypeOf((*VirtualServiceSpecHttpCorsPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpCorsPolicyAllowOrigins",
		reflect.TypeOf((*VirtualServiceSpecHttpCorsPolicyAllowOrigins)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights",
		reflect.TypeOf((*VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights_UNSPECIFIED,
			"FORWARD": VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights_FORWARD,
			"IGNORE": VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights_IGNORE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpDelegate",
		reflect.TypeOf((*VirtualServiceSpecHttpDelegate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpDirectResponse",
		reflect.TypeOf((*VirtualServiceSpecHttpDirectResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpDirectResponseBody",
		reflect.TypeOf((*VirtualServiceSpecHttpDirectResponseBody)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpFault",
		reflect.TypeOf((*VirtualServiceSpecHttpFault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpFaultAbort",
		reflect.TypeOf((*VirtualServiceSpecHttpFaultAbort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpFaultAbortPercentage",
		reflect.TypeOf((*VirtualServiceSpecHttpFaultAbortPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpFaultDelay",
		reflect.TypeOf((*VirtualServiceSpecHttpFaultDelay)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpFaultDelayPercentage",
		reflect.TypeOf((*VirtualServiceSpecHttpFaultDelayPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpHeaders",
		reflect.TypeOf((*VirtualServiceSpecHttpHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpHeadersRequest",
		reflect.TypeOf((*VirtualServiceSpecHttpHeadersRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpHeadersResponse",
		reflect.TypeOf((*VirtualServiceSpecHttpHeadersResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatch",
		reflect.TypeOf((*VirtualServiceSpecHttpMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchAuthority",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchAuthority)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchHeaders",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchMethod",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchMethod)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchQueryParams",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchScheme",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchScheme)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchUri",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchUri)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMatchWithoutHeaders",
		reflect.TypeOf((*VirtualServiceSpecHttpMatchWithoutHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirror",
		reflect.TypeOf((*VirtualServiceSpecHttpMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirrorPercentage",
		reflect.TypeOf((*VirtualServiceSpecHttpMirrorPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirrorPort",
		reflect.TypeOf((*VirtualServiceSpecHttpMirrorPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirrors",
		reflect.TypeOf((*VirtualServiceSpecHttpMirrors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirrorsDestination",
		reflect.TypeOf((*VirtualServiceSpecHttpMirrorsDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirrorsDestinationPort",
		reflect.TypeOf((*VirtualServiceSpecHttpMirrorsDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpMirrorsPercentage",
		reflect.TypeOf((*VirtualServiceSpecHttpMirrorsPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRedirect",
		reflect.TypeOf((*VirtualServiceSpecHttpRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRedirectDerivePort",
		reflect.TypeOf((*VirtualServiceSpecHttpRedirectDerivePort)(nil)).Elem(),
		map[string]interface{}{
			"FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT": VirtualServiceSpecHttpRedirectDerivePort_FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT,
			"FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT": VirtualServiceSpecHttpRedirectDerivePort_FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRetries",
		reflect.TypeOf((*VirtualServiceSpecHttpRetries)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRewrite",
		reflect.TypeOf((*VirtualServiceSpecHttpRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRewriteUriRegexRewrite",
		reflect.TypeOf((*VirtualServiceSpecHttpRewriteUriRegexRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRoute",
		reflect.TypeOf((*VirtualServiceSpecHttpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRouteDestination",
		reflect.TypeOf((*VirtualServiceSpecHttpRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceSpecHttpRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRouteHeaders",
		reflect.TypeOf((*VirtualServiceSpecHttpRouteHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRouteHeadersRequest",
		reflect.TypeOf((*VirtualServiceSpecHttpRouteHeadersRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecHttpRouteHeadersResponse",
		reflect.TypeOf((*VirtualServiceSpecHttpRouteHeadersResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTcp",
		reflect.TypeOf((*VirtualServiceSpecTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTcpMatch",
		reflect.TypeOf((*VirtualServiceSpecTcpMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTcpRoute",
		reflect.TypeOf((*VirtualServiceSpecTcpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTcpRouteDestination",
		reflect.TypeOf((*VirtualServiceSpecTcpRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTcpRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceSpecTcpRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTls",
		reflect.TypeOf((*VirtualServiceSpecTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTlsMatch",
		reflect.TypeOf((*VirtualServiceSpecTlsMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTlsRoute",
		reflect.TypeOf((*VirtualServiceSpecTlsRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTlsRouteDestination",
		reflect.TypeOf((*VirtualServiceSpecTlsRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceSpecTlsRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceSpecTlsRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3",
		reflect.TypeOf((*VirtualServiceV1Alpha3)(nil)).Elem(),
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
			j := jsiiProxy_VirtualServiceV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3Props",
		reflect.TypeOf((*VirtualServiceV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3Spec",
		reflect.TypeOf((*VirtualServiceV1Alpha3Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttp",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpCorsPolicy",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpCorsPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights_UNSPECIFIED,
			"FORWARD": VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights_FORWARD,
			"IGNORE": VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights_IGNORE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpDelegate",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpDelegate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpDirectResponse",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpDirectResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpDirectResponseBody",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpDirectResponseBody)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpFault",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpFault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpFaultAbort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpFaultAbort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpFaultDelay",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpFaultDelay)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpHeaders",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpHeadersRequest",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpHeadersRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpHeadersResponse",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpHeadersResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatch",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchAuthority",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchAuthority)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchHeaders",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchMethod",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchMethod)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchQueryParams",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchScheme",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchScheme)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchUri",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchUri)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirror",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirrorPercentage",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirrorPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirrorPort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirrorPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirrors",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirrors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirrorsDestination",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirrorsDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpMirrorsPercentage",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpMirrorsPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRedirect",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRedirectDerivePort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRedirectDerivePort)(nil)).Elem(),
		map[string]interface{}{
			"FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT": VirtualServiceV1Alpha3SpecHttpRedirectDerivePort_FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT,
			"FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT": VirtualServiceV1Alpha3SpecHttpRedirectDerivePort_FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRetries",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRetries)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRewrite",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRoute",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRouteDestination",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRouteHeaders",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRouteHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTcp",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTcpMatch",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTcpMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTcpRoute",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTcpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTcpRouteDestination",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTcpRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTcpRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTcpRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTls",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTlsMatch",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTlsMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTlsRoute",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTlsRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTlsRouteDestination",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTlsRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Alpha3SpecTlsRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Alpha3SpecTlsRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1",
		reflect.TypeOf((*VirtualServiceV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_VirtualServiceV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1Props",
		reflect.TypeOf((*VirtualServiceV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1Spec",
		reflect.TypeOf((*VirtualServiceV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttp",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpCorsPolicy",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpCorsPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights)(nil)).Elem(),
		map[string]interface{}{
			"UNSPECIFIED": VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights_UNSPECIFIED,
			"FORWARD": VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights_FORWARD,
			"IGNORE": VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights_IGNORE,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpDelegate",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpDelegate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpDirectResponse",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpDirectResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpDirectResponseBody",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpDirectResponseBody)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpFault",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpFault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpFaultAbort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpFaultAbort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpFaultAbortPercentage",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpFaultAbortPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpFaultDelay",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpFaultDelay)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpFaultDelayPercentage",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpFaultDelayPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpHeaders",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpHeadersRequest",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpHeadersRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpHeadersResponse",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpHeadersResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatch",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchAuthority",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchAuthority)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchHeaders",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchMethod",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchMethod)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchQueryParams",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchScheme",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchScheme)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchUri",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchUri)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirror",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirrorPercentage",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirrorPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirrorPort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirrorPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirrors",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirrors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirrorsDestination",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirrorsDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpMirrorsPercentage",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpMirrorsPercentage)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRedirect",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRedirectDerivePort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRedirectDerivePort)(nil)).Elem(),
		map[string]interface{}{
			"FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT": VirtualServiceV1Beta1SpecHttpRedirectDerivePort_FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT,
			"FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT": VirtualServiceV1Beta1SpecHttpRedirectDerivePort_FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT,
		},
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRetries",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRetries)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRewrite",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRoute",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRouteDestination",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRouteHeaders",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRouteHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRouteHeadersRequest",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRouteHeadersRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecHttpRouteHeadersResponse",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecHttpRouteHeadersResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTcp",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTcpMatch",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTcpMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTcpRoute",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTcpRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTcpRouteDestination",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTcpRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTcpRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTcpRouteDestinationPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTls",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTlsMatch",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTlsMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTlsRoute",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTlsRoute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTlsRouteDestination",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTlsRouteDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istionetworking_networkingistioio.VirtualServiceV1Beta1SpecTlsRouteDestinationPort",
		reflect.TypeOf((*VirtualServiceV1Beta1SpecTlsRouteDestinationPort)(nil)).Elem(),
	)
}
