package traefik_traefikio


// SameSite defines the same site policy.
//
// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
type TraefikServiceSpecMirroringMirrorsStickyCookieSameSite string

const (
	// none.
	TraefikServiceSpecMirroringMirrorsStickyCookieSameSite_NONE TraefikServiceSpecMirroringMirrorsStickyCookieSameSite = "NONE"
	// lax.
	TraefikServiceSpecMirroringMirrorsStickyCookieSameSite_LAX TraefikServiceSpecMirroringMirrorsStickyCookieSameSite = "LAX"
	// strict.
	TraefikServiceSpecMirroringMirrorsStickyCookieSameSite_STRICT TraefikServiceSpecMirroringMirrorsStickyCookieSameSite = "STRICT"
)

