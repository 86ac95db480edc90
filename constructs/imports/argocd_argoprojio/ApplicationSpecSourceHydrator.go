package argocd_argoprojio


// SourceHydrator provides a way to push hydrated manifests back to git before syncing them to the cluster.
type ApplicationSpecSourceHydrator struct {
	// DrySource specifies where the dry "don't repeat yourself" manifest source lives.
	DrySource *ApplicationSpecSourceHydratorDrySource `field:"required" json:"drySource" yaml:"drySource"`
	// SyncSource specifies where to sync hydrated manifests from.
	SyncSource *ApplicationSpecSourceHydratorSyncSource `field:"required" json:"syncSource" yaml:"syncSource"`
	// HydrateTo specifies an optional "staging" location to push hydrated manifests to.
	//
	// An external system would then
	// have to move manifests to the SyncSource, e.g. by pull request.
	HydrateTo *ApplicationSpecSourceHydratorHydrateTo `field:"optional" json:"hydrateTo" yaml:"hydrateTo"`
}

