package traefik_traefikio


// TLS defines TLS-specific configurations, including the CA, certificate, and key, which can be provided as a file path or file content.
type MiddlewareSpecRateLimitRedisTls struct {
	// CASecret is the name of the referenced Kubernetes Secret containing the CA to validate the server certificate.
	//
	// The CA certificate is extracted from key `tls.ca` or `ca.crt`.
	CaSecret *string `field:"optional" json:"caSecret" yaml:"caSecret"`
	// CertSecret is the name of the referenced Kubernetes Secret containing the client certificate.
	//
	// The client certificate is extracted from the keys `tls.crt` and `tls.key`.
	CertSecret *string `field:"optional" json:"certSecret" yaml:"certSecret"`
	// InsecureSkipVerify defines whether the server certificates should be validated.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
}

