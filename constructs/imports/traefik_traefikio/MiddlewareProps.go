package traefik_traefikio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// Middleware is the CRD implementation of a Traefik Middleware.
//
// More info: https://doc.traefik.io/traefik/v3.6/reference/routing-configuration/http/middlewares/overview/
type MiddlewareProps struct {
	Metadata *cdk8s.ApiObjectMetadata `field:"required" json:"metadata" yaml:"metadata"`
	// MiddlewareSpec defines the desired state of a Middleware.
	Spec *MiddlewareSpec `field:"required" json:"spec" yaml:"spec"`
}

