package istionetworking_networkingistioio


// Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
type VirtualServiceSpecHttpDelegate struct {
	// Name specifies the name of the delegate VirtualService.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Namespace specifies the namespace where the delegate VirtualService resides.
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
}

