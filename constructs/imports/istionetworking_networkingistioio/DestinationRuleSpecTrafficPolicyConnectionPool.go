package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleSpecTrafficPolicyConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleSpecTrafficPolicyConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

