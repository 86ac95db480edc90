package externalsecrets_externalsecretsio


// Used to define the policy when a key in the priority list does not exist in the input.
type ExternalSecretSpecDataFromRewriteMergePriorityPolicy string

const (
	// IgnoreNotFound.
	ExternalSecretSpecDataFromRewriteMergePriorityPolicy_IGNORE_NOT_FOUND ExternalSecretSpecDataFromRewriteMergePriorityPolicy = "IGNORE_NOT_FOUND"
	// Strict.
	ExternalSecretSpecDataFromRewriteMergePriorityPolicy_STRICT ExternalSecretSpecDataFromRewriteMergePriorityPolicy = "STRICT"
)

