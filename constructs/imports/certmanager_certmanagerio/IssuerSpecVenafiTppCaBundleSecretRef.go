package certmanager_certmanagerio


// Reference to a Secret containing a base64-encoded bundle of PEM CAs which will be used to validate the certificate chain presented by the TPP server.
//
// Only used if using HTTPS; ignored for HTTP. Mutually exclusive with CABundle.
// If neither CABundle nor CABundleSecretRef is defined, the certificate bundle in
// the cert-manager controller container is used to validate the TLS connection.
type IssuerSpecVenafiTppCaBundleSecretRef struct {
	// Name of the resource being referred to.
	//
	// More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
	Name *string `field:"required" json:"name" yaml:"name"`
	// The key of the entry in the Secret resource's `data` field to be used.
	//
	// Some instances of this field may be defaulted, in others it may be
	// required.
	Key *string `field:"optional" json:"key" yaml:"key"`
}

