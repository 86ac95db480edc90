package externalsecrets_externalsecretsio


// TemplateTarget defines the target field where the template result will be stored.
type ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget string

const (
	// Data.
	ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget_DATA ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = "DATA"
	// Annotations.
	ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget_ANNOTATIONS ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = "ANNOTATIONS"
	// Labels.
	ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget_LABELS ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = "LABELS"
)

