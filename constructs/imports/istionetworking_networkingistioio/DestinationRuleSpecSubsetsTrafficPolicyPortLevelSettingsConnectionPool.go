package istionetworking_networkingistioio


type DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

