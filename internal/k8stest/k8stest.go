// Package k8stest is constructstest, the constructs library's test helper, on this project's
// Node, with what the project's own tests add.
package k8stest

import (
	"testing"

	"github.com/screenshot-algo/k8s/constructs/constructstest"
	"github.com/screenshot-algo/k8s/internal/nodejs"
)

// Object, Objects, Synth, SynthChart, FromManifests, Get and Selects are constructstest's.
type (
	Object  = constructstest.Object
	Objects = constructstest.Objects
)

var (
	Synth         = constructstest.Synth
	SynthChart    = constructstest.SynthChart
	FromManifests = constructstest.FromManifests
	Selects       = constructstest.Selects
)

// Main runs a package's tests on the project's Node (constructstest.Main).
func Main(m *testing.M, after ...func()) {
	nodejs.UseProjectNode()
	constructstest.Main(m, after...)
}
