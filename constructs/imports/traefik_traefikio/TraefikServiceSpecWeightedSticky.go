package traefik_traefikio


// Sticky defines whether sticky sessions are enabled.
//
// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/kubernetes/crd/http/traefikservice/#stickiness-and-load-balancing
type TraefikServiceSpecWeightedSticky struct {
	// Cookie defines the sticky cookie configuration.
	Cookie *TraefikServiceSpecWeightedStickyCookie `field:"optional" json:"cookie" yaml:"cookie"`
}

