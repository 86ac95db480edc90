package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// ReadTimeout defines the timeout for socket read operations.
//
// Default value is 3 seconds.
type MiddlewareSpecRateLimitRedisReadTimeout interface {
	Value() interface{}
}

// The jsii proxy struct for MiddlewareSpecRateLimitRedisReadTimeout
type jsiiProxy_MiddlewareSpecRateLimitRedisReadTimeout struct {
	_ byte // padding
}

func (j *jsiiProxy_MiddlewareSpecRateLimitRedisReadTimeout) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func MiddlewareSpecRateLimitRedisReadTimeout_FromNumber(value *float64) MiddlewareSpecRateLimitRedisReadTimeout {
	_init_.Initialize()

	if err := validateMiddlewareSpecRateLimitRedisReadTimeout_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecRateLimitRedisReadTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisReadTimeout",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func MiddlewareSpecRateLimitRedisReadTimeout_FromString(value *string) MiddlewareSpecRateLimitRedisReadTimeout {
	_init_.Initialize()

	if err := validateMiddlewareSpecRateLimitRedisReadTimeout_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecRateLimitRedisReadTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisReadTimeout",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

