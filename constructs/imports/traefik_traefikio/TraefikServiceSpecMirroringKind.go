package traefik_traefikio


// Kind defines the kind of the Service.
type TraefikServiceSpecMirroringKind string

const (
	// Service.
	TraefikServiceSpecMirroringKind_SERVICE TraefikServiceSpecMirroringKind = "SERVICE"
	// TraefikService.
	TraefikServiceSpecMirroringKind_TRAEFIK_SERVICE TraefikServiceSpecMirroringKind = "TRAEFIK_SERVICE"
)

