package istionetworking_networkingistioio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

type VirtualServiceV1Beta1Props struct {
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Configuration affecting label/content routing, sni routing, etc.
	//
	// See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
	Spec *VirtualServiceV1Beta1Spec `field:"optional" json:"spec" yaml:"spec"`
}

