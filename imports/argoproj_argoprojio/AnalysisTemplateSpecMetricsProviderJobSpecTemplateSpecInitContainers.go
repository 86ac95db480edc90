package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Args *[]*string `field:"optional" json:"args" yaml:"args"`
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
	Env *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv `field:"optional" json:"env" yaml:"env"`
	EnvFrom *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom `field:"optional" json:"envFrom" yaml:"envFrom"`
	Image *string `field:"optional" json:"image" yaml:"image"`
	ImagePullPolicy *string `field:"optional" json:"imagePullPolicy" yaml:"imagePullPolicy"`
	Lifecycle *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	LivenessProbe *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe `field:"optional" json:"livenessProbe" yaml:"livenessProbe"`
	Ports *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts `field:"optional" json:"ports" yaml:"ports"`
	ReadinessProbe *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe `field:"optional" json:"readinessProbe" yaml:"readinessProbe"`
	ResizePolicy *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy `field:"optional" json:"resizePolicy" yaml:"resizePolicy"`
	Resources *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources `field:"optional" json:"resources" yaml:"resources"`
	RestartPolicy *string `field:"optional" json:"restartPolicy" yaml:"restartPolicy"`
	RestartPolicyRules *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules `field:"optional" json:"restartPolicyRules" yaml:"restartPolicyRules"`
	SecurityContext *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	StartupProbe *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe `field:"optional" json:"startupProbe" yaml:"startupProbe"`
	Stdin *bool `field:"optional" json:"stdin" yaml:"stdin"`
	StdinOnce *bool `field:"optional" json:"stdinOnce" yaml:"stdinOnce"`
	TerminationMessagePath *string `field:"optional" json:"terminationMessagePath" yaml:"terminationMessagePath"`
	TerminationMessagePolicy *string `field:"optional" json:"terminationMessagePolicy" yaml:"terminationMessagePolicy"`
	Tty *bool `field:"optional" json:"tty" yaml:"tty"`
	VolumeDevices *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices `field:"optional" json:"volumeDevices" yaml:"volumeDevices"`
	VolumeMounts *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts `field:"optional" json:"volumeMounts" yaml:"volumeMounts"`
	WorkingDir *string `field:"optional" json:"workingDir" yaml:"workingDir"`
}

