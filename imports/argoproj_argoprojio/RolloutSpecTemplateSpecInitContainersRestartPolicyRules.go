package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersRestartPolicyRules struct {
	Action *string `field:"required" json:"action" yaml:"action"`
	ExitCodes *RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes `field:"optional" json:"exitCodes" yaml:"exitCodes"`
}

