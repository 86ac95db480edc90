package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyPortLevelSettings struct {
	ConnectionPool *DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Specifies the number of a port on the destination service on which this policy is being applied.
	Port *DestinationRuleSpecTrafficPolicyPortLevelSettingsPort `field:"optional" json:"port" yaml:"port"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleSpecTrafficPolicyPortLevelSettingsTls `field:"optional" json:"tls" yaml:"tls"`
}

