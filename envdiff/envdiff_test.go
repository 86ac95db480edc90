package envdiff

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func objs(t *testing.T, yaml string) []Object {
	t.Helper()
	o, err := Decode([]byte(yaml))
	require.NoError(t, err)
	return o
}

func TestCompare(t *testing.T) {
	a := objs(t, `
kind: Deployment
metadata: {name: api, namespace: ns, labels: {app.kubernetes.io/name: api}}
spec: {replicas: 2, template: {spec: {containers: [{name: api, image: "api:1"}]}}}
---
kind: Service
metadata: {name: old, namespace: ns}
`)
	b := objs(t, `
kind: Deployment
metadata: {name: api, namespace: ns, labels: {app.kubernetes.io/name: api}}
spec: {replicas: 3, template: {spec: {containers: [{name: api, image: "api:2"}]}}, paused: true}
---
kind: Namespace
metadata: {name: ns}
`)
	cases := []struct {
		name string
		got  func(r Result) any
		want any
	}{
		{"added only in B", func(r Result) any { return ids(r.Added) }, []string{"Namespace/ns"}},
		{"removed only in A", func(r Result) any { return ids(r.Removed) }, []string{"Service/ns/old"}},
		{"changed fields, by path", func(r Result) any { return r.Changed["Deployment/ns/api"] }, []Change{
			{Path: "spec.paused", From: nil, To: true},
			{Path: "spec.replicas", From: float64(2), To: float64(3)},
			{Path: "spec.template.spec.containers[0].image", From: "api:1", To: "api:2"},
		}},
		{"nothing else changed", func(r Result) any { return len(r.Changed) }, 1},
	}
	r := Compare(a, b)
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.got(r), tc.name)
	}
	assert.True(t, Compare(a, a).Empty(), "a set equals itself")
}

func ids(o []Object) []string {
	var out []string
	for _, x := range o {
		out = append(out, x.ID())
	}
	return out
}

func TestWrite(t *testing.T) {
	r := Result{
		Added:   []Object{{Kind: "Service", Namespace: "ns", Name: "new"}},
		Changed: map[string][]Change{"Deployment/ns/api": {{Path: "spec.replicas", From: float64(2), To: float64(3)}}},
	}
	var b bytes.Buffer
	Write(&b, "staging", "production", r)
	assert.Equal(t, "--- staging\n+++ production\n+ Service/ns/new\n~ Deployment/ns/api\n    spec.replicas: 2 -> 3\n1 added, 0 removed, 1 changed\n", b.String())
	b.Reset()
	Write(&b, "x", "y", Result{})
	assert.Equal(t, "x and y describe the same objects\n", b.String())
}
