package istionetworking_networkingistioio


type DestinationRuleSpecSubsetsTrafficPolicyConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

