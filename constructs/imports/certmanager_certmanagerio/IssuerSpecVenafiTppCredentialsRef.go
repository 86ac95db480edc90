package certmanager_certmanagerio


// CredentialsRef is a reference to a Secret containing the Venafi TPP API credentials.
//
// The secret must contain the key 'access-token' for the Access Token Authentication,
// or two keys, 'username' and 'password' for the API Keys Authentication.
type IssuerSpecVenafiTppCredentialsRef struct {
	// Name of the resource being referred to.
	//
	// More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
	Name *string `field:"required" json:"name" yaml:"name"`
}

