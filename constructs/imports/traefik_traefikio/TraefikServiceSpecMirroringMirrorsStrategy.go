package traefik_traefikio


// Strategy defines the load balancing strategy between the servers.
//
// Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
// RoundRobin value is deprecated and supported for backward compatibility.
type TraefikServiceSpecMirroringMirrorsStrategy string

const (
	// wrr.
	TraefikServiceSpecMirroringMirrorsStrategy_WRR TraefikServiceSpecMirroringMirrorsStrategy = "WRR"
	// p2c.
	TraefikServiceSpecMirroringMirrorsStrategy_P2C TraefikServiceSpecMirroringMirrorsStrategy = "P2C"
	// hrw.
	TraefikServiceSpecMirroringMirrorsStrategy_HRW TraefikServiceSpecMirroringMirrorsStrategy = "HRW"
	// leasttime.
	TraefikServiceSpecMirroringMirrorsStrategy_LEASTTIME TraefikServiceSpecMirroringMirrorsStrategy = "LEASTTIME"
	// RoundRobin.
	TraefikServiceSpecMirroringMirrorsStrategy_ROUND_ROBIN TraefikServiceSpecMirroringMirrorsStrategy = "ROUND_ROBIN"
)

