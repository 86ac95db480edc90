package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingSmi struct {
	RootService *string `field:"optional" json:"rootService" yaml:"rootService"`
	TrafficSplitName *string `field:"optional" json:"trafficSplitName" yaml:"trafficSplitName"`
}

