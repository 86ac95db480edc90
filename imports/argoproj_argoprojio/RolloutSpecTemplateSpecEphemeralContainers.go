package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainers struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Args *[]*string `field:"optional" json:"args" yaml:"args"`
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
	Env *[]*RolloutSpecTemplateSpecEphemeralContainersEnv `field:"optional" json:"env" yaml:"env"`
	EnvFrom *[]*RolloutSpecTemplateSpecEphemeralContainersEnvFrom `field:"optional" json:"envFrom" yaml:"envFrom"`
	Image *string `field:"optional" json:"image" yaml:"image"`
	ImagePullPolicy *string `field:"optional" json:"imagePullPolicy" yaml:"imagePullPolicy"`
	Lifecycle *RolloutSpecTemplateSpecEphemeralContainersLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	LivenessProbe *RolloutSpecTemplateSpecEphemeralContainersLivenessProbe `field:"optional" json:"livenessProbe" yaml:"livenessProbe"`
	Ports *[]*RolloutSpecTemplateSpecEphemeralContainersPorts `field:"optional" json:"ports" yaml:"ports"`
	ReadinessProbe *RolloutSpecTemplateSpecEphemeralContainersReadinessProbe `field:"optional" json:"readinessProbe" yaml:"readinessProbe"`
	ResizePolicy *[]*RolloutSpecTemplateSpecEphemeralContainersResizePolicy `field:"optional" json:"resizePolicy" yaml:"resizePolicy"`
	Resources *RolloutSpecTemplateSpecEphemeralContainersResources `field:"optional" json:"resources" yaml:"resources"`
	RestartPolicy *string `field:"optional" json:"restartPolicy" yaml:"restartPolicy"`
	RestartPolicyRules *[]*RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules `field:"optional" json:"restartPolicyRules" yaml:"restartPolicyRules"`
	SecurityContext *RolloutSpecTemplateSpecEphemeralContainersSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	StartupProbe *RolloutSpecTemplateSpecEphemeralContainersStartupProbe `field:"optional" json:"startupProbe" yaml:"startupProbe"`
	Stdin *bool `field:"optional" json:"stdin" yaml:"stdin"`
	StdinOnce *bool `field:"optional" json:"stdinOnce" yaml:"stdinOnce"`
	TargetContainerName *string `field:"optional" json:"targetContainerName" yaml:"targetContainerName"`
	TerminationMessagePath *string `field:"optional" json:"terminationMessagePath" yaml:"terminationMessagePath"`
	TerminationMessagePolicy *string `field:"optional" json:"terminationMessagePolicy" yaml:"terminationMessagePolicy"`
	Tty *bool `field:"optional" json:"tty" yaml:"tty"`
	VolumeDevices *[]*RolloutSpecTemplateSpecEphemeralContainersVolumeDevices `field:"optional" json:"volumeDevices" yaml:"volumeDevices"`
	VolumeMounts *[]*RolloutSpecTemplateSpecEphemeralContainersVolumeMounts `field:"optional" json:"volumeMounts" yaml:"volumeMounts"`
	WorkingDir *string `field:"optional" json:"workingDir" yaml:"workingDir"`
}

