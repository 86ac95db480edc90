package externalsecrets_externalsecretsio


// Finds secrets based on the name.
type ExternalSecretSpecDataFromFindName struct {
	// Finds secrets base.
	Regexp *string `field:"optional" json:"regexp" yaml:"regexp"`
}

