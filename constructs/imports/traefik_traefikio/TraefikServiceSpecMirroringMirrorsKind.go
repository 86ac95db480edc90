package traefik_traefikio


// Kind defines the kind of the Service.
type TraefikServiceSpecMirroringMirrorsKind string

const (
	// Service.
	TraefikServiceSpecMirroringMirrorsKind_SERVICE TraefikServiceSpecMirroringMirrorsKind = "SERVICE"
	// TraefikService.
	TraefikServiceSpecMirroringMirrorsKind_TRAEFIK_SERVICE TraefikServiceSpecMirroringMirrorsKind = "TRAEFIK_SERVICE"
)

