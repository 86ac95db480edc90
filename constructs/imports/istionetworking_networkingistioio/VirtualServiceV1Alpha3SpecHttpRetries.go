package istionetworking_networkingistioio


// Retry policy for HTTP requests.
type VirtualServiceV1Alpha3SpecHttpRetries struct {
	// Number of retries to be allowed for a given request.
	Attempts *float64 `field:"optional" json:"attempts" yaml:"attempts"`
	// Specifies the minimum duration between retry attempts.
	Backoff *string `field:"optional" json:"backoff" yaml:"backoff"`
	// Timeout per attempt for a given request, including the initial call and any retries.
	PerTryTimeout *string `field:"optional" json:"perTryTimeout" yaml:"perTryTimeout"`
	// Flag to specify whether the retries should ignore previously tried hosts during retry.
	RetryIgnorePreviousHosts *bool `field:"optional" json:"retryIgnorePreviousHosts" yaml:"retryIgnorePreviousHosts"`
	// Specifies the conditions under which retry takes place.
	RetryOn *string `field:"optional" json:"retryOn" yaml:"retryOn"`
	// Flag to specify whether the retries should retry to other localities.
	RetryRemoteLocalities *bool `field:"optional" json:"retryRemoteLocalities" yaml:"retryRemoteLocalities"`
}

