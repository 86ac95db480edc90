package gateway_gatewaynetworkingk8sio


// BackendRef references a resource where mirrored requests are sent.
//
// Mirrored requests must be sent only to a single destination endpoint
// within this BackendRef, irrespective of how many endpoints are present
// within this BackendRef.
//
// If the referent cannot be found, this BackendRef is invalid and must be
// dropped from the Gateway. The controller must ensure the "ResolvedRefs"
// condition on the Route status is set to `status: False` and not configure
// this backend in the underlying implementation.
//
// If there is a cross-namespace reference to an *existing* object
// that is not allowed by a ReferenceGrant, the controller must ensure the
// "ResolvedRefs"  condition on the Route is set to `status: False`,
// with the "RefNotPermitted" reason and not configure this backend in the
// underlying implementation.
//
// In either error case, the Message of the `ResolvedRefs` Condition
// should be used to provide more detail about the problem.
//
// Support: Extended for Kubernetes Service
//
// Support: Implementation-specific for any other resource
//
// If the backend service requires TLS, use BackendTLSPolicy to tell the
// implementation to supply the TLS details to be used to connect to that
// backend.
type HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef struct {
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
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
}

