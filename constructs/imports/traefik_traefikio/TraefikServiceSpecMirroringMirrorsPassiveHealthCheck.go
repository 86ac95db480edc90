package traefik_traefikio


// PassiveHealthCheck defines passive health checks for ExternalName services.
type TraefikServiceSpecMirroringMirrorsPassiveHealthCheck struct {
	// FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy.
	//
	// It also defines for how long the server will be considered unhealthy.
	FailureWindow TraefikServiceSpecMirroringMirrorsPassiveHealthCheckFailureWindow `field:"optional" json:"failureWindow" yaml:"failureWindow"`
	// MaxFailedAttempts is the number of consecutive failed attempts allowed within the failure window before marking the server as unhealthy.
	MaxFailedAttempts *float64 `field:"optional" json:"maxFailedAttempts" yaml:"maxFailedAttempts"`
}

