package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch struct {
	HeaderName *string `field:"required" json:"headerName" yaml:"headerName"`
	HeaderValue *RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue `field:"required" json:"headerValue" yaml:"headerValue"`
}

