package istionetworking_networkingistioio


// TLS related settings for connections to the upstream service.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTls struct {
	// OPTIONAL: The path to the file containing certificate authority certificates to use in verifying a presented server certificate.
	CaCertificates *string `field:"optional" json:"caCertificates" yaml:"caCertificates"`
	// OPTIONAL: The path to the file containing the certificate revocation list (CRL) to use in verifying a presented server certificate.
	CaCrl *string `field:"optional" json:"caCrl" yaml:"caCrl"`
	// REQUIRED if mode is `MUTUAL`.
	ClientCertificate *string `field:"optional" json:"clientCertificate" yaml:"clientCertificate"`
	// The name of the secret that holds the TLS certs for the client including the CA certificates.
	CredentialName *string `field:"optional" json:"credentialName" yaml:"credentialName"`
	// `insecureSkipVerify` specifies whether the proxy should skip verifying the CA signature and SAN for the server certificate corresponding to the host.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// Indicates whether connections to this port should be secured using TLS.
	//
	// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
	Mode DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode `field:"optional" json:"mode" yaml:"mode"`
	// REQUIRED if mode is `MUTUAL`.
	PrivateKey *string `field:"optional" json:"privateKey" yaml:"privateKey"`
	// SNI string to present to the server during TLS handshake.
	Sni *string `field:"optional" json:"sni" yaml:"sni"`
	// A list of alternate names to verify the subject identity in the certificate.
	SubjectAltNames *[]*string `field:"optional" json:"subjectAltNames" yaml:"subjectAltNames"`
}

