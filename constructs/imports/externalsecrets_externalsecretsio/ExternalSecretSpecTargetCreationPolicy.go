package externalsecrets_externalsecretsio


// CreationPolicy defines rules on how to create the resulting Secret.
//
// Defaults to "Owner".
// Default: Owner".
//
type ExternalSecretSpecTargetCreationPolicy string

const (
	// Owner.
	ExternalSecretSpecTargetCreationPolicy_OWNER ExternalSecretSpecTargetCreationPolicy = "OWNER"
	// Orphan.
	ExternalSecretSpecTargetCreationPolicy_ORPHAN ExternalSecretSpecTargetCreationPolicy = "ORPHAN"
	// Merge.
	ExternalSecretSpecTargetCreationPolicy_MERGE ExternalSecretSpecTargetCreationPolicy = "MERGE"
	// None.
	ExternalSecretSpecTargetCreationPolicy_NONE ExternalSecretSpecTargetCreationPolicy = "NONE"
)

