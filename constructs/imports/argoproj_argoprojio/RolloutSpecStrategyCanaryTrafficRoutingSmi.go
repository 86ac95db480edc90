package argoproj_argoprojio


// SMI holds TrafficSplit specific configuration to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingSmi struct {
	// RootService holds the name of that clients use to communicate.
	RootService *string `field:"optional" json:"rootService" yaml:"rootService"`
	// TrafficSplitName holds the name of the TrafficSplit.
	TrafficSplitName *string `field:"optional" json:"trafficSplitName" yaml:"trafficSplitName"`
}

