package istionetworking_networkingistioio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

type DestinationRuleV1Beta1Props struct {
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Configuration affecting load balancing, outlier detection, etc.
	//
	// See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html
	Spec *DestinationRuleV1Beta1Spec `field:"optional" json:"spec" yaml:"spec"`
}

