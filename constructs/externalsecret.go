package constructs

import (
	"cmp"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	eso "github.com/screenshot-algo/k8s/constructs/imports/externalsecrets_externalsecretsio"
)

// RemoteValue is one key of the Secret to build, read from a property of a secret in the store.
type RemoteValue struct {
	// SecretKey is the key in the Kubernetes Secret, e.g. "password".
	SecretKey string
	// RemoteKey names the secret in the store, e.g. "screenshot-algo/production/postgres".
	RemoteKey string
	// Property is the JSON field of that secret, e.g. "password".
	Property string
}

// ExternalSecretProps describe a Secret the External Secrets Operator keeps in sync with a store.
type ExternalSecretProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the ExternalSecret and its Secret. Required.
	Namespace string
	// Name is the short name; the ExternalSecret and the Secret it writes are ObjectName(PartOf, Name),
	// so workloads reference the Secret by the same name in every environment. Required.
	Name string
	// Store names the SecretStore, in Namespace, to read from (a NewSecretStore's Name). Required.
	Store string
	// Values are the keys of the Secret. Required.
	Values []RemoteValue
	// RefreshInterval is how often the Secret is brought up to date. Empty means "1h".
	RefreshInterval string
}

// NewExternalSecret builds an ExternalSecret that owns its target Secret: deleting the
// ExternalSecret deletes the Secret, and no credential ever passes through this program.
func NewExternalSecret(scope constructs.Construct, id string, props ExternalSecretProps) eso.ExternalSecret {
	refresh := cmp.Or(props.RefreshInterval, "1h")
	name := ObjectName(props.PartOf, props.Name)
	data := make([]*eso.ExternalSecretSpecData, 0, len(props.Values))
	for _, v := range props.Values {
		data = append(data, &eso.ExternalSecretSpecData{
			SecretKey: jsii.String(v.SecretKey),
			RemoteRef: &eso.ExternalSecretSpecDataRemoteRef{Key: jsii.String(v.RemoteKey), Property: jsii.String(v.Property)},
		})
	}
	return eso.NewExternalSecret(scope, jsii.String(id), &eso.ExternalSecretProps{
		Metadata: Identity{PartOf: props.PartOf, Name: props.Name, Component: "credentials"}.APIMeta(name, props.Namespace),
		Spec: &eso.ExternalSecretSpec{
			RefreshInterval: jsii.String(refresh),
			SecretStoreRef:  &eso.ExternalSecretSpecSecretStoreRef{Kind: eso.ExternalSecretSpecSecretStoreRefKind_SECRET_STORE, Name: jsii.String(props.Store)},
			Target:          &eso.ExternalSecretSpecTarget{Name: jsii.String(name), CreationPolicy: eso.ExternalSecretSpecTargetCreationPolicy_OWNER},
			Data:            &data,
		},
	})
}
