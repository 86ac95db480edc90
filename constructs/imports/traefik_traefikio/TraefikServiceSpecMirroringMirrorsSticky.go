package traefik_traefikio


// Sticky defines the sticky sessions configuration.
//
// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/http/load-balancing/service/#sticky-sessions
type TraefikServiceSpecMirroringMirrorsSticky struct {
	// Cookie defines the sticky cookie configuration.
	Cookie *TraefikServiceSpecMirroringMirrorsStickyCookie `field:"optional" json:"cookie" yaml:"cookie"`
}

