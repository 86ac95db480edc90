package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules struct {
	Action *string `field:"required" json:"action" yaml:"action"`
	ExitCodes *RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes `field:"optional" json:"exitCodes" yaml:"exitCodes"`
}

