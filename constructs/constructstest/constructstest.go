// Package constructstest synthesizes cdk8s charts in tests and hands the objects back as the
// typed structs of k8s.io/api, decoded strictly: a field the Kubernetes API does not know fails
// the test. It is for the tests of the constructs library and of the apps built on it.
package constructstest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"

	c "github.com/screenshot-algo/k8s/constructs"
)

// Main runs a package's tests and releases jsii afterwards, which otherwise leaves its runtime's
// folder behind. Call it from TestMain; then runs after, such as removing a temporary folder
// that needs jsii closed first. jsii starts Node from $JSII_NODE, or node on the PATH. It is not
// goroutine-safe: tests that build constructs must not call t.Parallel.
func Main(m *testing.M, after ...func()) {
	code := m.Run()
	jsii.Close()
	for _, f := range after {
		f()
	}
	os.Exit(code)
}

// Object is one synthesized manifest.
type Object struct {
	Kind      string
	Name      string
	Namespace string
	// JSON is the manifest as cdk8s rendered it.
	JSON []byte
}

// Objects is a chart's output.
type Objects []Object

// Synth builds constructs into a fresh chart and returns what it synthesizes.
func Synth(t testing.TB, build func(scope constructs.Construct)) Objects {
	t.Helper()
	return SynthChart(t, func(app constructs.Construct) cdk8s.Chart {
		chart := cdk8s.NewChart(app, jsii.String("test"), nil)
		build(chart)
		return chart
	})
}

// SynthChart builds a chart in a fresh app and returns what the chart synthesizes. The app is a
// plain one: cdk8s.Testing_App makes a temporary output folder per call and never removes it,
// and synthesizing in memory needs none.
func SynthChart(t testing.TB, build func(app constructs.Construct) cdk8s.Chart) Objects {
	t.Helper()
	return FromManifests(t, *cdk8s.Testing_Synth(build(cdk8s.NewApp(nil))))
}

// FromManifests converts the manifests cdk8s returns into Objects.
func FromManifests(t testing.TB, manifests []interface{}) Objects {
	t.Helper()
	var out Objects
	for _, m := range manifests {
		raw, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("marshal manifest: %v", err)
		}
		var head struct {
			Kind     string `json:"kind"`
			Metadata struct {
				Name      string `json:"name"`
				Namespace string `json:"namespace"`
			} `json:"metadata"`
		}
		if err := json.Unmarshal(raw, &head); err != nil {
			t.Fatalf("read manifest: %v", err)
		}
		out = append(out, Object{Kind: head.Kind, Name: head.Metadata.Name, Namespace: head.Metadata.Namespace, JSON: raw})
	}
	return out
}

// Of returns every object of a kind.
func (os Objects) Of(kind string) Objects {
	var out Objects
	for _, o := range os {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// Decode strictly decodes the object of that kind and name into v, failing the test when there
// is none or when it has a field v's type lacks.
func (os Objects) Decode(t testing.TB, kind, name string, v any) {
	t.Helper()
	for _, o := range os {
		if o.Kind == kind && o.Name == name {
			if err := decodeStrict(o.JSON, v); err != nil {
				t.Fatalf("%s %s: %v", kind, name, err)
			}
			return
		}
	}
	t.Fatalf("no %s named %q among %v", kind, name, os.names())
}

// DecodePart decodes only the fields v names, for a test that reads part of a custom resource.
func (os Objects) DecodePart(t testing.TB, kind, name string, v any) {
	t.Helper()
	for _, o := range os {
		if o.Kind == kind && o.Name == name {
			if err := json.Unmarshal(o.JSON, v); err != nil {
				t.Fatalf("%s %s: %v", kind, name, err)
			}
			return
		}
	}
	t.Fatalf("no %s named %q among %v", kind, name, os.names())
}

// decodeStrict decodes JSON, refusing unknown fields.
func decodeStrict(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// Get strictly decodes the named object of a kind into its k8s.io/api type.
func Get[T any](t testing.TB, os Objects, kind, name string) *T {
	t.Helper()
	var v T
	os.Decode(t, kind, name, &v)
	return &v
}

// Deployment returns the named Deployment.
func (os Objects) Deployment(t testing.TB, name string) *appsv1.Deployment {
	t.Helper()
	return Get[appsv1.Deployment](t, os, "Deployment", name)
}

// StatefulSet returns the named StatefulSet.
func (os Objects) StatefulSet(t testing.TB, name string) *appsv1.StatefulSet {
	t.Helper()
	return Get[appsv1.StatefulSet](t, os, "StatefulSet", name)
}

// Service returns the named Service.
func (os Objects) Service(t testing.TB, name string) *corev1.Service {
	t.Helper()
	return Get[corev1.Service](t, os, "Service", name)
}

// Ingress returns the named Ingress.
func (os Objects) Ingress(t testing.TB, name string) *networkingv1.Ingress {
	t.Helper()
	return Get[networkingv1.Ingress](t, os, "Ingress", name)
}

// PodTemplates returns the pod template of every Deployment, Rollout and StatefulSet, by
// workload name.
func (os Objects) PodTemplates(t testing.TB) map[string]corev1.PodTemplateSpec {
	t.Helper()
	out := map[string]corev1.PodTemplateSpec{}
	for _, o := range os {
		switch o.Kind {
		case "Deployment":
			out[o.Name] = os.Deployment(t, o.Name).Spec.Template
		case "StatefulSet":
			out[o.Name] = os.StatefulSet(t, o.Name).Spec.Template
		case "Rollout":
			var ro struct {
				Spec struct{ Template corev1.PodTemplateSpec }
			}
			os.DecodePart(t, o.Kind, o.Name, &ro)
			out[o.Name] = ro.Spec.Template
		}
	}
	return out
}

func (os Objects) names() []string {
	var n []string
	for _, o := range os {
		n = append(n, fmt.Sprintf("%s/%s", o.Kind, o.Name))
	}
	return n
}

// Selects reports whether a label selector's labels are all present in labels.
var Selects = c.SelectorMatches
