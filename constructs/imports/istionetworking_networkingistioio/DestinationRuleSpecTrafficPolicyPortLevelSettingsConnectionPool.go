package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

