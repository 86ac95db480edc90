package argocd_argoprojio


// SyncSource specifies where to sync hydrated manifests from.
type ApplicationSpecSourceHydratorSyncSource struct {
	// Path is a directory path within the git repository where hydrated manifests should be committed to and synced from.
	//
	// The Path should never point to the root of the repo. If hydrateTo is set, this is just the path from which
	// hydrated manifests will be synced.
	Path *string `field:"required" json:"path" yaml:"path"`
	// TargetBranch is the branch from which hydrated manifests will be synced.
	//
	// If HydrateTo is not set, this is also the branch to which hydrated manifests are committed.
	TargetBranch *string `field:"required" json:"targetBranch" yaml:"targetBranch"`
}

