package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// ServiceAccountProps describe the identity one tier's pods run as.
type ServiceAccountProps struct {
	// Namespace holds the ServiceAccount. Required.
	Namespace string
	// Identity names the tier; the ServiceAccount is Identity.ObjectName(). Required.
	Identity Identity
}

// NewServiceAccount gives a tier its own ServiceAccount, so that any RBAC granted later reaches
// that tier alone. Its token is not mounted: no tier of this app talks to the Kubernetes API.
func NewServiceAccount(scope constructs.Construct, id string, props ServiceAccountProps) k8s.KubeServiceAccount {
	return k8s.NewKubeServiceAccount(scope, jsii.String(id), &k8s.KubeServiceAccountProps{
		Metadata:                     props.Identity.Meta(props.Identity.ObjectName(), props.Namespace),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
}
