package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecTcpMatch struct {
	// IPv4 or IPv6 ip addresses of destination with optional subnet.
	DestinationSubnets *[]*string `field:"optional" json:"destinationSubnets" yaml:"destinationSubnets"`
	// Names of gateways where the rule should be applied.
	Gateways *[]*string `field:"optional" json:"gateways" yaml:"gateways"`
	// Specifies the port on the host that is being addressed.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// One or more labels that constrain the applicability of a rule to workloads with the given labels.
	SourceLabels *map[string]*string `field:"optional" json:"sourceLabels" yaml:"sourceLabels"`
	// Source namespace constraining the applicability of a rule to workloads in that namespace.
	SourceNamespace *string `field:"optional" json:"sourceNamespace" yaml:"sourceNamespace"`
	SourceSubnet *string `field:"optional" json:"sourceSubnet" yaml:"sourceSubnet"`
}

