package traefik_traefikio


// HighestRandomWeight defines the highest random weight service configuration.
type TraefikServiceSpecHighestRandomWeight struct {
	// Services defines the list of Kubernetes Service and/or TraefikService to load-balance, with weight.
	Services *[]*TraefikServiceSpecHighestRandomWeightServices `field:"optional" json:"services" yaml:"services"`
}

