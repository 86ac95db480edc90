package argoproj_argoprojio


// Describes the pod that will be created when executing a job.
//
// The only allowed template.spec.restartPolicy values are "Never" or "OnFailure".
// More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
type AnalysisTemplateSpecMetricsProviderJobSpecTemplate struct {
	Metadata *AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Specification of the desired behavior of the pod.
	//
	// More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
	Spec *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec `field:"optional" json:"spec" yaml:"spec"`
}

