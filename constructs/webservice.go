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
	// Metrics marks the Service as the one Prometheus scrapes (MetricsLabel).
	Metrics bool
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
// container cannot leave the Service pointing at nothing.
func NewWebService(scope constructs.Construct, id string, props WebServiceProps) *WebService {
	w := NewWorkload(scope, id, props.WorkloadProps)
	port := props.ServicePort
	if port == 0 {
		port = 80
	}
	meta := props.Identity.Meta(w.Name, props.Namespace)
	if props.Metrics {
		(*meta.Labels)[MetricsLabel] = jsii.String("true")
	}
	svc := k8s.NewKubeService(w.Construct, jsii.String("Service"), &k8s.KubeServiceProps{
		Metadata: meta,
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: StringMap(props.Identity.SelectorLabels()),
			Ports: &[]*k8s.ServicePort{{
				Name: jsii.String("http"), Port: num(port), Protocol: jsii.String("TCP"),
				TargetPort: k8s.IntOrString_FromString(jsii.String("http")),
			}},
		},
	})
	return &WebService{Workload: w, Service: svc, ServicePort: port}
}
