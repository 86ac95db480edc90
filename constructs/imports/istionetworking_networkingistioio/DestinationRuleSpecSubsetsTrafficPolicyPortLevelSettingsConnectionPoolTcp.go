package istionetworking_networkingistioio


// Settings common to both HTTP and TCP upstream connections.
type DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp struct {
	// TCP connection timeout.
	ConnectTimeout *string `field:"optional" json:"connectTimeout" yaml:"connectTimeout"`
	// The idle timeout for TCP connections.
	IdleTimeout *string `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	// The maximum duration of a connection.
	MaxConnectionDuration *string `field:"optional" json:"maxConnectionDuration" yaml:"maxConnectionDuration"`
	// Maximum number of HTTP1 /TCP connections to a destination host.
	MaxConnections *float64 `field:"optional" json:"maxConnections" yaml:"maxConnections"`
	// If set then set SO_KEEPALIVE on the socket to enable TCP Keepalives.
	TcpKeepalive *DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive `field:"optional" json:"tcpKeepalive" yaml:"tcpKeepalive"`
}

