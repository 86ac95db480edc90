package istionetworking_networkingistioio


// HTTP connection pool settings.
type DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp struct {
	// Specify if http1.1 connection should be upgraded to http2 for the associated destination.
	//
	// Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE.
	H2UpgradePolicy DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy `field:"optional" json:"h2UpgradePolicy" yaml:"h2UpgradePolicy"`
	// Maximum number of requests that will be queued while waiting for a ready connection pool connection.
	Http1MaxPendingRequests *float64 `field:"optional" json:"http1MaxPendingRequests" yaml:"http1MaxPendingRequests"`
	// Maximum number of active requests to a destination.
	Http2MaxRequests *float64 `field:"optional" json:"http2MaxRequests" yaml:"http2MaxRequests"`
	// The idle timeout for upstream connection pool connections.
	IdleTimeout *string `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	// The maximum number of concurrent streams allowed for a peer on one HTTP/2 connection.
	MaxConcurrentStreams *float64 `field:"optional" json:"maxConcurrentStreams" yaml:"maxConcurrentStreams"`
	// Maximum number of requests per connection to a backend.
	MaxRequestsPerConnection *float64 `field:"optional" json:"maxRequestsPerConnection" yaml:"maxRequestsPerConnection"`
	// Maximum number of retries that can be outstanding to all hosts in a cluster at a given time.
	MaxRetries *float64 `field:"optional" json:"maxRetries" yaml:"maxRetries"`
	// If set to true, client protocol will be preserved while initiating connection to backend.
	UseClientProtocol *bool `field:"optional" json:"useClientProtocol" yaml:"useClientProtocol"`
}

