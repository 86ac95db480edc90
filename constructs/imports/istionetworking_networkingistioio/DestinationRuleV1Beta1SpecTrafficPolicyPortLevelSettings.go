package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettings struct {
	ConnectionPool *DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Specifies the number of a port on the destination service on which this policy is being applied.
	Port *DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsPort `field:"optional" json:"port" yaml:"port"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTls `field:"optional" json:"tls" yaml:"tls"`
}

