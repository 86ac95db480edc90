package certmanager_certmanagerio


// Desired state of the Issuer resource.
type IssuerSpec struct {
	// ACME configures this issuer to communicate with a RFC8555 (ACME) server to obtain signed x509 certificates.
	Acme *IssuerSpecAcme `field:"optional" json:"acme" yaml:"acme"`
	// CA configures this issuer to sign certificates using a signing CA keypair stored in a Secret resource.
	//
	// This is used to build internal PKIs that are managed by cert-manager.
	Ca *IssuerSpecCa `field:"optional" json:"ca" yaml:"ca"`
	// SelfSigned configures this issuer to 'self sign' certificates using the private key used to create the CertificateRequest object.
	SelfSigned *IssuerSpecSelfSigned `field:"optional" json:"selfSigned" yaml:"selfSigned"`
	// Vault configures this issuer to sign certificates using a HashiCorp Vault PKI backend.
	Vault *IssuerSpecVault `field:"optional" json:"vault" yaml:"vault"`
	// Venafi configures this issuer to sign certificates using a Venafi TPP or Venafi Cloud policy zone.
	Venafi *IssuerSpecVenafi `field:"optional" json:"venafi" yaml:"venafi"`
}

