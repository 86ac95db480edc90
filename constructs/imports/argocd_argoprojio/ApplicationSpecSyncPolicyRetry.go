package argocd_argoprojio


// Retry controls failed sync retry behavior.
type ApplicationSpecSyncPolicyRetry struct {
	// Backoff controls how to backoff on subsequent retries of failed syncs.
	Backoff *ApplicationSpecSyncPolicyRetryBackoff `field:"optional" json:"backoff" yaml:"backoff"`
	// Limit is the maximum number of attempts for retrying a failed sync.
	//
	// If set to 0, no retries will be performed.
	Limit *float64 `field:"optional" json:"limit" yaml:"limit"`
	// Refresh indicates if the latest revision should be used on retry instead of the initial one (default: false).
	Refresh *bool `field:"optional" json:"refresh" yaml:"refresh"`
}

