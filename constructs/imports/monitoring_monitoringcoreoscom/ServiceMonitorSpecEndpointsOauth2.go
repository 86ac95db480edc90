package monitoring_monitoringcoreoscom


// oauth2 defines the OAuth2 settings used by the client.
//
// It requires Prometheus >= 2.27.0.
//
// Cannot be set at the same time as `authorization`, `basicAuth` or `bearerTokenSecret`.
type ServiceMonitorSpecEndpointsOauth2 struct {
	// clientId defines a key of a Secret or ConfigMap containing the OAuth2 client's ID.
	ClientId *ServiceMonitorSpecEndpointsOauth2ClientId `field:"required" json:"clientId" yaml:"clientId"`
	// clientSecret defines a key of a Secret containing the OAuth2 client's secret.
	ClientSecret *ServiceMonitorSpecEndpointsOauth2ClientSecret `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// tokenUrl defines the URL to fetch the token from.
	TokenUrl *string `field:"required" json:"tokenUrl" yaml:"tokenUrl"`
	// endpointParams configures the HTTP parameters to append to the token URL.
	EndpointParams *map[string]*string `field:"optional" json:"endpointParams" yaml:"endpointParams"`
	// noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
	//
	// IP and domain names can
	// contain port numbers.
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	NoProxy *string `field:"optional" json:"noProxy" yaml:"noProxy"`
	// proxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	ProxyConnectHeader *map[string]*[]*ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader `field:"optional" json:"proxyConnectHeader" yaml:"proxyConnectHeader"`
	// proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	ProxyFromEnvironment *bool `field:"optional" json:"proxyFromEnvironment" yaml:"proxyFromEnvironment"`
	// proxyUrl defines the HTTP proxy server to use.
	ProxyUrl *string `field:"optional" json:"proxyUrl" yaml:"proxyUrl"`
	// scopes defines the OAuth2 scopes used for the token request.
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
	// tlsConfig defines the TLS configuration to use when connecting to the OAuth2 server.
	//
	// It requires Prometheus >= v2.43.0.
	TlsConfig *ServiceMonitorSpecEndpointsOauth2TlsConfig `field:"optional" json:"tlsConfig" yaml:"tlsConfig"`
}

