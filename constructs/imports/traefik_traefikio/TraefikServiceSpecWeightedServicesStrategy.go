package traefik_traefikio


// Strategy defines the load balancing strategy between the servers.
//
// Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
// RoundRobin value is deprecated and supported for backward compatibility.
type TraefikServiceSpecWeightedServicesStrategy string

const (
	// wrr.
	TraefikServiceSpecWeightedServicesStrategy_WRR TraefikServiceSpecWeightedServicesStrategy = "WRR"
	// p2c.
	TraefikServiceSpecWeightedServicesStrategy_P2C TraefikServiceSpecWeightedServicesStrategy = "P2C"
	// hrw.
	TraefikServiceSpecWeightedServicesStrategy_HRW TraefikServiceSpecWeightedServicesStrategy = "HRW"
	// leasttime.
	TraefikServiceSpecWeightedServicesStrategy_LEASTTIME TraefikServiceSpecWeightedServicesStrategy = "LEASTTIME"
	// RoundRobin.
	TraefikServiceSpecWeightedServicesStrategy_ROUND_ROBIN TraefikServiceSpecWeightedServicesStrategy = "ROUND_ROBIN"
)

