// argocd_argoprojio
package argocd_argoprojio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"argocd_argoprojio.AppProject",
		reflect.TypeOf((*AppProject)(nil)).Elem(),
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
			j := jsiiProxy_AppProject{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectProps",
		reflect.TypeOf((*AppProjectProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpec",
		reflect.TypeOf((*AppProjectSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecClusterResourceBlacklist",
		reflect.TypeOf((*AppProjectSpecClusterResourceBlacklist)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecClusterResourceWhitelist",
		reflect.TypeOf((*AppProjectSpecClusterResourceWhitelist)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecDestinationServiceAccounts",
		reflect.TypeOf((*AppProjectSpecDestinationServiceAccounts)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecDestinations",
		reflect.TypeOf((*AppProjectSpecDestinations)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecNamespaceResourceBlacklist",
		reflect.TypeOf((*AppProjectSpecNamespaceResourceBlacklist)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecNamespaceResourceWhitelist",
		reflect.TypeOf((*AppProjectSpecNamespaceResourceWhitelist)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecOrphanedResources",
		reflect.TypeOf((*AppProjectSpecOrphanedResources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecOrphanedResourcesIgnore",
		reflect.TypeOf((*AppProjectSpecOrphanedResourcesIgnore)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecRoles",
		reflect.TypeOf((*AppProjectSpecRoles)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecRolesJwtTokens",
		reflect.TypeOf((*AppProjectSpecRolesJwtTokens)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecSignatureKeys",
		reflect.TypeOf((*AppProjectSpecSignatureKeys)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.AppProjectSpecSyncWindows",
		reflect.TypeOf((*AppProjectSpecSyncWindows)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"argocd_argoprojio.Application",
		reflect.TypeOf((*Application)(nil)).Elem(),
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
			j := jsiiProxy_Application{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperation",
		reflect.TypeOf((*ApplicationOperation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationInfo",
		reflect.TypeOf((*ApplicationOperationInfo)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationInitiatedBy",
		reflect.TypeOf((*ApplicationOperationInitiatedBy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationRetry",
		reflect.TypeOf((*ApplicationOperationRetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationRetryBackoff",
		reflect.TypeOf((*ApplicationOperationRetryBackoff)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSync",
		reflect.TypeOf((*ApplicationOperationSync)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncResources",
		reflect.TypeOf((*ApplicationOperationSyncResources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSource",
		reflect.TypeOf((*ApplicationOperationSyncSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceDirectory",
		reflect.TypeOf((*ApplicationOperationSyncSourceDirectory)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceDirectoryJsonnet",
		reflect.TypeOf((*ApplicationOperationSyncSourceDirectoryJsonnet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceDirectoryJsonnetExtVars",
		reflect.TypeOf((*ApplicationOperationSyncSourceDirectoryJsonnetExtVars)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceDirectoryJsonnetTlas",
		reflect.TypeOf((*ApplicationOperationSyncSourceDirectoryJsonnetTlas)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceHelm",
		reflect.TypeOf((*ApplicationOperationSyncSourceHelm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceHelmFileParameters",
		reflect.TypeOf((*ApplicationOperationSyncSourceHelmFileParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceHelmParameters",
		reflect.TypeOf((*ApplicationOperationSyncSourceHelmParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceKustomize",
		reflect.TypeOf((*ApplicationOperationSyncSourceKustomize)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceKustomizePatches",
		reflect.TypeOf((*ApplicationOperationSyncSourceKustomizePatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceKustomizePatchesTarget",
		reflect.TypeOf((*ApplicationOperationSyncSourceKustomizePatchesTarget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourceKustomizeReplicas",
		reflect.TypeOf((*ApplicationOperationSyncSourceKustomizeReplicas)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"argocd_argoprojio.ApplicationOperationSyncSourceKustomizeReplicasCount",
		reflect.TypeOf((*ApplicationOperationSyncSourceKustomizeReplicasCount)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ApplicationOperationSyncSourceKustomizeReplicasCount{}
		},
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcePlugin",
		reflect.TypeOf((*ApplicationOperationSyncSourcePlugin)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcePluginEnv",
		reflect.TypeOf((*ApplicationOperationSyncSourcePluginEnv)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcePluginParameters",
		reflect.TypeOf((*ApplicationOperationSyncSourcePluginParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSources",
		reflect.TypeOf((*ApplicationOperationSyncSources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesDirectory",
		reflect.TypeOf((*ApplicationOperationSyncSourcesDirectory)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesDirectoryJsonnet",
		reflect.TypeOf((*ApplicationOperationSyncSourcesDirectoryJsonnet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesDirectoryJsonnetExtVars",
		reflect.TypeOf((*ApplicationOperationSyncSourcesDirectoryJsonnetExtVars)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesDirectoryJsonnetTlas",
		reflect.TypeOf((*ApplicationOperationSyncSourcesDirectoryJsonnetTlas)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesHelm",
		reflect.TypeOf((*ApplicationOperationSyncSourcesHelm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesHelmFileParameters",
		reflect.TypeOf((*ApplicationOperationSyncSourcesHelmFileParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesHelmParameters",
		reflect.TypeOf((*ApplicationOperationSyncSourcesHelmParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesKustomize",
		reflect.TypeOf((*ApplicationOperationSyncSourcesKustomize)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesKustomizePatches",
		reflect.TypeOf((*ApplicationOperationSyncSourcesKustomizePatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesKustomizePatchesTarget",
		reflect.TypeOf((*ApplicationOperationSyncSourcesKustomizePatchesTarget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesKustomizeReplicas",
		reflect.TypeOf((*ApplicationOperationSyncSourcesKustomizeReplicas)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"argocd_argoprojio.ApplicationOperationSyncSourcesKustomizeReplicasCount",
		reflect.TypeOf((*ApplicationOperationSyncSourcesKustomizeReplicasCount)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ApplicationOperationSyncSourcesKustomizeReplicasCount{}
		},
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesPlugin",
		reflect.TypeOf((*ApplicationOperationSyncSourcesPlugin)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesPluginEnv",
		reflect.TypeOf((*ApplicationOperationSyncSourcesPluginEnv)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSourcesPluginParameters",
		reflect.TypeOf((*ApplicationOperationSyncSourcesPluginParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSyncStrategy",
		reflect.TypeOf((*ApplicationOperationSyncSyncStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSyncStrategyApply",
		reflect.TypeOf((*ApplicationOperationSyncSyncStrategyApply)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationOperationSyncSyncStrategyHook",
		reflect.TypeOf((*ApplicationOperationSyncSyncStrategyHook)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationProps",
		reflect.TypeOf((*ApplicationProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpec",
		reflect.TypeOf((*ApplicationSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecDestination",
		reflect.TypeOf((*ApplicationSpecDestination)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecIgnoreDifferences",
		reflect.TypeOf((*ApplicationSpecIgnoreDifferences)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecInfo",
		reflect.TypeOf((*ApplicationSpecInfo)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSource",
		reflect.TypeOf((*ApplicationSpecSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceDirectory",
		reflect.TypeOf((*ApplicationSpecSourceDirectory)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceDirectoryJsonnet",
		reflect.TypeOf((*ApplicationSpecSourceDirectoryJsonnet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceDirectoryJsonnetExtVars",
		reflect.TypeOf((*ApplicationSpecSourceDirectoryJsonnetExtVars)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceDirectoryJsonnetTlas",
		reflect.TypeOf((*ApplicationSpecSourceDirectoryJsonnetTlas)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHelm",
		reflect.TypeOf((*ApplicationSpecSourceHelm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHelmFileParameters",
		reflect.TypeOf((*ApplicationSpecSourceHelmFileParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHelmParameters",
		reflect.TypeOf((*ApplicationSpecSourceHelmParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHydrator",
		reflect.TypeOf((*ApplicationSpecSourceHydrator)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHydratorDrySource",
		reflect.TypeOf((*ApplicationSpecSourceHydratorDrySource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHydratorHydrateTo",
		reflect.TypeOf((*ApplicationSpecSourceHydratorHydrateTo)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceHydratorSyncSource",
		reflect.TypeOf((*ApplicationSpecSourceHydratorSyncSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceKustomize",
		reflect.TypeOf((*ApplicationSpecSourceKustomize)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceKustomizePatches",
		reflect.TypeOf((*ApplicationSpecSourceKustomizePatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceKustomizePatchesTarget",
		reflect.TypeOf((*ApplicationSpecSourceKustomizePatchesTarget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourceKustomizeReplicas",
		reflect.TypeOf((*ApplicationSpecSourceKustomizeReplicas)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"argocd_argoprojio.ApplicationSpecSourceKustomizeReplicasCount",
		reflect.TypeOf((*ApplicationSpecSourceKustomizeReplicasCount)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ApplicationSpecSourceKustomizeReplicasCount{}
		},
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcePlugin",
		reflect.TypeOf((*ApplicationSpecSourcePlugin)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcePluginEnv",
		reflect.TypeOf((*ApplicationSpecSourcePluginEnv)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcePluginParameters",
		reflect.TypeOf((*ApplicationSpecSourcePluginParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSources",
		reflect.TypeOf((*ApplicationSpecSources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesDirectory",
		reflect.TypeOf((*ApplicationSpecSourcesDirectory)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesDirectoryJsonnet",
		reflect.TypeOf((*ApplicationSpecSourcesDirectoryJsonnet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesDirectoryJsonnetExtVars",
		reflect.TypeOf((*ApplicationSpecSourcesDirectoryJsonnetExtVars)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesDirectoryJsonnetTlas",
		reflect.TypeOf((*ApplicationSpecSourcesDirectoryJsonnetTlas)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesHelm",
		reflect.TypeOf((*ApplicationSpecSourcesHelm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesHelmFileParameters",
		reflect.TypeOf((*ApplicationSpecSourcesHelmFileParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesHelmParameters",
		reflect.TypeOf((*ApplicationSpecSourcesHelmParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesKustomize",
		reflect.TypeOf((*ApplicationSpecSourcesKustomize)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesKustomizePatches",
		reflect.TypeOf((*ApplicationSpecSourcesKustomizePatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesKustomizePatchesTarget",
		reflect.TypeOf((*ApplicationSpecSourcesKustomizePatchesTarget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesKustomizeReplicas",
		reflect.TypeOf((*ApplicationSpecSourcesKustomizeReplicas)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"argocd_argoprojio.ApplicationSpecSourcesKustomizeReplicasCount",
		reflect.TypeOf((*ApplicationSpecSourcesKustomizeReplicasCount)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ApplicationSpecSourcesKustomizeReplicasCount{}
		},
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesPlugin",
		reflect.TypeOf((*ApplicationSpecSourcesPlugin)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesPluginEnv",
		reflect.TypeOf((*ApplicationSpecSourcesPluginEnv)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSourcesPluginParameters",
		reflect.TypeOf((*ApplicationSpecSourcesPluginParameters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSyncPolicy",
		reflect.TypeOf((*ApplicationSpecSyncPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSyncPolicyAutomated",
		reflect.TypeOf((*ApplicationSpecSyncPolicyAutomated)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSyncPolicyManagedNamespaceMetadata",
		reflect.TypeOf((*ApplicationSpecSyncPolicyManagedNamespaceMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSyncPolicyRetry",
		reflect.TypeOf((*ApplicationSpecSyncPolicyRetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"argocd_argoprojio.ApplicationSpecSyncPolicyRetryBackoff",
		reflect.TypeOf((*ApplicationSpecSyncPolicyRetryBackoff)(nil)).Elem(),
	)
}
