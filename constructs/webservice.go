package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// WebServiceProps describe an HTTP tier reachable inside the cluster.
type WebServiceProps struct {
	WorkloadProps
	// ServicePort is the port the ClusterIP Service listens on. Zero means 80.
	ServicePort int32
}

// WebService is an HTTP tier: its Workload and a ClusterIP Service in front of it.
type WebService struct {
	*Workload
	// Service is the tier's ClusterIP Service, named like the Deployment.
	Service k8s.KubeService
	// ServicePort is the port the Service listens on.
	ServicePort int32
}

// NewWebService builds the tier's Workload and a ClusterIP Service whose selector is the pods'
// selector labels and whose target is the container port by name, so a port change in the
// container cannot leave the Service pointing at nothing. A tier released by a Rollout also gets
// a preview Service, for the version being released: a blue-green release's preview Service
// and a canary's canary Service alike. The Rollout narrows both Services to their pods in every
// strategy, so switching strategies neither adds nor removes an object, and no Service ever
// sends users to old and new versions at once.
func NewWebService(scope constructs.Construct, id string, props WebServiceProps) *WebService {
	w := NewWorkload(scope, id, props.WorkloadProps)
	port := props.ServicePort
	if port == 0 {
		port = 80
	}
	service := func(id, name string) k8s.KubeService {
		return k8s.NewKubeService(w.Construct, jsii.String(id), &k8s.KubeServiceProps{
			Metadata: props.Identity.Meta(name, props.Namespace),
			Spec: &k8s.ServiceSpec{
				Type:     jsii.String("ClusterIP"),
				Selector: StringMap(props.Identity.SelectorLabels()),
				Ports: &[]*k8s.ServicePort{{
					Name: jsii.String("http"), Port: num(port), Protocol: jsii.String("TCP"),
					TargetPort: intOrString("http"),
				}},
			},
		})
	}
	svc := service("Service", w.Name)
	if w.Kind == RolloutKind {
		service("PreviewService", PreviewServiceName(props.Identity.Name))
	}
	return &WebService{Workload: w, Service: svc, ServicePort: port}
}

// PreviewServiceName is the Service that reaches the version a Rollout is releasing: a
// blue-green release's preview, a canary's canary. Between releases it reaches the live version.
func PreviewServiceName(tier string) string { return ObjectName(tier) + "-preview" }
