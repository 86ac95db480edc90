package traefik_traefikio


// Cookie defines the sticky cookie configuration.
type TraefikServiceSpecMirroringMirrorsStickyCookie struct {
	// Domain defines the host to which the cookie will be sent.
	//
	// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#domaindomain-value
	Domain *string `field:"optional" json:"domain" yaml:"domain"`
	// HTTPOnly defines whether the cookie can be accessed by client-side APIs, such as JavaScript.
	HttpOnly *bool `field:"optional" json:"httpOnly" yaml:"httpOnly"`
	// MaxAge defines the number of seconds until the cookie expires.
	//
	// When set to a negative number, the cookie expires immediately.
	// When set to zero, the cookie never expires.
	MaxAge *float64 `field:"optional" json:"maxAge" yaml:"maxAge"`
	// Name defines the Cookie name.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Path defines the path that must exist in the requested URL for the browser to send the Cookie header.
	//
	// When not provided the cookie will be sent on every request to the domain.
	// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#pathpath-value
	Path *string `field:"optional" json:"path" yaml:"path"`
	// SameSite defines the same site policy.
	//
	// More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
	SameSite TraefikServiceSpecMirroringMirrorsStickyCookieSameSite `field:"optional" json:"sameSite" yaml:"sameSite"`
	// Secure defines whether the cookie can only be transmitted over an encrypted connection (i.e. HTTPS).
	Secure *bool `field:"optional" json:"secure" yaml:"secure"`
}

