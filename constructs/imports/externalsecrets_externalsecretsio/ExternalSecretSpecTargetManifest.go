package externalsecrets_externalsecretsio


// Manifest defines a custom Kubernetes resource to create instead of a Secret.
//
// When specified, ExternalSecret will create the resource type defined here
// (e.g., ConfigMap, Custom Resource) instead of a Secret.
// Warning: Using Generic target. Make sure access policies and encryption are properly configured.
type ExternalSecretSpecTargetManifest struct {
	// APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).
	ApiVersion *string `field:"required" json:"apiVersion" yaml:"apiVersion"`
	// Kind of the target resource (e.g., "ConfigMap", "Application").
	Kind *string `field:"required" json:"kind" yaml:"kind"`
}

