package argoproj_argoprojio


type RolloutSpecRollbackWindow struct {
	Revisions *float64 `field:"optional" json:"revisions" yaml:"revisions"`
}

