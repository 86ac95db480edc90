package externalsecrets_externalsecretsio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// ExternalSecret is the Schema for the external-secrets API.
//
// It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
type ExternalSecretProps struct {
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// ExternalSecretSpec defines the desired state of ExternalSecret.
	Spec *ExternalSecretSpec `field:"optional" json:"spec" yaml:"spec"`
}

