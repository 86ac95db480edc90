package argoproj_argoprojio


// The window in which a rollback will be fast tracked (fully promoted).
type RolloutSpecRollbackWindow struct {
	Revisions *float64 `field:"optional" json:"revisions" yaml:"revisions"`
}

