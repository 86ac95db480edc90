package argoproj_argoprojio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// AnalysisTemplate holds the template for performing canary analysis.
type AnalysisTemplateProps struct {
	// AnalysisTemplateSpec is the specification for a AnalysisTemplate resource.
	Spec *AnalysisTemplateSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

