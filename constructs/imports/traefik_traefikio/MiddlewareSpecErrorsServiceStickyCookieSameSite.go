package traefik_traefikio


// SameSite defines the same site policy.
//
// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
type MiddlewareSpecErrorsServiceStickyCookieSameSite string

const (
	// none.
	MiddlewareSpecErrorsServiceStickyCookieSameSite_NONE MiddlewareSpecErrorsServiceStickyCookieSameSite = "NONE"
	// lax.
	MiddlewareSpecErrorsServiceStickyCookieSameSite_LAX MiddlewareSpecErrorsServiceStickyCookieSameSite = "LAX"
	// strict.
	MiddlewareSpecErrorsServiceStickyCookieSameSite_STRICT MiddlewareSpecErrorsServiceStickyCookieSameSite = "STRICT"
)

