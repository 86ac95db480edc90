package gateway_gatewaynetworkingk8sio


// HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.
//
// Note that when a namespace different than the local namespace is specified, a
// ReferenceGrant object is required in the referent namespace to allow that
// namespace's owner to accept the reference. See the ReferenceGrant
// documentation for details.
type HttpRouteSpecRulesBackendRefs struct {
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here.
	//
	// Support: Implementation-specific (For broader support of filters, use the
	// Filters field in HTTPRouteRule.)
	Filters *[]*HttpRouteSpecRulesBackendRefsFilters `field:"optional" json:"filters" yaml:"filters"`
	// Group is the group of the referent.
	//
	// For example, "gateway.networking.k8s.io".
	// When unspecified or empty string, core API group is inferred.
	Group *string `field:"optional" json:"group" yaml:"group"`
	// Kind is the Kubernetes resource kind of the referent. For example "Service".
	//
	// Defaults to "Service" when not specified.
	//
	// ExternalName services can refer to CNAME DNS records that may live
	// outside of the cluster and as such are difficult to reason about in
	// terms of conformance. They also may not be safe to forward to (see
	// CVE-2021-25740 for more information). Implementations SHOULD NOT
	// support ExternalName Services.
	//
	// Support: Core (Services with a type other than ExternalName)
	//
	// Support: Implementation-specific (Services with type ExternalName).
	// Default: Service" when not specified.
	//
	Kind *string `field:"optional" json:"kind" yaml:"kind"`
	// Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.
	//
	// Note that when a namespace different than the local namespace is specified,
	// a ReferenceGrant object is required in the referent namespace to allow that
	// namespace's owner to accept the reference. See the ReferenceGrant
	// documentation for details.
	//
	// Support: Core.
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
	// Port specifies the destination port number to use for this resource.
	//
	// Port is required when the referent is a Kubernetes Service. In this
	// case, the port number is the service port number, not the target port.
	// For other resources, destination port might be derived from the referent
	// resource or this field.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// Weight specifies the proportion of requests forwarded to the referenced backend.
	//
	// This is computed as weight/(sum of all weights in this
	// BackendRefs list). For non-zero values, there may be some epsilon from
	// the exact proportion defined here depending on the precision an
	// implementation supports. Weight is not a percentage and the sum of
	// weights does not need to equal 100.
	//
	// If only one backend is specified and it has a weight greater than 0, 100%
	// of the traffic is forwarded to that backend. If weight is set to 0, no
	// traffic should be forwarded for this entry. If unspecified, weight
	// defaults to 1.
	//
	// Support for this field varies based on the context where used.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

