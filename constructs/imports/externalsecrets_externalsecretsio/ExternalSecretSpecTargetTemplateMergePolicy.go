package externalsecrets_externalsecretsio


// TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
type ExternalSecretSpecTargetTemplateMergePolicy string

const (
	// Replace.
	ExternalSecretSpecTargetTemplateMergePolicy_REPLACE ExternalSecretSpecTargetTemplateMergePolicy = "REPLACE"
	// Merge.
	ExternalSecretSpecTargetTemplateMergePolicy_MERGE ExternalSecretSpecTargetTemplateMergePolicy = "MERGE"
)

