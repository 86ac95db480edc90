package argoproj_argoprojio


// HeaderValue the value of the header.
type RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue struct {
	// Exact The string must match exactly.
	Exact *string `field:"optional" json:"exact" yaml:"exact"`
	// Prefix The string will be prefixed matched.
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	// Regex The string will be regular expression matched.
	Regex *string `field:"optional" json:"regex" yaml:"regex"`
}

