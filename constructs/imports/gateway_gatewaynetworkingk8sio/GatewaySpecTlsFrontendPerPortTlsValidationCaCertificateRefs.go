package gateway_gatewaynetworkingk8sio


// ObjectReference identifies an API object including its namespace.
//
// The API object must be valid in the cluster; the Group and Kind must
// be registered in the cluster for this reference to be valid.
//
// References to objects with invalid Group and Kind are not valid, and must
// be rejected by the implementation, with appropriate Conditions set
// on the containing object.
type GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs struct {
	// Group is the group of the referent.
	//
	// For example, "gateway.networking.k8s.io".
	// When set to the empty string, core API group is inferred.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is kind of the referent.
	//
	// For example "ConfigMap" or "Service".
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Name is the name of the referent.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Namespace is the namespace of the referenced object. When unspecified, the local namespace is inferred.
	//
	// Note that when a namespace different than the local namespace is specified,
	// a ReferenceGrant object is required in the referent namespace to allow that
	// namespace's owner to accept the reference. See the ReferenceGrant
	// documentation for details.
	//
	// Support: Core.
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
}

