package istionetworking_networkingistioio


// If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.
type DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive struct {
	// The time duration between keep-alive probes.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// Maximum number of keepalive probes to send without response before deciding the connection is dead.
	Probes *float64 `field:"optional" json:"probes" yaml:"probes"`
	// The time duration a connection needs to be idle before keep-alive probes start being sent.
	Time *string `field:"optional" json:"time" yaml:"time"`
}

