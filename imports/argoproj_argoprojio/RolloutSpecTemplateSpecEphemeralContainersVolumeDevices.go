package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersVolumeDevices struct {
	DevicePath *string `field:"required" json:"devicePath" yaml:"devicePath"`
	Name *string `field:"required" json:"name" yaml:"name"`
}

