package traefik_traefikio


// SameSite defines the same site policy.
//
// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
type TraefikServiceSpecWeightedStickyCookieSameSite string

const (
	// none.
	TraefikServiceSpecWeightedStickyCookieSameSite_NONE TraefikServiceSpecWeightedStickyCookieSameSite = "NONE"
	// lax.
	TraefikServiceSpecWeightedStickyCookieSameSite_LAX TraefikServiceSpecWeightedStickyCookieSameSite = "LAX"
	// strict.
	TraefikServiceSpecWeightedStickyCookieSameSite_STRICT TraefikServiceSpecWeightedStickyCookieSameSite = "STRICT"
)

