package deploy

import (
	"testing"

	"github.com/screenshot-algo/k8s/internal/k8stest"
)

// TestMain closes jsii when the tests end: deploy links the environments, whose constructs
// unpack jsii's runtime into a temporary folder as they initialize.
func TestMain(m *testing.M) { k8stest.Main(m) }
