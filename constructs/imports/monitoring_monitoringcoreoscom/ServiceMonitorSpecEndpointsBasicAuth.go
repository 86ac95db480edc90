package monitoring_monitoringcoreoscom


// basicAuth defines the Basic Authentication credentials used by the client.
//
// Cannot be set at the same time as `authorization`, `bearerTokenSecret` or `oauth2`.
type ServiceMonitorSpecEndpointsBasicAuth struct {
	// password defines a key of a Secret containing the password for authentication.
	Password *ServiceMonitorSpecEndpointsBasicAuthPassword `field:"optional" json:"password" yaml:"password"`
	// username defines a key of a Secret containing the username for authentication.
	Username *ServiceMonitorSpecEndpointsBasicAuthUsername `field:"optional" json:"username" yaml:"username"`
}

