package argoproj_argoprojio


type RolloutSpecTemplateSpecContainers struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Args *[]*string `field:"optional" json:"args" yaml:"args"`
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
	Env *[]*RolloutSpecTemplateSpecContainersEnv `field:"optional" json:"env" yaml:"env"`
	EnvFrom *[]*RolloutSpecTemplateSpecContainersEnvFrom `field:"optional" json:"envFrom" yaml:"envFrom"`
	Image *string `field:"optional" json:"image" yaml:"image"`
	ImagePullPolicy *string `field:"optional" json:"imagePullPolicy" yaml:"imagePullPolicy"`
	Lifecycle *RolloutSpecTemplateSpecContainersLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	LivenessProbe *RolloutSpecTemplateSpecContainersLivenessProbe `field:"optional" json:"livenessProbe" yaml:"livenessProbe"`
	Ports *[]*RolloutSpecTemplateSpecContainersPorts `field:"optional" json:"ports" yaml:"ports"`
	ReadinessProbe *RolloutSpecTemplateSpecContainersReadinessProbe `field:"optional" json:"readinessProbe" yaml:"readinessProbe"`
	ResizePolicy *[]*RolloutSpecTemplateSpecContainersResizePolicy `field:"optional" json:"resizePolicy" yaml:"resizePolicy"`
	Resources *RolloutSpecTemplateSpecContainersResources `field:"optional" json:"resources" yaml:"resources"`
	RestartPolicy *string `field:"optional" json:"restartPolicy" yaml:"restartPolicy"`
	RestartPolicyRules *[]*RolloutSpecTemplateSpecContainersRestartPolicyRules `field:"optional" json:"restartPolicyRules" yaml:"restartPolicyRules"`
	SecurityContext *RolloutSpecTemplateSpecContainersSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	StartupProbe *RolloutSpecTemplateSpecContainersStartupProbe `field:"optional" json:"startupProbe" yaml:"startupProbe"`
	Stdin *bool `field:"optional" json:"stdin" yaml:"stdin"`
	StdinOnce *bool `field:"optional" json:"stdinOnce" yaml:"stdinOnce"`
	TerminationMessagePath *string `field:"optional" json:"terminationMessagePath" yaml:"terminationMessagePath"`
	TerminationMessagePolicy *string `field:"optional" json:"terminationMessagePolicy" yaml:"terminationMessagePolicy"`
	Tty *bool `field:"optional" json:"tty" yaml:"tty"`
	VolumeDevices *[]*RolloutSpecTemplateSpecContainersVolumeDevices `field:"optional" json:"volumeDevices" yaml:"volumeDevices"`
	VolumeMounts *[]*RolloutSpecTemplateSpecContainersVolumeMounts `field:"optional" json:"volumeMounts" yaml:"volumeMounts"`
	WorkingDir *string `field:"optional" json:"workingDir" yaml:"workingDir"`
}

