package traefik_traefikio


// Strategy defines the load balancing strategy between the servers.
//
// Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
// RoundRobin value is deprecated and supported for backward compatibility.
type TraefikServiceSpecHighestRandomWeightServicesStrategy string

const (
	// wrr.
	TraefikServiceSpecHighestRandomWeightServicesStrategy_WRR TraefikServiceSpecHighestRandomWeightServicesStrategy = "WRR"
	// p2c.
	TraefikServiceSpecHighestRandomWeightServicesStrategy_P2C TraefikServiceSpecHighestRandomWeightServicesStrategy = "P2C"
	// hrw.
	TraefikServiceSpecHighestRandomWeightServicesStrategy_HRW TraefikServiceSpecHighestRandomWeightServicesStrategy = "HRW"
	// leasttime.
	TraefikServiceSpecHighestRandomWeightServicesStrategy_LEASTTIME TraefikServiceSpecHighestRandomWeightServicesStrategy = "LEASTTIME"
	// RoundRobin.
	TraefikServiceSpecHighestRandomWeightServicesStrategy_ROUND_ROBIN TraefikServiceSpecHighestRandomWeightServicesStrategy = "ROUND_ROBIN"
)

