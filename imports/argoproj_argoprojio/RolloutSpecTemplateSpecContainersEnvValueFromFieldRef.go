package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersEnvValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
}

