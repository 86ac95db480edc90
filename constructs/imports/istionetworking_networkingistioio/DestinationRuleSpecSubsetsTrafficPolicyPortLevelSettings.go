package istionetworking_networkingistioio


type DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings struct {
	ConnectionPool *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Specifies the number of a port on the destination service on which this policy is being applied.
	Port *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort `field:"optional" json:"port" yaml:"port"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls `field:"optional" json:"tls" yaml:"tls"`
}

