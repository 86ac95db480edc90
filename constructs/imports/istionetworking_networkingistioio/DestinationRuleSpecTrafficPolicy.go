package istionetworking_networkingistioio


// Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).
type DestinationRuleSpecTrafficPolicy struct {
	ConnectionPool *DestinationRuleSpecTrafficPolicyConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleSpecTrafficPolicyLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleSpecTrafficPolicyOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Traffic policies specific to individual ports.
	PortLevelSettings *[]*DestinationRuleSpecTrafficPolicyPortLevelSettings `field:"optional" json:"portLevelSettings" yaml:"portLevelSettings"`
	// The upstream PROXY protocol settings.
	ProxyProtocol *DestinationRuleSpecTrafficPolicyProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// Specifies a limit on concurrent retries in relation to the number of active requests.
	RetryBudget *DestinationRuleSpecTrafficPolicyRetryBudget `field:"optional" json:"retryBudget" yaml:"retryBudget"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleSpecTrafficPolicyTls `field:"optional" json:"tls" yaml:"tls"`
	// Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.
	Tunnel *DestinationRuleSpecTrafficPolicyTunnel `field:"optional" json:"tunnel" yaml:"tunnel"`
}

