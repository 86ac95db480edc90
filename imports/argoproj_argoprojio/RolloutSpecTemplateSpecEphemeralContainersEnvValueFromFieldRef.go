package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
}

