package traefik_traefikio


// Redis hold the configs of Redis as bucket in rate limiter.
type MiddlewareSpecRateLimitRedis struct {
	// DB defines the Redis database that will be selected after connecting to the server.
	Db *float64 `field:"optional" json:"db" yaml:"db"`
	// DialTimeout sets the timeout for establishing new connections.
	//
	// Default value is 5 seconds.
	DialTimeout MiddlewareSpecRateLimitRedisDialTimeout `field:"optional" json:"dialTimeout" yaml:"dialTimeout"`
	// Endpoints contains either a single address or a seed list of host:port addresses.
	//
	// Default value is ["localhost:6379"].
	Endpoints *[]*string `field:"optional" json:"endpoints" yaml:"endpoints"`
	// MaxActiveConns defines the maximum number of connections allocated by the pool at a given time.
	//
	// Default value is 0, meaning there is no limit.
	MaxActiveConns *float64 `field:"optional" json:"maxActiveConns" yaml:"maxActiveConns"`
	// MinIdleConns defines the minimum number of idle connections.
	//
	// Default value is 0, and idle connections are not closed by default.
	MinIdleConns *float64 `field:"optional" json:"minIdleConns" yaml:"minIdleConns"`
	// PoolSize defines the initial number of socket connections.
	//
	// If the pool runs out of available connections, additional ones will be created beyond PoolSize.
	// This can be limited using MaxActiveConns.
	// // Default value is 0, meaning 10 connections per every available CPU as reported by runtime.GOMAXPROCS.
	PoolSize *float64 `field:"optional" json:"poolSize" yaml:"poolSize"`
	// ReadTimeout defines the timeout for socket read operations.
	//
	// Default value is 3 seconds.
	ReadTimeout MiddlewareSpecRateLimitRedisReadTimeout `field:"optional" json:"readTimeout" yaml:"readTimeout"`
	// Secret defines the name of the referenced Kubernetes Secret containing Redis credentials.
	Secret *string `field:"optional" json:"secret" yaml:"secret"`
	// TLS defines TLS-specific configurations, including the CA, certificate, and key, which can be provided as a file path or file content.
	Tls *MiddlewareSpecRateLimitRedisTls `field:"optional" json:"tls" yaml:"tls"`
	// WriteTimeout defines the timeout for socket write operations.
	//
	// Default value is 3 seconds.
	WriteTimeout MiddlewareSpecRateLimitRedisWriteTimeout `field:"optional" json:"writeTimeout" yaml:"writeTimeout"`
}

