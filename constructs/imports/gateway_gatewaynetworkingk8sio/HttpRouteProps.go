package gateway_gatewaynetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// HTTPRoute provides a way to route HTTP requests.
//
// This includes the capability
// to match requests by hostname, path, header, or query param. Filters can be
// used to specify additional processing steps. Backends specify where matching
// requests should be routed.
type HttpRouteProps struct {
	// Spec defines the desired state of HTTPRoute.
	Spec *HttpRouteSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

