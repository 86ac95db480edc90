// Package rollouts reads an Argo Rollout's progress. It stands alone, on apimachinery only, so
// that deploy's wait and the tests' simulated-cluster waits share it without the tests' tooling
// linking the cdk8s model that deploy builds on.
package rollouts

import (
	"fmt"
	"strconv"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// Healthy says whether an Argo Rollout has finished its latest release (Healthy at its current
// generation), and if not, why.
func Healthy(ro *unstructured.Unstructured) (bool, string) {
	phase, _, _ := unstructured.NestedString(ro.Object, "status", "phase")
	observed, _, _ := unstructured.NestedString(ro.Object, "status", "observedGeneration")
	if observed != strconv.FormatInt(ro.GetGeneration(), 10) {
		return false, fmt.Sprintf("generation %d not yet observed", ro.GetGeneration())
	}
	if phase != "Healthy" {
		msg, _, _ := unstructured.NestedString(ro.Object, "status", "message")
		return false, fmt.Sprintf("phase %q %s", phase, msg)
	}
	return true, ""
}
