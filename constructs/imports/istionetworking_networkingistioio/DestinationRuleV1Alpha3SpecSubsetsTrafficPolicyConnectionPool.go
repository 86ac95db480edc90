package istionetworking_networkingistioio


type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

