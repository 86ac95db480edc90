package argoproj_argoprojio


type AnalysisTemplateSpecArgsValueFrom struct {
	FieldRef *AnalysisTemplateSpecArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	SecretKeyRef *AnalysisTemplateSpecArgsValueFromSecretKeyRef `field:"optional" json:"secretKeyRef" yaml:"secretKeyRef"`
}

