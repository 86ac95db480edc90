package traefik_traefikio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio/jsii"
)

// WriteTimeout defines the timeout for socket write operations.
//
// Default value is 3 seconds.
type MiddlewareSpecRateLimitRedisWriteTimeout interface {
	Value() interface{}
}

// The jsii proxy struct for MiddlewareSpecRateLimitRedisWriteTimeout
type jsiiProxy_MiddlewareSpecRateLimitRedisWriteTimeout struct {
	_ byte // padding
}

func (j *jsiiProxy_MiddlewareSpecRateLimitRedisWriteTimeout) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func MiddlewareSpecRateLimitRedisWriteTimeout_FromNumber(value *float64) MiddlewareSpecRateLimitRedisWriteTimeout {
	_init_.Initialize()

	if err := validateMiddlewareSpecRateLimitRedisWriteTimeout_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecRateLimitRedisWriteTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisWriteTimeout",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func MiddlewareSpecRateLimitRedisWriteTimeout_FromString(value *string) MiddlewareSpecRateLimitRedisWriteTimeout {
	_init_.Initialize()

	if err := validateMiddlewareSpecRateLimitRedisWriteTimeout_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns MiddlewareSpecRateLimitRedisWriteTimeout

	_jsii_.StaticInvoke(
		"traefik_traefikio.MiddlewareSpecRateLimitRedisWriteTimeout",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

