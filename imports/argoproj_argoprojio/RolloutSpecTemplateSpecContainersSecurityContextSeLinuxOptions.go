package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions struct {
	Level *string `field:"optional" json:"level" yaml:"level"`
	Role *string `field:"optional" json:"role" yaml:"role"`
	Type *string `field:"optional" json:"type" yaml:"type"`
	User *string `field:"optional" json:"user" yaml:"user"`
}

