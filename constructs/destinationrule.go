package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	istionet "github.com/screenshot-algo/k8s/constructs/imports/istionetworking_networkingistioio"
)

// DestinationRuleProps describe how sidecars talk to one Service.
type DestinationRuleProps struct {
	// Namespace holds the rule and the Service. Required.
	Namespace string
	// Identity names the tier; Service is the Service's name. Required.
	Identity Identity
	Service  string
}

// NewDestinationRule builds a DestinationRule named like the Service, so that clients use Istio's
// mutual TLS towards it.
func NewDestinationRule(scope constructs.Construct, id string, props DestinationRuleProps) istionet.DestinationRule {
	return istionet.NewDestinationRule(scope, jsii.String(id), &istionet.DestinationRuleProps{
		Metadata: props.Identity.APIMeta(props.Service, props.Namespace),
		Spec: &istionet.DestinationRuleSpec{
			Host: jsii.String(ServiceHost(props.Service, props.Namespace)),
			TrafficPolicy: &istionet.DestinationRuleSpecTrafficPolicy{
				Tls: &istionet.DestinationRuleSpecTrafficPolicyTls{Mode: istionet.DestinationRuleSpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL},
			},
		},
	})
}

// ServiceHost is a Service's cluster DNS name.
func ServiceHost(service, namespace string) string {
	return service + "." + namespace + ".svc.cluster.local"
}
