package argoproj_argoprojio

import (
	"time"
)

type RolloutSpec struct {
	Analysis *RolloutSpecAnalysis `field:"optional" json:"analysis" yaml:"analysis"`
	MinReadySeconds *float64 `field:"optional" json:"minReadySeconds" yaml:"minReadySeconds"`
	Paused *bool `field:"optional" json:"paused" yaml:"paused"`
	ProgressDeadlineAbort *bool `field:"optional" json:"progressDeadlineAbort" yaml:"progressDeadlineAbort"`
	ProgressDeadlineSeconds *float64 `field:"optional" json:"progressDeadlineSeconds" yaml:"progressDeadlineSeconds"`
	Replicas *float64 `field:"optional" json:"replicas" yaml:"replicas"`
	RestartAt *time.Time `field:"optional" json:"restartAt" yaml:"restartAt"`
	RevisionHistoryLimit *float64 `field:"optional" json:"revisionHistoryLimit" yaml:"revisionHistoryLimit"`
	RollbackWindow *RolloutSpecRollbackWindow `field:"optional" json:"rollbackWindow" yaml:"rollbackWindow"`
	Selector *RolloutSpecSelector `field:"optional" json:"selector" yaml:"selector"`
	Strategy *RolloutSpecStrategy `field:"optional" json:"strategy" yaml:"strategy"`
	Template *RolloutSpecTemplate `field:"optional" json:"template" yaml:"template"`
	WorkloadRef *RolloutSpecWorkloadRef `field:"optional" json:"workloadRef" yaml:"workloadRef"`
}

