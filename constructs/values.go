package constructs

import (
	"strconv"
	"sync"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// Quantities and int-or-strings are immutable objects that live in the jsii runtime: making one
// is a round trip to Node. The same few values ("250m", "http", 1) appear hundreds of times in a
// synthesis, so each distinct value is made once and shared. The objects die with the runtime:
// whoever closes it (synth.Close) calls ForgetValues.
var (
	valuesMu     sync.Mutex
	quantities   = map[string]k8s.Quantity{}
	intOrStrings = map[string]k8s.IntOrString{}
)

// ForgetValues drops the shared values; call it when closing the jsii runtime.
func ForgetValues() {
	valuesMu.Lock()
	defer valuesMu.Unlock()
	clear(quantities)
	clear(intOrStrings)
}

// cached returns the value for key, making it with make on first use.
func cached[T any](cache map[string]T, key string, make func() T) T {
	valuesMu.Lock()
	defer valuesMu.Unlock()
	if v, ok := cache[key]; ok {
		return v
	}
	v := make()
	cache[key] = v
	return v
}

// quantity is a Kubernetes quantity. Validation has already parsed it.
func quantity(q string) k8s.Quantity {
	return cached(quantities, q, func() k8s.Quantity { return k8s.Quantity_FromString(jsii.String(q)) })
}

// intOrString is a named port or a percentage.
func intOrString(s string) k8s.IntOrString {
	return cached(intOrStrings, "s:"+s, func() k8s.IntOrString { return k8s.IntOrString_FromString(jsii.String(s)) })
}

// intOrNumber is a port number or a count.
func intOrNumber[T ~int | ~int32 | ~int64](n T) k8s.IntOrString {
	return cached(intOrStrings, "n:"+strconv.FormatInt(int64(n), 10), func() k8s.IntOrString { return k8s.IntOrString_FromNumber(num(n)) })
}
