package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	argocd "github.com/screenshot-algo/k8s/constructs/imports/argocd_argoprojio"
)

// ArgoCDAppProps describe how Argo CD keeps one environment's rendered manifests, committed to
// git, synced to its cluster: the rendered-manifests pattern.
type ArgoCDAppProps struct {
	// PartOf is the application the objects belong to (see Identity.PartOf).
	PartOf string
	// Name names the Application and its AppProject, e.g. "screenshot-algo-production": one of
	// each per environment, so that Argo CD can run several environments' clusters. Required.
	Name string
	// Namespace is where Argo CD runs and reads Applications. Default "argocd".
	Namespace string
	// RepoURL is the git repository that holds the rendered manifests. Required.
	RepoURL string
	// Revision is the branch, tag or commit that Argo CD follows. Default "HEAD".
	Revision string
	// Path is the environment's folder in the repository, e.g. "dist/production". Required.
	Path string
	// Exclude is a glob of files under Path that are not the environment's objects, relative to
	// Path: the folder that holds these Argo CD objects, which Argo CD must not sync to the
	// environment's cluster.
	Exclude string
	// DestinationServer is the environment cluster's API server as registered in Argo CD.
	// Default "https://kubernetes.default.svc": Argo CD runs in that cluster.
	DestinationServer string
	// DestinationNamespace is the environment's namespace, the only one it may sync into.
	// Required.
	DestinationNamespace string
	// ClusterResources are the cluster-scoped kinds the environment may create; the AppProject
	// refuses every other, so a commit to the manifests cannot grant itself cluster roles.
	ClusterResources []GroupKind
	// AutoSync makes Argo CD apply every new commit by itself; without it a person syncs.
	AutoSync bool
	// Prune lets an automated sync delete objects that the manifests no longer hold.
	Prune bool
	// SelfHeal lets an automated sync undo changes made to the cluster by hand.
	SelfHeal bool
	// IgnoreDifferences are fields that controllers own, which Argo CD must neither report as
	// drift nor overwrite.
	IgnoreDifferences []IgnoredDifference
}

// GroupKind names a kind: Group "" is the core API group.
type GroupKind struct {
	Group, Kind string
}

// IgnoredDifference is one set of fields that Argo CD leaves to someone else: the fields at
// JSONPointers, or those that ManagedFieldsManagers last wrote, of the objects of a kind (and
// Name, when set).
type IgnoredDifference struct {
	Group, Kind, Name     string
	JSONPointers          []string
	ManagedFieldsManagers []string
}

// ArgoCDApp is the AppProject and Application of one environment.
type ArgoCDApp struct {
	Project     argocd.AppProject
	Application argocd.Application
}

// NewArgoCDApp builds an AppProject that confines the environment to its repository, cluster,
// namespace and cluster-scoped kinds, and an Application that syncs Path there.
//
// The Application applies server-side, like `go run . deploy`, and compares server-side, keeps the fields in
// IgnoreDifferences (RespectIgnoreDifferences), prunes only after every sync wave is healthy
// (PruneLast), and refuses objects that another Application already manages
// (FailOnSharedResource): two environments pointed at one cluster fail instead of overwriting
// each other. It has no deletion finalizer: deleting the Application leaves the environment
// running.
func NewArgoCDApp(scope constructs.Construct, id string, props ArgoCDAppProps) *ArgoCDApp {
	self := constructs.NewConstruct(scope, jsii.String(id))
	ns := cmp.Or(props.Namespace, "argocd")
	server := cmp.Or(props.DestinationServer, "https://kubernetes.default.svc")
	meta := Identity{PartOf: props.PartOf, Name: "gitops", Component: "gitops"}.APIMeta(props.Name, ns)

	var clusterKinds []*argocd.AppProjectSpecClusterResourceWhitelist
	for _, gk := range props.ClusterResources {
		clusterKinds = append(clusterKinds, &argocd.AppProjectSpecClusterResourceWhitelist{Group: jsii.String(gk.Group), Kind: jsii.String(gk.Kind)})
	}
	project := argocd.NewAppProject(self, jsii.String("Project"), &argocd.AppProjectProps{
		Metadata: meta,
		Spec: &argocd.AppProjectSpec{
			Description:              jsii.String("The " + props.DestinationNamespace + " namespace, synced from " + props.Path),
			SourceRepos:              jsii.Strings(props.RepoURL),
			Destinations:             &[]*argocd.AppProjectSpecDestinations{{Server: jsii.String(server), Namespace: jsii.String(props.DestinationNamespace)}},
			ClusterResourceWhitelist: &clusterKinds,
			// Objects in the namespace that the manifests do not hold show as warnings.
			OrphanedResources: &argocd.AppProjectSpecOrphanedResources{Warn: jsii.Bool(true)},
		},
	})

	var ignored []*argocd.ApplicationSpecIgnoreDifferences
	for _, d := range props.IgnoreDifferences {
		entry := &argocd.ApplicationSpecIgnoreDifferences{Group: jsii.String(d.Group), Kind: jsii.String(d.Kind)}
		if d.Name != "" {
			entry.Name = jsii.String(d.Name)
		}
		if len(d.JSONPointers) > 0 {
			entry.JsonPointers = jsii.Strings(d.JSONPointers...)
		}
		if len(d.ManagedFieldsManagers) > 0 {
			entry.ManagedFieldsManagers = jsii.Strings(d.ManagedFieldsManagers...)
		}
		ignored = append(ignored, entry)
	}
	policy := &argocd.ApplicationSpecSyncPolicy{
		SyncOptions: jsii.Strings("ServerSideApply=true", "RespectIgnoreDifferences=true", "PruneLast=true", "FailOnSharedResource=true", "CreateNamespace=false"),
		Retry: &argocd.ApplicationSpecSyncPolicyRetry{
			Limit:   jsii.Number(5),
			Backoff: &argocd.ApplicationSpecSyncPolicyRetryBackoff{Duration: jsii.String("10s"), Factor: jsii.Number(2), MaxDuration: jsii.String("3m")},
		},
	}
	if props.AutoSync {
		policy.Automated = &argocd.ApplicationSpecSyncPolicyAutomated{Prune: jsii.Bool(props.Prune), SelfHeal: jsii.Bool(props.SelfHeal)}
	}
	source := &argocd.ApplicationSpecSource{
		RepoUrl:        jsii.String(props.RepoURL),
		TargetRevision: jsii.String(cmp.Or(props.Revision, "HEAD")),
		Path:           jsii.String(props.Path),
		// A directory source, although the folder holds a Kustomization: it takes the
		// subfolders too (the Namespace's among them), which the Kustomization leaves out.
		Directory: &argocd.ApplicationSpecSourceDirectory{Recurse: jsii.Bool(true)},
	}
	if props.Exclude != "" {
		source.Directory.Exclude = jsii.String(props.Exclude)
	}
	appMeta := *meta
	// The diff is the API server's dry run of the apply: it fills in the defaults the server
	// adds (a StatefulSet's claim templates, the External Secrets CRDs' defaults) which Argo CD's
	// own diff reports as drift that no sync removes.
	appMeta.Annotations = &map[string]*string{"argocd.argoproj.io/compare-options": jsii.String("ServerSideDiff=true")}
	application := argocd.NewApplication(self, jsii.String("Application"), &argocd.ApplicationProps{
		Metadata: &appMeta,
		Spec: &argocd.ApplicationSpec{
			Project:              jsii.String(props.Name),
			Source:               source,
			Destination:          &argocd.ApplicationSpecDestination{Server: jsii.String(server), Namespace: jsii.String(props.DestinationNamespace)},
			IgnoreDifferences:    &ignored,
			SyncPolicy:           policy,
			RevisionHistoryLimit: jsii.Number(10),
		},
	})
	return &ArgoCDApp{Project: project, Application: application}
}
