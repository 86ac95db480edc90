// istiosecurity_securityistioio
package istiosecurity_securityistioio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"istiosecurity_securityistioio.PeerAuthentication",
		reflect.TypeOf((*PeerAuthentication)(nil)).Elem(),
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
			j := jsiiProxy_PeerAuthentication{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationProps",
		reflect.TypeOf((*PeerAuthenticationProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationSpec",
		reflect.TypeOf((*PeerAuthenticationSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationSpecMtls",
		reflect.TypeOf((*PeerAuthenticationSpecMtls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istiosecurity_securityistioio.PeerAuthenticationSpecMtlsMode",
		reflect.TypeOf((*PeerAuthenticationSpecMtlsMode)(nil)).Elem(),
		map[string]interface{}{
			"UNSET": PeerAuthenticationSpecMtlsMode_UNSET,
			"DISABLE": PeerAuthenticationSpecMtlsMode_DISABLE,
			"PERMISSIVE": PeerAuthenticationSpecMtlsMode_PERMISSIVE,
			"STRICT": PeerAuthenticationSpecMtlsMode_STRICT,
		},
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationSpecPortLevelMtls",
		reflect.TypeOf((*PeerAuthenticationSpecPortLevelMtls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istiosecurity_securityistioio.PeerAuthenticationSpecPortLevelMtlsMode",
		reflect.TypeOf((*PeerAuthenticationSpecPortLevelMtlsMode)(nil)).Elem(),
		map[string]interface{}{
			"UNSET": PeerAuthenticationSpecPortLevelMtlsMode_UNSET,
			"DISABLE": PeerAuthenticationSpecPortLevelMtlsMode_DISABLE,
			"PERMISSIVE": PeerAuthenticationSpecPortLevelMtlsMode_PERMISSIVE,
			"STRICT": PeerAuthenticationSpecPortLevelMtlsMode_STRICT,
		},
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationSpecSelector",
		reflect.TypeOf((*PeerAuthenticationSpecSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1",
		reflect.TypeOf((*PeerAuthenticationV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_PeerAuthenticationV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1Props",
		reflect.TypeOf((*PeerAuthenticationV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1Spec",
		reflect.TypeOf((*PeerAuthenticationV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1SpecMtls",
		reflect.TypeOf((*PeerAuthenticationV1Beta1SpecMtls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1SpecMtlsMode",
		reflect.TypeOf((*PeerAuthenticationV1Beta1SpecMtlsMode)(nil)).Elem(),
		map[string]interface{}{
			"UNSET": PeerAuthenticationV1Beta1SpecMtlsMode_UNSET,
			"DISABLE": PeerAuthenticationV1Beta1SpecMtlsMode_DISABLE,
			"PERMISSIVE": PeerAuthenticationV1Beta1SpecMtlsMode_PERMISSIVE,
			"STRICT": PeerAuthenticationV1Beta1SpecMtlsMode_STRICT,
		},
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1SpecPortLevelMtls",
		reflect.TypeOf((*PeerAuthenticationV1Beta1SpecPortLevelMtls)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1SpecPortLevelMtlsMode",
		reflect.TypeOf((*PeerAuthenticationV1Beta1SpecPortLevelMtlsMode)(nil)).Elem(),
		map[string]interface{}{
			"UNSET": PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_UNSET,
			"DISABLE": PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_DISABLE,
			"PERMISSIVE": PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_PERMISSIVE,
			"STRICT": PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_STRICT,
		},
	)
	_jsii_.RegisterStruct(
		"istiosecurity_securityistioio.PeerAuthenticationV1Beta1SpecSelector",
		reflect.TypeOf((*PeerAuthenticationV1Beta1SpecSelector)(nil)).Elem(),
	)
}
