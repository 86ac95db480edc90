package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecTrafficPolicyConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleV1Beta1SpecTrafficPolicyConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

