package monitoring_monitoringcoreoscom


// authorization configures the Authorization header credentials used by the client.
//
// Cannot be set at the same time as `basicAuth`, `bearerTokenSecret` or `oauth2`.
type ServiceMonitorSpecEndpointsAuthorization struct {
	// credentials defines a key of a Secret in the namespace that contains the credentials for authentication.
	Credentials *ServiceMonitorSpecEndpointsAuthorizationCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	// type defines the authentication type. The value is case-insensitive.
	//
	// "Basic" is not a supported value.
	//
	// Default: "Bearer".
	Type *string `field:"optional" json:"type" yaml:"type"`
}

