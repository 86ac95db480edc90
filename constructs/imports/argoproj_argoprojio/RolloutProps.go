package argoproj_argoprojio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// Rollout is a specification for a Rollout resource.
type RolloutProps struct {
	// RolloutSpec is the spec for a Rollout resource.
	Spec *RolloutSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

