package traefik_traefikio


// Sticky defines the sticky sessions configuration.
//
// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/http/load-balancing/service/#sticky-sessions
type MiddlewareSpecErrorsServiceSticky struct {
	// Cookie defines the sticky cookie configuration.
	Cookie *MiddlewareSpecErrorsServiceStickyCookie `field:"optional" json:"cookie" yaml:"cookie"`
}

