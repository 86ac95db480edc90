package istionetworking_networkingistioio


// Configuration of tunneling TCP over other transport or application layers for the host configured in the DestinationRule.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTunnel struct {
	// Specifies a host to which the downstream connection is tunneled.
	TargetHost *string `field:"required" json:"targetHost" yaml:"targetHost"`
	// Specifies a port to which the downstream connection is tunneled.
	TargetPort *float64 `field:"required" json:"targetPort" yaml:"targetPort"`
	// Specifies which protocol to use for tunneling the downstream connection.
	Protocol *string `field:"optional" json:"protocol" yaml:"protocol"`
}

