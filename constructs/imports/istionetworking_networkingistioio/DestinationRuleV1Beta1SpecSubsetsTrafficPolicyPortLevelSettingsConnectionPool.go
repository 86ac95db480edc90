package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool struct {
	// HTTP connection pool settings.
	Http *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp `field:"optional" json:"http" yaml:"http"`
	// Settings common to both HTTP and TCP upstream connections.
	Tcp *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp `field:"optional" json:"tcp" yaml:"tcp"`
}

