package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	traefik "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio"
)

// RequestBodyLimitProps describe a Traefik Middleware that refuses large request bodies.
type RequestBodyLimitProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Middleware, beside the routes that name it. Required.
	Namespace string
	// Name is the short name; the Middleware is ObjectName(PartOf, Name). Required.
	Name string
	// MaxBytes is the largest body accepted; a larger one is answered 413. Required.
	MaxBytes int64
}

// NewRequestBodyLimit builds a buffering Middleware that holds request bodies to MaxBytes,
// as ingress-nginx's proxy-body-size does (Traefik has no limit of its own): an upload the app
// never accepts is refused at the edge instead of tying up a pod. Bodies up to 1 MiB are held
// in memory, larger ones (up to MaxBytes) on the controller's disk.
func NewRequestBodyLimit(scope constructs.Construct, id string, props RequestBodyLimitProps) traefik.Middleware {
	return traefik.NewMiddleware(scope, jsii.String(id), &traefik.MiddlewareProps{
		Metadata: Identity{PartOf: props.PartOf, Name: props.Name, Component: "route"}.APIMeta(ObjectName(props.PartOf, props.Name), props.Namespace),
		Spec: &traefik.MiddlewareSpec{Buffering: &traefik.MiddlewareSpecBuffering{
			MaxRequestBodyBytes: num(props.MaxBytes), MemRequestBodyBytes: num(min(props.MaxBytes, 1<<20)),
		}},
	})
}
