package traefik_traefikio


// Strategy defines the load balancing strategy between the servers.
//
// Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
// RoundRobin value is deprecated and supported for backward compatibility.
type MiddlewareSpecErrorsServiceStrategy string

const (
	// wrr.
	MiddlewareSpecErrorsServiceStrategy_WRR MiddlewareSpecErrorsServiceStrategy = "WRR"
	// p2c.
	MiddlewareSpecErrorsServiceStrategy_P2C MiddlewareSpecErrorsServiceStrategy = "P2C"
	// hrw.
	MiddlewareSpecErrorsServiceStrategy_HRW MiddlewareSpecErrorsServiceStrategy = "HRW"
	// leasttime.
	MiddlewareSpecErrorsServiceStrategy_LEASTTIME MiddlewareSpecErrorsServiceStrategy = "LEASTTIME"
	// RoundRobin.
	MiddlewareSpecErrorsServiceStrategy_ROUND_ROBIN MiddlewareSpecErrorsServiceStrategy = "ROUND_ROBIN"
)

