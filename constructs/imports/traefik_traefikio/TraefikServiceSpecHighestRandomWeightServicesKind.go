package traefik_traefikio


// Kind defines the kind of the Service.
type TraefikServiceSpecHighestRandomWeightServicesKind string

const (
	// Service.
	TraefikServiceSpecHighestRandomWeightServicesKind_SERVICE TraefikServiceSpecHighestRandomWeightServicesKind = "SERVICE"
	// TraefikService.
	TraefikServiceSpecHighestRandomWeightServicesKind_TRAEFIK_SERVICE TraefikServiceSpecHighestRandomWeightServicesKind = "TRAEFIK_SERVICE"
)

