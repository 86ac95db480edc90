package externalsecrets_externalsecretsio


// Used to define the strategy to use in the merge operation.
type ExternalSecretSpecDataFromRewriteMergeStrategy string

const (
	// Extract.
	ExternalSecretSpecDataFromRewriteMergeStrategy_EXTRACT ExternalSecretSpecDataFromRewriteMergeStrategy = "EXTRACT"
	// JSON.
	ExternalSecretSpecDataFromRewriteMergeStrategy_JSON ExternalSecretSpecDataFromRewriteMergeStrategy = "JSON"
)

