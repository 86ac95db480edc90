package argoproj_argoprojio


// Analysis configuration for the analysis runs to retain.
type RolloutSpecAnalysis struct {
	// SuccessfulRunHistoryLimit limits the number of old successful analysis runs and experiments to be retained in a history.
	SuccessfulRunHistoryLimit *float64 `field:"optional" json:"successfulRunHistoryLimit" yaml:"successfulRunHistoryLimit"`
	// UnsuccessfulRunHistoryLimit limits the number of old unsuccessful analysis runs and experiments to be retained in a history.
	//
	// Stages for unsuccessful: "Error", "Failed", "Inconclusive".
	UnsuccessfulRunHistoryLimit *float64 `field:"optional" json:"unsuccessfulRunHistoryLimit" yaml:"unsuccessfulRunHistoryLimit"`
}

