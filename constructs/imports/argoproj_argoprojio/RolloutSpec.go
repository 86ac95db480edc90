package argoproj_argoprojio

import (
	"time"
)

// RolloutSpec is the spec for a Rollout resource.
type RolloutSpec struct {
	// Analysis configuration for the analysis runs to retain.
	Analysis *RolloutSpecAnalysis `field:"optional" json:"analysis" yaml:"analysis"`
	// Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available.
	//
	// Defaults to 0 (pod will be considered available as soon as it is ready).
	// Default: 0 (pod will be considered available as soon as it is ready).
	//
	MinReadySeconds *float64 `field:"optional" json:"minReadySeconds" yaml:"minReadySeconds"`
	// Paused pauses the rollout at its current step.
	Paused *bool `field:"optional" json:"paused" yaml:"paused"`
	// ProgressDeadlineAbort is whether to abort the update when ProgressDeadlineSeconds is exceeded.
	ProgressDeadlineAbort *bool `field:"optional" json:"progressDeadlineAbort" yaml:"progressDeadlineAbort"`
	// ProgressDeadlineSeconds The maximum time in seconds for a rollout to make progress before it is considered to be failed.
	//
	// Argo Rollouts will
	// continue to process failed rollouts and a condition with a
	// ProgressDeadlineExceeded reason will be surfaced in the rollout status.
	// Note that progress will not be estimated during the time a rollout is paused.
	// Defaults to 600s.
	// Default: 600s.
	//
	ProgressDeadlineSeconds *float64 `field:"optional" json:"progressDeadlineSeconds" yaml:"progressDeadlineSeconds"`
	// Number of desired pods.
	//
	// This is a pointer to distinguish between explicit
	// zero and not specified. Defaults to 1.
	// Default: 1.
	//
	Replicas *float64 `field:"optional" json:"replicas" yaml:"replicas"`
	// RestartAt indicates when all the pods of a Rollout should be restarted.
	RestartAt *time.Time `field:"optional" json:"restartAt" yaml:"restartAt"`
	// The number of old ReplicaSets to retain.
	//
	// If unspecified, will retain 10 old ReplicaSets.
	RevisionHistoryLimit *float64 `field:"optional" json:"revisionHistoryLimit" yaml:"revisionHistoryLimit"`
	// The window in which a rollback will be fast tracked (fully promoted).
	RollbackWindow *RolloutSpecRollbackWindow `field:"optional" json:"rollbackWindow" yaml:"rollbackWindow"`
	// Label selector for pods.
	//
	// Existing ReplicaSets whose pods are
	// selected by this will be the ones affected by this rollout.
	// It must match the pod template's labels.
	Selector *RolloutSpecSelector `field:"optional" json:"selector" yaml:"selector"`
	// The deployment strategy to use to replace existing pods with new ones.
	Strategy *RolloutSpecStrategy `field:"optional" json:"strategy" yaml:"strategy"`
	// Template describes the pods that will be created.
	Template *RolloutSpecTemplate `field:"optional" json:"template" yaml:"template"`
	// WorkloadRef holds a references to a workload that provides Pod template.
	WorkloadRef *RolloutSpecWorkloadRef `field:"optional" json:"workloadRef" yaml:"workloadRef"`
}

