package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy struct {
	ResourceName *string `field:"required" json:"resourceName" yaml:"resourceName"`
	RestartPolicy *string `field:"required" json:"restartPolicy" yaml:"restartPolicy"`
}

