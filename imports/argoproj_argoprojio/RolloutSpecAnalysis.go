package argoproj_argoprojio


type RolloutSpecAnalysis struct {
	SuccessfulRunHistoryLimit *float64 `field:"optional" json:"successfulRunHistoryLimit" yaml:"successfulRunHistoryLimit"`
	UnsuccessfulRunHistoryLimit *float64 `field:"optional" json:"unsuccessfulRunHistoryLimit" yaml:"unsuccessfulRunHistoryLimit"`
}

