package argoproj_argoprojio


type RolloutSpecTemplateSpecHostAliases struct {
	Ip *string `field:"required" json:"ip" yaml:"ip"`
	Hostnames *[]*string `field:"optional" json:"hostnames" yaml:"hostnames"`
}

