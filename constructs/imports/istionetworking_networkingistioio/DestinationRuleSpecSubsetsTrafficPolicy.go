package istionetworking_networkingistioio


// Traffic policies that apply to this subset.
type DestinationRuleSpecSubsetsTrafficPolicy struct {
	ConnectionPool *DestinationRuleSpecSubsetsTrafficPolicyConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Traffic policies specific to individual ports.
	PortLevelSettings *[]*DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings `field:"optional" json:"portLevelSettings" yaml:"portLevelSettings"`
	// The upstream PROXY protocol settings.
	ProxyProtocol *DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// Specifies a limit on concurrent retries in relation to the number of active requests.
	RetryBudget *DestinationRuleSpecSubsetsTrafficPolicyRetryBudget `field:"optional" json:"retryBudget" yaml:"retryBudget"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleSpecSubsetsTrafficPolicyTls `field:"optional" json:"tls" yaml:"tls"`
	// Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.
	Tunnel *DestinationRuleSpecSubsetsTrafficPolicyTunnel `field:"optional" json:"tunnel" yaml:"tunnel"`
}

