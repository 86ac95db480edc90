package argocd_argoprojio


// DrySource specifies where the dry "don't repeat yourself" manifest source lives.
type ApplicationSpecSourceHydratorDrySource struct {
	// Path is a directory path within the Git repository where the manifests are located.
	Path *string `field:"required" json:"path" yaml:"path"`
	// RepoURL is the URL to the git repository that contains the application manifests.
	RepoUrl *string `field:"required" json:"repoUrl" yaml:"repoUrl"`
	// TargetRevision defines the revision of the source to hydrate.
	TargetRevision *string `field:"required" json:"targetRevision" yaml:"targetRevision"`
}

