package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// AWSSecretsManager is a store in AWS Secrets Manager.
type AWSSecretsManager struct {
	// Region is the Secrets Manager region. Required.
	Region string
}

// AzureKeyVault is a store in an Azure Key Vault.
type AzureKeyVault struct {
	// VaultURL is the vault, https://<name>.vault.azure.net. Required.
	VaultURL string
	// TenantID is the vault's Microsoft Entra tenant. Required.
	TenantID string
}

// GCPSecretManager is a store in Google Secret Manager.
type GCPSecretManager struct {
	// ProjectID holds the secrets. Required.
	ProjectID string
	// ClusterName and ClusterLocation name the GKE cluster whose workload identity issues the
	// store's tokens. Required.
	ClusterName, ClusterLocation string
}

// SecretStoreProps describe where the External Secrets Operator reads an application's
// credentials, and the identity it reads them as. Exactly one provider is set.
type SecretStoreProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the store, its ServiceAccount and the ExternalSecrets that use it. Required.
	Namespace string
	// AWS, Azure or GCP is the cloud's secret manager.
	AWS   *AWSSecretsManager
	Azure *AzureKeyVault
	GCP   *GCPSecretManager
	// IdentityAnnotations bind the store's ServiceAccount to a cloud identity (workload
	// identity), e.g. eks.amazonaws.com/role-arn: <role>. Required: no static key is ever used.
	IdentityAnnotations map[string]string
}

// SecretStore is an application's own SecretStore, and the ServiceAccount it authenticates as.
type SecretStore struct {
	constructs.Construct
	// Name is the store's name, which ExternalSecrets refer to.
	Name string
	// ServiceAccount is the identity's ServiceAccount.
	ServiceAccount string
}

// SecretStoreKind is the kind an ExternalSecret names a SecretStore by.
const SecretStoreKind = "SecretStore"

// NewSecretStore builds a namespaced SecretStore, "<app>-secrets", that reads the cloud's
// secret manager through workload identity: the operator requests a token for the store's own
// ServiceAccount, whose annotations bind it to a cloud identity allowed to read this
// application's secrets and nothing else. Being namespaced, the store serves no other
// application, and no cluster-wide store with broader access is needed.
func NewSecretStore(scope constructs.Construct, id string, props SecretStoreProps) *SecretStore {
	c := constructs.NewConstruct(scope, jsii.String(id))
	ident := Identity{PartOf: props.PartOf, Name: "secrets", Component: "credentials"}
	name := ident.ObjectName()
	meta := ident.Meta(name, props.Namespace)
	meta.Annotations = StringMap(props.IdentityAnnotations)
	// The operator asks the API server for this ServiceAccount's token itself: no pod mounts it.
	k8s.NewKubeServiceAccount(c, jsii.String("ServiceAccount"), &k8s.KubeServiceAccountProps{
		Metadata: meta, AutomountServiceAccountToken: jsii.Bool(false),
	})
	account := map[string]any{"name": name}
	var provider map[string]any
	switch {
	case props.AWS != nil:
		provider = map[string]any{"aws": map[string]any{
			"service": "SecretsManager", "region": props.AWS.Region,
			"auth": map[string]any{"jwt": map[string]any{"serviceAccountRef": account}},
		}}
	case props.Azure != nil:
		provider = map[string]any{"azurekv": map[string]any{
			"vaultUrl": props.Azure.VaultURL, "tenantId": props.Azure.TenantID,
			"authType": "WorkloadIdentity", "serviceAccountRef": account,
		}}
	case props.GCP != nil:
		provider = map[string]any{"gcpsm": map[string]any{
			"projectID": props.GCP.ProjectID,
			"auth": map[string]any{"workloadIdentity": map[string]any{
				"clusterName": props.GCP.ClusterName, "clusterLocation": props.GCP.ClusterLocation,
				"clusterProjectID": props.GCP.ProjectID, "serviceAccountRef": account,
			}},
		}}
	}
	obj := cdk8s.NewApiObject(c, jsii.String("Store"), &cdk8s.ApiObjectProps{
		ApiVersion: jsii.String("external-secrets.io/v1"), Kind: jsii.String(SecretStoreKind),
		Metadata: ident.APIMeta(name, props.Namespace),
	})
	obj.AddJsonPatch(cdk8s.JsonPatch_Add(jsii.String("/spec"), map[string]any{"provider": provider}))
	return &SecretStore{Construct: c, Name: name, ServiceAccount: name}
}
