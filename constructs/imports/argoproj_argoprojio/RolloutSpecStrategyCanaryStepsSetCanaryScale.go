package argoproj_argoprojio


// SetCanaryScale defines how to scale the newRS without changing traffic weight.
type RolloutSpecStrategyCanaryStepsSetCanaryScale struct {
	// MatchTrafficWeight cancels out previously set Replicas or Weight, effectively activating SetWeight.
	MatchTrafficWeight *bool `field:"optional" json:"matchTrafficWeight" yaml:"matchTrafficWeight"`
	// Replicas sets the number of replicas the newRS should have.
	Replicas *float64 `field:"optional" json:"replicas" yaml:"replicas"`
	// Weight sets the percentage of replicas the newRS should have.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

