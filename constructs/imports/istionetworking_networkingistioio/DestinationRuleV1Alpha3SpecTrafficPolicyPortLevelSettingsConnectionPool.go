package istionetworking_networkingistioio


type DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

