package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// DialTimeout sets the timeout for establishing new connections.
//
// Default value is 5 seconds.
type MiddlewareSpecRateLimitRedisDialTimeout interface {
	Value() interface{}
}

// The jsii proxy struct for MiddlewareSpecRateLimitRedisDialTimeout
type jsiiProxy_MiddlewareSpecRateLimitRedisDialTimeout struct {
	_ byte // padding
}

func (j *jsiiProxy_MiddlewareSpecRateLimitRedisDialTimeout) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func MiddlewareSpecRateLimitRedisDialTimeout_FromNumber(value *float64) MiddlewareSpecRateLimitRedisDialTimeout {
	_init_.Initialize()

	if err := validateMiddlewareSpecRateLimitRedisDialTimeout_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecRateLimitRedisDialTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisDialTimeout",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func MiddlewareSpecRateLimitRedisDialTimeout_FromString(value *string) MiddlewareSpecRateLimitRedisDialTimeout {
	_init_.Initialize()

	if err := validateMiddlewareSpecRateLimitRedisDialTimeout_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecRateLimitRedisDialTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisDialTimeout",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

