package argoproj_argoprojio


// successPolicy specifies the policy when the Job can be declared as succeeded.
//
// If empty, the default behavior applies - the Job is declared as succeeded
// only when the number of succeeded pods equals to the completions.
// When the field is specified, it must be immutable and works only for the Indexed Jobs.
// Once the Job meets the SuccessPolicy, the lingering pods are terminated.
type AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy struct {
	// rules represents the list of alternative rules for the declaring the Jobs as successful before `.status.succeeded >= .spec.completions`. Once any of the rules are met, the "SuccessCriteriaMet" condition is added, and the lingering pods are removed. The terminal state for such a Job has the "Complete" condition. Additionally, these rules are evaluated in order; Once the Job meets one of the rules, other rules are ignored. At most 20 elements are allowed.
	Rules *[]*AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules `field:"required" json:"rules" yaml:"rules"`
}

