package externalsecrets_externalsecretsio


// Used to define the policy to use in conflict resolution.
type ExternalSecretSpecDataFromRewriteMergeConflictPolicy string

const (
	// Ignore.
	ExternalSecretSpecDataFromRewriteMergeConflictPolicy_IGNORE ExternalSecretSpecDataFromRewriteMergeConflictPolicy = "IGNORE"
	// Error.
	ExternalSecretSpecDataFromRewriteMergeConflictPolicy_ERROR ExternalSecretSpecDataFromRewriteMergeConflictPolicy = "ERROR"
)

