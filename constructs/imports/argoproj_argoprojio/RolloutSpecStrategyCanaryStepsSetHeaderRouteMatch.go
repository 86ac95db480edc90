package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch struct {
	// HeaderName the name of the request header.
	HeaderName *string `field:"required" json:"headerName" yaml:"headerName"`
	// HeaderValue the value of the header.
	HeaderValue *RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue `field:"required" json:"headerValue" yaml:"headerValue"`
}

