package traefik_traefikio


// Strategy defines the load balancing strategy between the servers.
//
// Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
// RoundRobin value is deprecated and supported for backward compatibility.
type TraefikServiceSpecMirroringStrategy string

const (
	// wrr.
	TraefikServiceSpecMirroringStrategy_WRR TraefikServiceSpecMirroringStrategy = "WRR"
	// p2c.
	TraefikServiceSpecMirroringStrategy_P2C TraefikServiceSpecMirroringStrategy = "P2C"
	// hrw.
	TraefikServiceSpecMirroringStrategy_HRW TraefikServiceSpecMirroringStrategy = "HRW"
	// leasttime.
	TraefikServiceSpecMirroringStrategy_LEASTTIME TraefikServiceSpecMirroringStrategy = "LEASTTIME"
	// RoundRobin.
	TraefikServiceSpecMirroringStrategy_ROUND_ROBIN TraefikServiceSpecMirroringStrategy = "ROUND_ROBIN"
)

