package charts_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/charts"
	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// TestArgoCDAppMatchesTheOutput checks each environment's Application and AppProject against
// the objects beside them, for every environment and release variant: Argo CD leaves each
// autoscaled workload's replica count to its autoscaler and each field the Rollouts controller
// writes to it, every named exception names an object of the output, and the project admits
// every cluster-scoped kind the output has.
func TestArgoCDAppMatchesTheOutput(t *testing.T) {
	envs := map[string]env.Environment{}
	for _, base := range env.Environments() {
		envs[base.Name] = base
		for _, v := range env.Variants() {
			if e, ok := v.Of(base); ok {
				envs[base.Name+"-"+v.Name] = e
			}
		}
	}
	for name, e := range envs {
		t.Run(name, func(t *testing.T) {
			objs := synthEnv(t, e)
			appName := c.ObjectName(env.App, e.Name)
			var app struct {
				Spec struct {
					IgnoreDifferences []struct {
						Group, Kind, Name     string
						JSONPointers          []string `json:"jsonPointers"`
						ManagedFieldsManagers []string `json:"managedFieldsManagers"`
					} `json:"ignoreDifferences"`
					Source struct {
						Path      string
						Directory struct{ Exclude string }
					}
					SyncPolicy struct {
						Automated *struct{ Prune, SelfHeal bool }
					} `json:"syncPolicy"`
				}
			}
			objs.DecodePart(t, "Application", appName, &app)
			var project struct {
				Spec struct {
					ClusterResourceWhitelist []c.GroupKind `json:"clusterResourceWhitelist"`
				}
			}
			objs.DecodePart(t, "AppProject", appName, &project)

			assert.Equal(t, e.GitOps.Path, app.Spec.Source.Path)
			assert.Equal(t, charts.GitOpsDir+"/*", app.Spec.Source.Directory.Exclude, "Argo CD never syncs its own objects into the environment")
			assert.Equal(t, e.GitOps.AutoSync, app.Spec.SyncPolicy.Automated != nil)

			ignoredReplicas := map[string]bool{}
			managers := map[string]bool{}
			for _, d := range app.Spec.IgnoreDifferences {
				if d.Name != "" {
					found := false
					for _, o := range objs.Of(d.Kind) {
						found = found || o.Name == d.Name
					}
					assert.True(t, found, "ignoreDifferences names %s %s, which the output lacks", d.Kind, d.Name)
				}
				if len(d.JSONPointers) == 1 && d.JSONPointers[0] == "/spec/replicas" {
					ignoredReplicas[d.Kind+"/"+d.Name] = true
				}
				for _, m := range d.ManagedFieldsManagers {
					managers[d.Kind+"/"+m] = true
				}
			}
			for _, hpa := range objs.Of("HorizontalPodAutoscaler") {
				var h struct {
					Spec struct{ ScaleTargetRef struct{ Kind, Name string } }
				}
				require.NoError(t, json.Unmarshal(hpa.JSON, &h))
				ref := h.Spec.ScaleTargetRef
				assert.True(t, ignoredReplicas[ref.Kind+"/"+ref.Name], "Argo CD would fight the autoscaler over %s %s's replicas", ref.Kind, ref.Name)
			}
			if len(objs.Of("Rollout")) > 0 {
				assert.True(t, managers["Service/"+charts.RolloutsFieldManager], "the Rollouts controller's selector edits would show as drift and be undone")
			}
			if len(objs.Of("Rollout")) > 0 && len(objs.Of("VirtualService")) > 0 {
				assert.True(t, managers["VirtualService/"+charts.RolloutsFieldManager], "a canary's traffic weights would be undone")
				assert.True(t, managers["DestinationRule/"+charts.RolloutsFieldManager], "a release's subsets would be undone")
			}

			allowed := map[c.GroupKind]bool{}
			for _, gk := range project.Spec.ClusterResourceWhitelist {
				allowed[gk] = true
			}
			for _, o := range objs {
				if o.Namespace == "" {
					var head struct{ APIVersion string }
					require.NoError(t, json.Unmarshal(o.JSON, &head))
					group := ""
					if g, _, ok := strings.Cut(head.APIVersion, "/"); ok {
						group = g
					}
					assert.True(t, allowed[c.GroupKind{Group: group, Kind: o.Kind}], "the AppProject refuses cluster-scoped %s %s", o.Kind, o.Name)
				}
			}
		})
	}
}
