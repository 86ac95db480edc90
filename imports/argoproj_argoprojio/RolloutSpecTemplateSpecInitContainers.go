package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainers struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Args *[]*string `field:"optional" json:"args" yaml:"args"`
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
	Env *[]*RolloutSpecTemplateSpecInitContainersEnv `field:"optional" json:"env" yaml:"env"`
	EnvFrom *[]*RolloutSpecTemplateSpecInitContainersEnvFrom `field:"optional" json:"envFrom" yaml:"envFrom"`
	Image *string `field:"optional" json:"image" yaml:"image"`
	ImagePullPolicy *string `field:"optional" json:"imagePullPolicy" yaml:"imagePullPolicy"`
	Lifecycle *RolloutSpecTemplateSpecInitContainersLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	LivenessProbe *RolloutSpecTemplateSpecInitContainersLivenessProbe `field:"optional" json:"livenessProbe" yaml:"livenessProbe"`
	Ports *[]*RolloutSpecTemplateSpecInitContainersPorts `field:"optional" json:"ports" yaml:"ports"`
	ReadinessProbe *RolloutSpecTemplateSpecInitContainersReadinessProbe `field:"optional" json:"readinessProbe" yaml:"readinessProbe"`
	ResizePolicy *[]*RolloutSpecTemplateSpecInitContainersResizePolicy `field:"optional" json:"resizePolicy" yaml:"resizePolicy"`
	Resources *RolloutSpecTemplateSpecInitContainersResources `field:"optional" json:"resources" yaml:"resources"`
	RestartPolicy *string `field:"optional" json:"restartPolicy" yaml:"restartPolicy"`
	RestartPolicyRules *[]*RolloutSpecTemplateSpecInitContainersRestartPolicyRules `field:"optional" json:"restartPolicyRules" yaml:"restartPolicyRules"`
	SecurityContext *RolloutSpecTemplateSpecInitContainersSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	StartupProbe *RolloutSpecTemplateSpecInitContainersStartupProbe `field:"optional" json:"startupProbe" yaml:"startupProbe"`
	Stdin *bool `field:"optional" json:"stdin" yaml:"stdin"`
	StdinOnce *bool `field:"optional" json:"stdinOnce" yaml:"stdinOnce"`
	TerminationMessagePath *string `field:"optional" json:"terminationMessagePath" yaml:"terminationMessagePath"`
	TerminationMessagePolicy *string `field:"optional" json:"terminationMessagePolicy" yaml:"terminationMessagePolicy"`
	Tty *bool `field:"optional" json:"tty" yaml:"tty"`
	VolumeDevices *[]*RolloutSpecTemplateSpecInitContainersVolumeDevices `field:"optional" json:"volumeDevices" yaml:"volumeDevices"`
	VolumeMounts *[]*RolloutSpecTemplateSpecInitContainersVolumeMounts `field:"optional" json:"volumeMounts" yaml:"volumeMounts"`
	WorkingDir *string `field:"optional" json:"workingDir" yaml:"workingDir"`
}

