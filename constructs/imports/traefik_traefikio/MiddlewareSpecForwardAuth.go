package traefik_traefikio


// ForwardAuth holds the forward auth middleware configuration.
//
// This middleware delegates the request authentication to a Service.
// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/http/middlewares/forwardauth/
type MiddlewareSpecForwardAuth struct {
	// AddAuthCookiesToResponse defines the list of cookies to copy from the authentication server response to the response.
	AddAuthCookiesToResponse *[]*string `field:"optional" json:"addAuthCookiesToResponse" yaml:"addAuthCookiesToResponse"`
	// Address defines the authentication server address.
	Address *string `field:"optional" json:"address" yaml:"address"`
	// AuthRequestHeaders defines the list of the headers to copy from the request to the authentication server.
	//
	// If not set or empty then all request headers are passed.
	AuthRequestHeaders *[]*string `field:"optional" json:"authRequestHeaders" yaml:"authRequestHeaders"`
	// AuthResponseHeaders defines the list of headers to copy from the authentication server response and set on forwarded request, replacing any existing conflicting headers.
	AuthResponseHeaders *[]*string `field:"optional" json:"authResponseHeaders" yaml:"authResponseHeaders"`
	// AuthResponseHeadersRegex defines the regex to match headers to copy from the authentication server response and set on forwarded request, after stripping all headers that match the regex.
	//
	// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/http/middlewares/forwardauth/#authresponseheadersregex
	AuthResponseHeadersRegex *string `field:"optional" json:"authResponseHeadersRegex" yaml:"authResponseHeadersRegex"`
	// ForwardBody defines whether to send the request body to the authentication server.
	ForwardBody *bool `field:"optional" json:"forwardBody" yaml:"forwardBody"`
	// HeaderField defines a header field to store the authenticated user.
	//
	// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/http/middlewares/forwardauth/#headerfield
	HeaderField *string `field:"optional" json:"headerField" yaml:"headerField"`
	// MaxBodySize defines the maximum body size in bytes allowed to be forwarded to the authentication server.
	MaxBodySize *float64 `field:"optional" json:"maxBodySize" yaml:"maxBodySize"`
	// PreserveLocationHeader defines whether to forward the Location header to the client as is or prefix it with the domain name of the authentication server.
	PreserveLocationHeader *bool `field:"optional" json:"preserveLocationHeader" yaml:"preserveLocationHeader"`
	// PreserveRequestMethod defines whether to preserve the original request method while forwarding the request to the authentication server.
	PreserveRequestMethod *bool `field:"optional" json:"preserveRequestMethod" yaml:"preserveRequestMethod"`
	// TLS defines the configuration used to secure the connection to the authentication server.
	Tls *MiddlewareSpecForwardAuthTls `field:"optional" json:"tls" yaml:"tls"`
	// TrustForwardHeader defines whether to trust (ie: forward) all X-Forwarded-* headers.
	TrustForwardHeader *bool `field:"optional" json:"trustForwardHeader" yaml:"trustForwardHeader"`
}

