package istionetworking_networkingistioio


// Traffic policies that apply to this subset.
type DestinationRuleV1Beta1SpecSubsetsTrafficPolicy struct {
	ConnectionPool *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Traffic policies specific to individual ports.
	PortLevelSettings *[]*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettings `field:"optional" json:"portLevelSettings" yaml:"portLevelSettings"`
	// The upstream PROXY protocol settings.
	ProxyProtocol *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// Specifies a limit on concurrent retries in relation to the number of active requests.
	RetryBudget *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyRetryBudget `field:"optional" json:"retryBudget" yaml:"retryBudget"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTls `field:"optional" json:"tls" yaml:"tls"`
	// Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.
	Tunnel *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTunnel `field:"optional" json:"tunnel" yaml:"tunnel"`
}

