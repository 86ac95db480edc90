package argocd_argoprojio


// HydrateTo specifies an optional "staging" location to push hydrated manifests to.
//
// An external system would then
// have to move manifests to the SyncSource, e.g. by pull request.
type ApplicationSpecSourceHydratorHydrateTo struct {
	// TargetBranch is the branch to which hydrated manifests should be committed.
	TargetBranch *string `field:"required" json:"targetBranch" yaml:"targetBranch"`
}

