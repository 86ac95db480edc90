package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersRestartPolicyRules struct {
	Action *string `field:"required" json:"action" yaml:"action"`
	ExitCodes *RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes `field:"optional" json:"exitCodes" yaml:"exitCodes"`
}

