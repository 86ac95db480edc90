package gateway_gatewaynetworkingk8sio


// Fraction represents the fraction of requests that should be mirrored to BackendRef.
//
// Only one of Fraction or Percent may be specified. If neither field
// is specified, 100% of requests will be mirrored.
type HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction struct {
	Numerator *float64 `field:"required" json:"numerator" yaml:"numerator"`
	Denominator *float64 `field:"optional" json:"denominator" yaml:"denominator"`
}

