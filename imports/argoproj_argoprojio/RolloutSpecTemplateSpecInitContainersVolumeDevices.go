package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersVolumeDevices struct {
	DevicePath *string `field:"required" json:"devicePath" yaml:"devicePath"`
	Name *string `field:"required" json:"name" yaml:"name"`
}

