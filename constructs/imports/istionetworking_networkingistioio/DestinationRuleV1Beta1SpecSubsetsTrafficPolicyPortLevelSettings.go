package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettings struct {
	ConnectionPool *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Specifies the number of a port on the destination service on which this policy is being applied.
	Port *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsPort `field:"optional" json:"port" yaml:"port"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTls `field:"optional" json:"tls" yaml:"tls"`
}

