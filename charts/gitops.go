package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// GitOpsDir is the subfolder of dist/<env> that holds the environment's Argo CD AppProject and
// Application. They go to Argo CD's namespace, not the environment's, so neither the
// environment's Kustomization nor `go run . deploy` applies them, and the Application excludes
// them from what it syncs.
const GitOpsDir = "argocd"

// RolloutsFieldManager is the field manager of the Argo Rollouts controller's writes: the
// name of its binary.
const RolloutsFieldManager = "rollouts-controller"

// ClusterScopedKinds are the cluster-scoped kinds the chart creates: the environment's AppProject
// allows these and no other.
var ClusterScopedKinds = []c.GroupKind{{Group: "", Kind: "Namespace"}, {Group: "scheduling.k8s.io", Kind: "PriorityClass"}}

// newGitOps builds the environment's Argo CD AppProject and Application.
func newGitOps(scope constructs.Construct, e env.Environment) {
	g := e.GitOps
	c.NewArgoCDApp(scope, "GitOps", c.ArgoCDAppProps{
		PartOf: env.App, Name: c.ObjectName(env.App, e.Name), Namespace: g.ArgoCDNamespace,
		RepoURL: g.RepoURL, Revision: g.Revision, Path: g.Path, Exclude: GitOpsDir + "/*",
		DestinationServer: g.DestinationServer, DestinationNamespace: e.Namespace,
		ClusterResources: ClusterScopedKinds,
		AutoSync:         g.AutoSync, Prune: g.Prune, SelfHeal: g.SelfHeal,
		IgnoreDifferences: ownedByControllers(e),
	})
}

// ownedByControllers are the fields of the output's objects that controllers write, which a sync
// must neither call drift nor undo:
//   - an autoscaled workload's replica count, the HorizontalPodAutoscaler's;
//   - what the Argo Rollouts controller writes into the Services (the selector's
//     rollouts-pod-template-hash, its managed-by mark), into the weighted TraefikServices'
//     weights (Gateway API on Traefik) and, under Istio, into the VirtualServices' weights and
//     the DestinationRules' subsets.
func ownedByControllers(e env.Environment) []c.IgnoredDifference {
	var ignored []c.IgnoredDifference
	for _, t := range e.Tiers {
		if !t.Scaling.Autoscaled() {
			continue
		}
		group, kind := "apps", "Deployment"
		if e.UsesRollout(t) {
			group, kind = "argoproj.io", "Rollout"
		}
		ignored = append(ignored, c.IgnoredDifference{Group: group, Kind: kind, Name: tierIdentity(e, t).ObjectName(), JSONPointers: []string{"/spec/replicas"}})
	}
	if e.ReleasesWithRollouts() {
		rollouts := []string{RolloutsFieldManager}
		ignored = append(ignored, c.IgnoredDifference{Group: "", Kind: "Service", ManagedFieldsManagers: rollouts})
		if e.GatewayAPI() && !e.Mesh.Istio {
			ignored = append(ignored, c.IgnoredDifference{Group: c.TraefikGroup, Kind: c.TraefikServiceKind, ManagedFieldsManagers: rollouts})
		}
		if e.Mesh.Istio {
			ignored = append(ignored,
				c.IgnoredDifference{Group: "networking.istio.io", Kind: "VirtualService", ManagedFieldsManagers: rollouts},
				c.IgnoredDifference{Group: "networking.istio.io", Kind: "DestinationRule", ManagedFieldsManagers: rollouts})
		}
	}
	return ignored
}
