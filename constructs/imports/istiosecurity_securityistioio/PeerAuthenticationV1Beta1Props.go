package istiosecurity_securityistioio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

type PeerAuthenticationV1Beta1Props struct {
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Peer authentication configuration for workloads.
	//
	// See more details at: https://istio.io/docs/reference/config/security/peer_authentication.html
	Spec *PeerAuthenticationV1Beta1Spec `field:"optional" json:"spec" yaml:"spec"`
}

