package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	istionet "github.com/screenshot-algo/k8s/constructs/imports/istionetworking_networkingistioio"
)

// CanaryRoute is the route name a canary's VirtualService gives Argo Rollouts to reweight.
const CanaryRoute = "primary"

// VirtualServiceProps describe mesh routing between a tier's stable and canary Services.
type VirtualServiceProps struct {
	// Namespace holds the VirtualService. Required.
	Namespace string
	// Identity names the tier; the VirtualService is Identity.ObjectName(). Required.
	Identity Identity
	// StableService and CanaryService are the two destinations; Port is their port. Required.
	StableService, CanaryService string
	Port                         int32
}

// NewVirtualService builds the VirtualService through which Argo Rollouts weighs a canary in
// the mesh: one route, CanaryRoute, all to the stable Service until a release reweights it.
func NewVirtualService(scope constructs.Construct, id string, props VirtualServiceProps) istionet.VirtualService {
	destination := func(service string, weight int32) *istionet.VirtualServiceSpecHttpRoute {
		return &istionet.VirtualServiceSpecHttpRoute{
			Destination: &istionet.VirtualServiceSpecHttpRouteDestination{
				Host: jsii.String(ServiceHost(service, props.Namespace)),
				Port: &istionet.VirtualServiceSpecHttpRouteDestinationPort{Number: num(props.Port)},
			},
			Weight: num(weight),
		}
	}
	return istionet.NewVirtualService(scope, jsii.String(id), &istionet.VirtualServiceProps{
		Metadata: props.Identity.APIMeta(props.Identity.ObjectName(), props.Namespace),
		Spec: &istionet.VirtualServiceSpec{
			Hosts: jsii.Strings(ServiceHost(props.StableService, props.Namespace)),
			Http: &[]*istionet.VirtualServiceSpecHttp{{
				Name:  jsii.String(CanaryRoute),
				Route: &[]*istionet.VirtualServiceSpecHttpRoute{destination(props.StableService, 100), destination(props.CanaryService, 0)},
			}},
		},
	})
}
