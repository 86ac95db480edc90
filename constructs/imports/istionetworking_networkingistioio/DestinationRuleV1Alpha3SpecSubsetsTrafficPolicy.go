package istionetworking_networkingistioio


// Traffic policies that apply to this subset.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicy struct {
	ConnectionPool *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Traffic policies specific to individual ports.
	PortLevelSettings *[]*DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettings `field:"optional" json:"portLevelSettings" yaml:"portLevelSettings"`
	// The upstream PROXY protocol settings.
	ProxyProtocol *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// Specifies a limit on concurrent retries in relation to the number of active requests.
	RetryBudget *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyRetryBudget `field:"optional" json:"retryBudget" yaml:"retryBudget"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTls `field:"optional" json:"tls" yaml:"tls"`
	// Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.
	Tunnel *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTunnel `field:"optional" json:"tunnel" yaml:"tunnel"`
}

