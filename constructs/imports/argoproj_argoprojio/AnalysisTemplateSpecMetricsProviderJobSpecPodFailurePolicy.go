package argoproj_argoprojio


// Specifies the policy of handling failed pods.
//
// In particular, it allows to
// specify the set of actions and conditions which need to be
// satisfied to take the associated action.
// If empty, the default behaviour applies - the counter of failed pods,
// represented by the jobs's .status.failed field, is incremented and it is
// checked against the backoffLimit. This field cannot be used in combination
// with restartPolicy=OnFailure.
type AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy struct {
	// A list of pod failure policy rules.
	//
	// The rules are evaluated in order.
	// Once a rule matches a Pod failure, the remaining of the rules are ignored.
	// When no rule matches the Pod failure, the default handling applies - the
	// counter of pod failures is incremented and it is checked against
	// the backoffLimit. At most 20 elements are allowed.
	Rules *[]*AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules `field:"required" json:"rules" yaml:"rules"`
}

