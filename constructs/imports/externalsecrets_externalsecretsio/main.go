// externalsecrets_external-secretsio
package externalsecrets_externalsecretsio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"externalsecrets_external-secretsio.ExternalSecret",
		reflect.TypeOf((*ExternalSecret)(nil)).Elem(),
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
			j := jsiiProxy_ExternalSecret{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretProps",
		reflect.TypeOf((*ExternalSecretProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpec",
		reflect.TypeOf((*ExternalSecretSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecData",
		reflect.TypeOf((*ExternalSecretSpecData)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFrom",
		reflect.TypeOf((*ExternalSecretSpecDataFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromExtract",
		reflect.TypeOf((*ExternalSecretSpecDataFromExtract)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromExtractConversionStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataFromExtractConversionStrategy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": ExternalSecretSpecDataFromExtractConversionStrategy_DEFAULT,
			"UNICODE": ExternalSecretSpecDataFromExtractConversionStrategy_UNICODE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromExtractDecodingStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataFromExtractDecodingStrategy)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ExternalSecretSpecDataFromExtractDecodingStrategy_AUTO,
			"BASE64": ExternalSecretSpecDataFromExtractDecodingStrategy_BASE64,
			"BASE64_URL": ExternalSecretSpecDataFromExtractDecodingStrategy_BASE64_URL,
			"NONE": ExternalSecretSpecDataFromExtractDecodingStrategy_NONE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromExtractMetadataPolicy",
		reflect.TypeOf((*ExternalSecretSpecDataFromExtractMetadataPolicy)(nil)).Elem(),
		map[string]interface{}{
			"NONE": ExternalSecretSpecDataFromExtractMetadataPolicy_NONE,
			"FETCH": ExternalSecretSpecDataFromExtractMetadataPolicy_FETCH,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromFind",
		reflect.TypeOf((*ExternalSecretSpecDataFromFind)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromFindConversionStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataFromFindConversionStrategy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": ExternalSecretSpecDataFromFindConversionStrategy_DEFAULT,
			"UNICODE": ExternalSecretSpecDataFromFindConversionStrategy_UNICODE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromFindDecodingStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataFromFindDecodingStrategy)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ExternalSecretSpecDataFromFindDecodingStrategy_AUTO,
			"BASE64": ExternalSecretSpecDataFromFindDecodingStrategy_BASE64,
			"BASE64_URL": ExternalSecretSpecDataFromFindDecodingStrategy_BASE64_URL,
			"NONE": ExternalSecretSpecDataFromFindDecodingStrategy_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromFindName",
		reflect.TypeOf((*ExternalSecretSpecDataFromFindName)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewrite",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewriteMerge",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewriteMerge)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewriteMergeConflictPolicy",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewriteMergeConflictPolicy)(nil)).Elem(),
		map[string]interface{}{
			"IGNORE": ExternalSecretSpecDataFromRewriteMergeConflictPolicy_IGNORE,
			"ERROR": ExternalSecretSpecDataFromRewriteMergeConflictPolicy_ERROR,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewriteMergePriorityPolicy",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewriteMergePriorityPolicy)(nil)).Elem(),
		map[string]interface{}{
			"IGNORE_NOT_FOUND": ExternalSecretSpecDataFromRewriteMergePriorityPolicy_IGNORE_NOT_FOUND,
			"STRICT": ExternalSecretSpecDataFromRewriteMergePriorityPolicy_STRICT,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewriteMergeStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewriteMergeStrategy)(nil)).Elem(),
		map[string]interface{}{
			"EXTRACT": ExternalSecretSpecDataFromRewriteMergeStrategy_EXTRACT,
			"JSON": ExternalSecretSpecDataFromRewriteMergeStrategy_JSON,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewriteRegexp",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewriteRegexp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromRewriteTransform",
		reflect.TypeOf((*ExternalSecretSpecDataFromRewriteTransform)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromSourceRef",
		reflect.TypeOf((*ExternalSecretSpecDataFromSourceRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromSourceRefGeneratorRef",
		reflect.TypeOf((*ExternalSecretSpecDataFromSourceRefGeneratorRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
		reflect.TypeOf((*ExternalSecretSpecDataFromSourceRefGeneratorRefKind)(nil)).Elem(),
		map[string]interface{}{
			"ACR_ACCESS_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_ACR_ACCESS_TOKEN,
			"CLUSTER_GENERATOR": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_CLUSTER_GENERATOR,
			"CLOUDSMITH_ACCESS_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_CLOUDSMITH_ACCESS_TOKEN,
			"ECR_AUTHORIZATION_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_ECR_AUTHORIZATION_TOKEN,
			"FAKE": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_FAKE,
			"GCR_ACCESS_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_GCR_ACCESS_TOKEN,
			"GITHUB_ACCESS_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_GITHUB_ACCESS_TOKEN,
			"QUAY_ACCESS_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_QUAY_ACCESS_TOKEN,
			"PASSWORD": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_PASSWORD,
			"SSH_KEY": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_SSH_KEY,
			"STS_SESSION_TOKEN": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_STS_SESSION_TOKEN,
			"UUID": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_UUID,
			"VAULT_DYNAMIC_SECRET": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_VAULT_DYNAMIC_SECRET,
			"WEBHOOK": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_WEBHOOK,
			"GRAFANA": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_GRAFANA,
			"MFA": ExternalSecretSpecDataFromSourceRefGeneratorRefKind_MFA,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromSourceRefStoreRef",
		reflect.TypeOf((*ExternalSecretSpecDataFromSourceRefStoreRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataFromSourceRefStoreRefKind",
		reflect.TypeOf((*ExternalSecretSpecDataFromSourceRefStoreRefKind)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_STORE": ExternalSecretSpecDataFromSourceRefStoreRefKind_SECRET_STORE,
			"CLUSTER_SECRET_STORE": ExternalSecretSpecDataFromSourceRefStoreRefKind_CLUSTER_SECRET_STORE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataRemoteRef",
		reflect.TypeOf((*ExternalSecretSpecDataRemoteRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataRemoteRefConversionStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataRemoteRefConversionStrategy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": ExternalSecretSpecDataRemoteRefConversionStrategy_DEFAULT,
			"UNICODE": ExternalSecretSpecDataRemoteRefConversionStrategy_UNICODE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataRemoteRefDecodingStrategy",
		reflect.TypeOf((*ExternalSecretSpecDataRemoteRefDecodingStrategy)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ExternalSecretSpecDataRemoteRefDecodingStrategy_AUTO,
			"BASE64": ExternalSecretSpecDataRemoteRefDecodingStrategy_BASE64,
			"BASE64_URL": ExternalSecretSpecDataRemoteRefDecodingStrategy_BASE64_URL,
			"NONE": ExternalSecretSpecDataRemoteRefDecodingStrategy_NONE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataRemoteRefMetadataPolicy",
		reflect.TypeOf((*ExternalSecretSpecDataRemoteRefMetadataPolicy)(nil)).Elem(),
		map[string]interface{}{
			"NONE": ExternalSecretSpecDataRemoteRefMetadataPolicy_NONE,
			"FETCH": ExternalSecretSpecDataRemoteRefMetadataPolicy_FETCH,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataSourceRef",
		reflect.TypeOf((*ExternalSecretSpecDataSourceRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataSourceRefGeneratorRef",
		reflect.TypeOf((*ExternalSecretSpecDataSourceRefGeneratorRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataSourceRefGeneratorRefKind",
		reflect.TypeOf((*ExternalSecretSpecDataSourceRefGeneratorRefKind)(nil)).Elem(),
		map[string]interface{}{
			"ACR_ACCESS_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_ACR_ACCESS_TOKEN,
			"CLUSTER_GENERATOR": ExternalSecretSpecDataSourceRefGeneratorRefKind_CLUSTER_GENERATOR,
			"CLOUDSMITH_ACCESS_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_CLOUDSMITH_ACCESS_TOKEN,
			"ECR_AUTHORIZATION_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_ECR_AUTHORIZATION_TOKEN,
			"FAKE": ExternalSecretSpecDataSourceRefGeneratorRefKind_FAKE,
			"GCR_ACCESS_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_GCR_ACCESS_TOKEN,
			"GITHUB_ACCESS_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_GITHUB_ACCESS_TOKEN,
			"QUAY_ACCESS_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_QUAY_ACCESS_TOKEN,
			"PASSWORD": ExternalSecretSpecDataSourceRefGeneratorRefKind_PASSWORD,
			"SSH_KEY": ExternalSecretSpecDataSourceRefGeneratorRefKind_SSH_KEY,
			"STS_SESSION_TOKEN": ExternalSecretSpecDataSourceRefGeneratorRefKind_STS_SESSION_TOKEN,
			"UUID": ExternalSecretSpecDataSourceRefGeneratorRefKind_UUID,
			"VAULT_DYNAMIC_SECRET": ExternalSecretSpecDataSourceRefGeneratorRefKind_VAULT_DYNAMIC_SECRET,
			"WEBHOOK": ExternalSecretSpecDataSourceRefGeneratorRefKind_WEBHOOK,
			"GRAFANA": ExternalSecretSpecDataSourceRefGeneratorRefKind_GRAFANA,
			"MFA": ExternalSecretSpecDataSourceRefGeneratorRefKind_MFA,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataSourceRefStoreRef",
		reflect.TypeOf((*ExternalSecretSpecDataSourceRefStoreRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecDataSourceRefStoreRefKind",
		reflect.TypeOf((*ExternalSecretSpecDataSourceRefStoreRefKind)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_STORE": ExternalSecretSpecDataSourceRefStoreRefKind_SECRET_STORE,
			"CLUSTER_SECRET_STORE": ExternalSecretSpecDataSourceRefStoreRefKind_CLUSTER_SECRET_STORE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecRefreshPolicy",
		reflect.TypeOf((*ExternalSecretSpecRefreshPolicy)(nil)).Elem(),
		map[string]interface{}{
			"CREATED_ONCE": ExternalSecretSpecRefreshPolicy_CREATED_ONCE,
			"PERIODIC": ExternalSecretSpecRefreshPolicy_PERIODIC,
			"ON_CHANGE": ExternalSecretSpecRefreshPolicy_ON_CHANGE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecSecretStoreRef",
		reflect.TypeOf((*ExternalSecretSpecSecretStoreRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecSecretStoreRefKind",
		reflect.TypeOf((*ExternalSecretSpecSecretStoreRefKind)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_STORE": ExternalSecretSpecSecretStoreRefKind_SECRET_STORE,
			"CLUSTER_SECRET_STORE": ExternalSecretSpecSecretStoreRefKind_CLUSTER_SECRET_STORE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTarget",
		reflect.TypeOf((*ExternalSecretSpecTarget)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetCreationPolicy",
		reflect.TypeOf((*ExternalSecretSpecTargetCreationPolicy)(nil)).Elem(),
		map[string]interface{}{
			"OWNER": ExternalSecretSpecTargetCreationPolicy_OWNER,
			"ORPHAN": ExternalSecretSpecTargetCreationPolicy_ORPHAN,
			"MERGE": ExternalSecretSpecTargetCreationPolicy_MERGE,
			"NONE": ExternalSecretSpecTargetCreationPolicy_NONE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetDeletionPolicy",
		reflect.TypeOf((*ExternalSecretSpecTargetDeletionPolicy)(nil)).Elem(),
		map[string]interface{}{
			"DELETE": ExternalSecretSpecTargetDeletionPolicy_DELETE,
			"MERGE": ExternalSecretSpecTargetDeletionPolicy_MERGE,
			"RETAIN": ExternalSecretSpecTargetDeletionPolicy_RETAIN,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetManifest",
		reflect.TypeOf((*ExternalSecretSpecTargetManifest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplate",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateEngineVersion",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateEngineVersion)(nil)).Elem(),
		map[string]interface{}{
			"V2": ExternalSecretSpecTargetTemplateEngineVersion_V2,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateMergePolicy",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateMergePolicy)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": ExternalSecretSpecTargetTemplateMergePolicy_REPLACE,
			"MERGE": ExternalSecretSpecTargetTemplateMergePolicy_MERGE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateMetadata",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFrom",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFromConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs)(nil)).Elem(),
		map[string]interface{}{
			"VALUES": ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs_VALUES,
			"KEYS_AND_VALUES": ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs_KEYS_AND_VALUES,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFromSecret",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFromSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFromSecretItems)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs",
		reflect.TypeOf((*ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs)(nil)).Elem(),
		map[string]interface{}{
			"VALUES": ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs_VALUES,
			"KEYS_AND_VALUES": ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs_KEYS_AND_VALUES,
		},
	)
	_jsii_.RegisterClass(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1",
		reflect.TypeOf((*ExternalSecretV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_ExternalSecretV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1Props",
		reflect.TypeOf((*ExternalSecretV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1Spec",
		reflect.TypeOf((*ExternalSecretV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecData",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecData)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFrom",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromExtract",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromExtract)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy_DEFAULT,
			"UNICODE": ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy_UNICODE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_AUTO,
			"BASE64": ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_BASE64,
			"BASE64_URL": ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_BASE64_URL,
			"NONE": ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_NONE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy)(nil)).Elem(),
		map[string]interface{}{
			"NONE": ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy_NONE,
			"FETCH": ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy_FETCH,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromFind",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromFind)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromFindConversionStrategy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromFindConversionStrategy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": ExternalSecretV1Beta1SpecDataFromFindConversionStrategy_DEFAULT,
			"UNICODE": ExternalSecretV1Beta1SpecDataFromFindConversionStrategy_UNICODE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_AUTO,
			"BASE64": ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_BASE64,
			"BASE64_URL": ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_BASE64_URL,
			"NONE": ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromFindName",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromFindName)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromRewrite",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromRewriteRegexp",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromRewriteRegexp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromRewriteTransform",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromRewriteTransform)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromSourceRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromSourceRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind)(nil)).Elem(),
		map[string]interface{}{
			"ACR_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_ACR_ACCESS_TOKEN,
			"CLUSTER_GENERATOR": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_CLUSTER_GENERATOR,
			"ECR_AUTHORIZATION_TOKEN": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_ECR_AUTHORIZATION_TOKEN,
			"FAKE": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_FAKE,
			"GCR_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_GCR_ACCESS_TOKEN,
			"GITHUB_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_GITHUB_ACCESS_TOKEN,
			"QUAY_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_QUAY_ACCESS_TOKEN,
			"PASSWORD": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_PASSWORD,
			"SSH_KEY": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_SSH_KEY,
			"STS_SESSION_TOKEN": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_STS_SESSION_TOKEN,
			"UUID": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_UUID,
			"VAULT_DYNAMIC_SECRET": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_VAULT_DYNAMIC_SECRET,
			"WEBHOOK": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_WEBHOOK,
			"GRAFANA": ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind_GRAFANA,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_STORE": ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind_SECRET_STORE,
			"CLUSTER_SECRET_STORE": ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind_CLUSTER_SECRET_STORE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataRemoteRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataRemoteRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy)(nil)).Elem(),
		map[string]interface{}{
			"DEFAULT": ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy_DEFAULT,
			"UNICODE": ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy_UNICODE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_AUTO,
			"BASE64": ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_BASE64,
			"BASE64_URL": ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_BASE64_URL,
			"NONE": ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_NONE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy)(nil)).Elem(),
		map[string]interface{}{
			"NONE": ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy_NONE,
			"FETCH": ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy_FETCH,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataSourceRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataSourceRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind)(nil)).Elem(),
		map[string]interface{}{
			"ACR_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_ACR_ACCESS_TOKEN,
			"CLUSTER_GENERATOR": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_CLUSTER_GENERATOR,
			"ECR_AUTHORIZATION_TOKEN": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_ECR_AUTHORIZATION_TOKEN,
			"FAKE": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_FAKE,
			"GCR_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_GCR_ACCESS_TOKEN,
			"GITHUB_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_GITHUB_ACCESS_TOKEN,
			"QUAY_ACCESS_TOKEN": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_QUAY_ACCESS_TOKEN,
			"PASSWORD": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_PASSWORD,
			"SSH_KEY": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_SSH_KEY,
			"STS_SESSION_TOKEN": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_STS_SESSION_TOKEN,
			"UUID": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_UUID,
			"VAULT_DYNAMIC_SECRET": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_VAULT_DYNAMIC_SECRET,
			"WEBHOOK": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_WEBHOOK,
			"GRAFANA": ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind_GRAFANA,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataSourceRefStoreRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataSourceRefStoreRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_STORE": ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind_SECRET_STORE,
			"CLUSTER_SECRET_STORE": ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind_CLUSTER_SECRET_STORE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecRefreshPolicy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecRefreshPolicy)(nil)).Elem(),
		map[string]interface{}{
			"CREATED_ONCE": ExternalSecretV1Beta1SpecRefreshPolicy_CREATED_ONCE,
			"PERIODIC": ExternalSecretV1Beta1SpecRefreshPolicy_PERIODIC,
			"ON_CHANGE": ExternalSecretV1Beta1SpecRefreshPolicy_ON_CHANGE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecSecretStoreRef",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecSecretStoreRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecSecretStoreRefKind",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecSecretStoreRefKind)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_STORE": ExternalSecretV1Beta1SpecSecretStoreRefKind_SECRET_STORE,
			"CLUSTER_SECRET_STORE": ExternalSecretV1Beta1SpecSecretStoreRefKind_CLUSTER_SECRET_STORE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTarget",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTarget)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetCreationPolicy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetCreationPolicy)(nil)).Elem(),
		map[string]interface{}{
			"OWNER": ExternalSecretV1Beta1SpecTargetCreationPolicy_OWNER,
			"ORPHAN": ExternalSecretV1Beta1SpecTargetCreationPolicy_ORPHAN,
			"MERGE": ExternalSecretV1Beta1SpecTargetCreationPolicy_MERGE,
			"NONE": ExternalSecretV1Beta1SpecTargetCreationPolicy_NONE,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetDeletionPolicy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetDeletionPolicy)(nil)).Elem(),
		map[string]interface{}{
			"DELETE": ExternalSecretV1Beta1SpecTargetDeletionPolicy_DELETE,
			"MERGE": ExternalSecretV1Beta1SpecTargetDeletionPolicy_MERGE,
			"RETAIN": ExternalSecretV1Beta1SpecTargetDeletionPolicy_RETAIN,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplate",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateEngineVersion",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateEngineVersion)(nil)).Elem(),
		map[string]interface{}{
			"V2": ExternalSecretV1Beta1SpecTargetTemplateEngineVersion_V2,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateMergePolicy",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateMergePolicy)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": ExternalSecretV1Beta1SpecTargetTemplateMergePolicy_REPLACE,
			"MERGE": ExternalSecretV1Beta1SpecTargetTemplateMergePolicy_MERGE,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateMetadata",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs)(nil)).Elem(),
		map[string]interface{}{
			"VALUES": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs_VALUES,
			"KEYS_AND_VALUES": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs_KEYS_AND_VALUES,
		},
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs)(nil)).Elem(),
		map[string]interface{}{
			"VALUES": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs_VALUES,
			"KEYS_AND_VALUES": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs_KEYS_AND_VALUES,
		},
	)
	_jsii_.RegisterEnum(
		"externalsecrets_external-secretsio.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget",
		reflect.TypeOf((*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget)(nil)).Elem(),
		map[string]interface{}{
			"DATA": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget_DATA,
			"ANNOTATIONS": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget_ANNOTATIONS,
			"LABELS": ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget_LABELS,
		},
	)
}
