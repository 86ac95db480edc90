package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Path *string `field:"required" json:"path" yaml:"path"`
	VolumeName *string `field:"required" json:"volumeName" yaml:"volumeName"`
	Optional *bool `field:"optional" json:"optional" yaml:"optional"`
}

