package istionetworking_networkingistioio


type DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettings struct {
	ConnectionPool *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Specifies the number of a port on the destination service on which this policy is being applied.
	Port *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsPort `field:"optional" json:"port" yaml:"port"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTls `field:"optional" json:"tls" yaml:"tls"`
}

