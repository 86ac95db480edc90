package externalsecrets_externalsecretsio


// DeletionPolicy defines rules on how to delete the resulting Secret.
//
// Defaults to "Retain".
// Default: Retain".
//
type ExternalSecretSpecTargetDeletionPolicy string

const (
	// Delete.
	ExternalSecretSpecTargetDeletionPolicy_DELETE ExternalSecretSpecTargetDeletionPolicy = "DELETE"
	// Merge.
	ExternalSecretSpecTargetDeletionPolicy_MERGE ExternalSecretSpecTargetDeletionPolicy = "MERGE"
	// Retain.
	ExternalSecretSpecTargetDeletionPolicy_RETAIN ExternalSecretSpecTargetDeletionPolicy = "RETAIN"
)

