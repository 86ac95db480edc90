package certmanager_certmanagerio


// A reference to a service account that will be used to request a bound token (also known as "projected token").
//
// To use this field, you must
// configure an RBAC rule to let cert-manager request a token.
type IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef struct {
	// Name of the ServiceAccount used to request a token.
	Name *string `field:"required" json:"name" yaml:"name"`
	// TokenAudiences is an optional list of audiences to include in the token passed to AWS.
	//
	// The default token consisting of the issuer's namespace
	// and name is always included.
	// If unset the audience defaults to `sts.amazonaws.com`.
	Audiences *[]*string `field:"optional" json:"audiences" yaml:"audiences"`
}

