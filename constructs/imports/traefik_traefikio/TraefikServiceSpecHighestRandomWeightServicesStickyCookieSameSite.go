package traefik_traefikio


// SameSite defines the same site policy.
//
// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
type TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite string

const (
	// none.
	TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite_NONE TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite = "NONE"
	// lax.
	TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite_LAX TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite = "LAX"
	// strict.
	TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite_STRICT TraefikServiceSpecHighestRandomWeightServicesStickyCookieSameSite = "STRICT"
)

