package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	traefik "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio"
)

// WeightedTraefikServiceProps describe the weighted TraefikService through which Argo Rollouts
// shifts a canary's traffic.
type WeightedTraefikServiceProps struct {
	// Namespace holds it, beside its Services and the Rollout. Required.
	Namespace string
	// Identity names the tier; the TraefikService is Identity.ObjectName(). Required.
	Identity Identity
	// StableService and CanaryService are the weighted Services; Port is their port. Required.
	StableService, CanaryService string
	Port                         int32
}

// NewWeightedTraefikService builds a TraefikService that sends everything to the stable
// Service and nothing to the canary one until a release reweights it: Argo Rollouts' traefik
// router finds the two by name among its services and rewrites their weights at each step.
// Traefik sends to the Services' endpoints itself, so a stopping pod leaves its rotation as soon
// as its EndpointSlice says so.
func NewWeightedTraefikService(scope constructs.Construct, id string, props WeightedTraefikServiceProps) traefik.TraefikService {
	service := func(name string, weight int32) *traefik.TraefikServiceSpecWeightedServices {
		return &traefik.TraefikServiceSpecWeightedServices{
			Name: jsii.String(name), Kind: traefik.TraefikServiceSpecWeightedServicesKind_SERVICE,
			Port: traefik.TraefikServiceSpecWeightedServicesPort_FromNumber(num(props.Port)), Weight: num(weight),
		}
	}
	return traefik.NewTraefikService(scope, jsii.String(id), &traefik.TraefikServiceProps{
		Metadata: props.Identity.APIMeta(props.Identity.ObjectName(), props.Namespace),
		Spec: &traefik.TraefikServiceSpec{Weighted: &traefik.TraefikServiceSpecWeighted{
			Services: &[]*traefik.TraefikServiceSpecWeightedServices{service(props.StableService, 100), service(props.CanaryService, 0)},
		}},
	})
}
