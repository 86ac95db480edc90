package traefik_traefikio


// SameSite defines the same site policy.
//
// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
type TraefikServiceSpecWeightedServicesStickyCookieSameSite string

const (
	// none.
	TraefikServiceSpecWeightedServicesStickyCookieSameSite_NONE TraefikServiceSpecWeightedServicesStickyCookieSameSite = "NONE"
	// lax.
	TraefikServiceSpecWeightedServicesStickyCookieSameSite_LAX TraefikServiceSpecWeightedServicesStickyCookieSameSite = "LAX"
	// strict.
	TraefikServiceSpecWeightedServicesStickyCookieSameSite_STRICT TraefikServiceSpecWeightedServicesStickyCookieSameSite = "STRICT"
)

