package monitoring_monitoringcoreoscom


// Endpoint defines an endpoint serving Prometheus metrics to be scraped by Prometheus.
type ServiceMonitorSpecEndpoints struct {
	// authorization configures the Authorization header credentials used by the client.
	//
	// Cannot be set at the same time as `basicAuth`, `bearerTokenSecret` or `oauth2`.
	Authorization *ServiceMonitorSpecEndpointsAuthorization `field:"optional" json:"authorization" yaml:"authorization"`
	// basicAuth defines the Basic Authentication credentials used by the client.
	//
	// Cannot be set at the same time as `authorization`, `bearerTokenSecret` or `oauth2`.
	BasicAuth *ServiceMonitorSpecEndpointsBasicAuth `field:"optional" json:"basicAuth" yaml:"basicAuth"`
	// bearerTokenFile defines the file to read bearer token for scraping the target.
	//
	// Deprecated: use `authorization` instead.
	BearerTokenFile *string `field:"optional" json:"bearerTokenFile" yaml:"bearerTokenFile"`
	// bearerTokenSecret defines a key of a Secret containing the bearer token used by the client for authentication.
	//
	// The secret needs to be in the
	// same namespace as the custom resource and readable by the Prometheus
	// Operator.
	//
	// Cannot be set at the same time as `authorization`, `basicAuth` or `oauth2`.
	//
	// Deprecated: use `authorization` instead.
	BearerTokenSecret *ServiceMonitorSpecEndpointsBearerTokenSecret `field:"optional" json:"bearerTokenSecret" yaml:"bearerTokenSecret"`
	// enableHttp2 can be used to disable HTTP2.
	EnableHttp2 *bool `field:"optional" json:"enableHttp2" yaml:"enableHttp2"`
	// filterRunning when true, the pods which are not running (e.g. either in Failed or Succeeded state) are dropped during the target discovery.
	//
	// If unset, the filtering is enabled.
	//
	// More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase
	FilterRunning *bool `field:"optional" json:"filterRunning" yaml:"filterRunning"`
	// followRedirects defines whether the client should follow HTTP 3xx redirects.
	FollowRedirects *bool `field:"optional" json:"followRedirects" yaml:"followRedirects"`
	// honorLabels defines when true the metric's labels when they collide with the target's labels.
	HonorLabels *bool `field:"optional" json:"honorLabels" yaml:"honorLabels"`
	// honorTimestamps defines whether Prometheus preserves the timestamps when exposed by the target.
	HonorTimestamps *bool `field:"optional" json:"honorTimestamps" yaml:"honorTimestamps"`
	// interval at which Prometheus scrapes the metrics from the target.
	//
	// If empty, Prometheus uses the global scrape interval.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// metricRelabelings defines the relabeling rules to apply to the samples before ingestion.
	MetricRelabelings *[]*ServiceMonitorSpecEndpointsMetricRelabelings `field:"optional" json:"metricRelabelings" yaml:"metricRelabelings"`
	// noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
	//
	// IP and domain names can
	// contain port numbers.
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	NoProxy *string `field:"optional" json:"noProxy" yaml:"noProxy"`
	// oauth2 defines the OAuth2 settings used by the client.
	//
	// It requires Prometheus >= 2.27.0.
	//
	// Cannot be set at the same time as `authorization`, `basicAuth` or `bearerTokenSecret`.
	Oauth2 *ServiceMonitorSpecEndpointsOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
	// params define optional HTTP URL parameters.
	Params *map[string]*[]*string `field:"optional" json:"params" yaml:"params"`
	// path defines the HTTP path from which to scrape for metrics.
	//
	// If empty, Prometheus uses the default value (e.g. `/metrics`).
	Path *string `field:"optional" json:"path" yaml:"path"`
	// port defines the name of the Service port which this endpoint refers to (e.g. `.spec.ports[].name`).
	//
	// It takes precedence over `targetPort`.
	Port *string `field:"optional" json:"port" yaml:"port"`
	// proxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	ProxyConnectHeader *map[string]*[]*ServiceMonitorSpecEndpointsProxyConnectHeader `field:"optional" json:"proxyConnectHeader" yaml:"proxyConnectHeader"`
	// proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
	//
	// It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
	ProxyFromEnvironment *bool `field:"optional" json:"proxyFromEnvironment" yaml:"proxyFromEnvironment"`
	// proxyUrl defines the HTTP proxy server to use.
	ProxyUrl *string `field:"optional" json:"proxyUrl" yaml:"proxyUrl"`
	// relabelings defines the relabeling rules to apply the target's metadata labels.
	//
	// The Operator automatically adds relabelings for a few standard Kubernetes fields.
	//
	// The original scrape job's name is available via the `__tmp_prometheus_job_name` label.
	//
	// More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
	Relabelings *[]*ServiceMonitorSpecEndpointsRelabelings `field:"optional" json:"relabelings" yaml:"relabelings"`
	// scheme defines the HTTP scheme to use when scraping the metrics.
	Scheme ServiceMonitorSpecEndpointsScheme `field:"optional" json:"scheme" yaml:"scheme"`
	// scrapeTimeout defines the timeout after which Prometheus considers the scrape to be failed.
	//
	// If empty, Prometheus uses the global scrape timeout unless it is less
	// than the target's scrape interval value in which the latter is used.
	// The value cannot be greater than the scrape interval otherwise the operator will reject the resource.
	ScrapeTimeout *string `field:"optional" json:"scrapeTimeout" yaml:"scrapeTimeout"`
	// targetPort defines the name or number of a container port on Pods selected by the Service.
	//
	// If a name, it matches against `.spec.containers[].ports[].name` of the Pods.
	// If a number, it matches against `.spec.containers[].ports[].containerPort` of the Pods.
	TargetPort ServiceMonitorSpecEndpointsTargetPort `field:"optional" json:"targetPort" yaml:"targetPort"`
	// tlsConfig defines TLS configuration used by the client.
	TlsConfig *ServiceMonitorSpecEndpointsTlsConfig `field:"optional" json:"tlsConfig" yaml:"tlsConfig"`
	// trackTimestampsStaleness defines whether Prometheus tracks staleness of the metrics that have an explicit timestamp present in scraped data.
	//
	// Has no effect if `honorTimestamps` is false.
	//
	// It requires Prometheus >= v2.48.0.
	TrackTimestampsStaleness *bool `field:"optional" json:"trackTimestampsStaleness" yaml:"trackTimestampsStaleness"`
}

