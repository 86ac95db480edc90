package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Args *[]*string `field:"optional" json:"args" yaml:"args"`
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
	Env *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv `field:"optional" json:"env" yaml:"env"`
	EnvFrom *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom `field:"optional" json:"envFrom" yaml:"envFrom"`
	Image *string `field:"optional" json:"image" yaml:"image"`
	ImagePullPolicy *string `field:"optional" json:"imagePullPolicy" yaml:"imagePullPolicy"`
	Lifecycle *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	LivenessProbe *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe `field:"optional" json:"livenessProbe" yaml:"livenessProbe"`
	Ports *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts `field:"optional" json:"ports" yaml:"ports"`
	ReadinessProbe *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe `field:"optional" json:"readinessProbe" yaml:"readinessProbe"`
	ResizePolicy *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy `field:"optional" json:"resizePolicy" yaml:"resizePolicy"`
	Resources *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources `field:"optional" json:"resources" yaml:"resources"`
	RestartPolicy *string `field:"optional" json:"restartPolicy" yaml:"restartPolicy"`
	RestartPolicyRules *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules `field:"optional" json:"restartPolicyRules" yaml:"restartPolicyRules"`
	SecurityContext *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	StartupProbe *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe `field:"optional" json:"startupProbe" yaml:"startupProbe"`
	Stdin *bool `field:"optional" json:"stdin" yaml:"stdin"`
	StdinOnce *bool `field:"optional" json:"stdinOnce" yaml:"stdinOnce"`
	TerminationMessagePath *string `field:"optional" json:"terminationMessagePath" yaml:"terminationMessagePath"`
	TerminationMessagePolicy *string `field:"optional" json:"terminationMessagePolicy" yaml:"terminationMessagePolicy"`
	Tty *bool `field:"optional" json:"tty" yaml:"tty"`
	VolumeDevices *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices `field:"optional" json:"volumeDevices" yaml:"volumeDevices"`
	VolumeMounts *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts `field:"optional" json:"volumeMounts" yaml:"volumeMounts"`
	WorkingDir *string `field:"optional" json:"workingDir" yaml:"workingDir"`
}

