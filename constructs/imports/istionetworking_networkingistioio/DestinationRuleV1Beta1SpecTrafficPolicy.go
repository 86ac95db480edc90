package istionetworking_networkingistioio


// Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).
type DestinationRuleV1Beta1SpecTrafficPolicy struct {
	ConnectionPool *DestinationRuleV1Beta1SpecTrafficPolicyConnectionPool `field:"optional" json:"connectionPool" yaml:"connectionPool"`
	// Settings controlling the load balancer algorithms.
	LoadBalancer *DestinationRuleV1Beta1SpecTrafficPolicyLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	OutlierDetection *DestinationRuleV1Beta1SpecTrafficPolicyOutlierDetection `field:"optional" json:"outlierDetection" yaml:"outlierDetection"`
	// Traffic policies specific to individual ports.
	PortLevelSettings *[]*DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettings `field:"optional" json:"portLevelSettings" yaml:"portLevelSettings"`
	// The upstream PROXY protocol settings.
	ProxyProtocol *DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocol `field:"optional" json:"proxyProtocol" yaml:"proxyProtocol"`
	// Specifies a limit on concurrent retries in relation to the number of active requests.
	RetryBudget *DestinationRuleV1Beta1SpecTrafficPolicyRetryBudget `field:"optional" json:"retryBudget" yaml:"retryBudget"`
	// TLS related settings for connections to the upstream service.
	Tls *DestinationRuleV1Beta1SpecTrafficPolicyTls `field:"optional" json:"tls" yaml:"tls"`
	// Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.
	Tunnel *DestinationRuleV1Beta1SpecTrafficPolicyTunnel `field:"optional" json:"tunnel" yaml:"tunnel"`
}

