package traefik_traefikio


// SameSite defines the same site policy.
//
// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
type TraefikServiceSpecMirroringStickyCookieSameSite string

const (
	// none.
	TraefikServiceSpecMirroringStickyCookieSameSite_NONE TraefikServiceSpecMirroringStickyCookieSameSite = "NONE"
	// lax.
	TraefikServiceSpecMirroringStickyCookieSameSite_LAX TraefikServiceSpecMirroringStickyCookieSameSite = "LAX"
	// strict.
	TraefikServiceSpecMirroringStickyCookieSameSite_STRICT TraefikServiceSpecMirroringStickyCookieSameSite = "STRICT"
)

