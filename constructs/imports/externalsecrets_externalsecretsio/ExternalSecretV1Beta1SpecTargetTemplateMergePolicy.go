package externalsecrets_externalsecretsio


// TemplateMergePolicy defines how template values should be merged when generating a secret.
type ExternalSecretV1Beta1SpecTargetTemplateMergePolicy string

const (
	// Replace.
	ExternalSecretV1Beta1SpecTargetTemplateMergePolicy_REPLACE ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = "REPLACE"
	// Merge.
	ExternalSecretV1Beta1SpecTargetTemplateMergePolicy_MERGE ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = "MERGE"
)

