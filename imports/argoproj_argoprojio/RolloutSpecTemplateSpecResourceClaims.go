package argoproj_argoprojio


type RolloutSpecTemplateSpecResourceClaims struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	ResourceClaimName *string `field:"optional" json:"resourceClaimName" yaml:"resourceClaimName"`
	ResourceClaimTemplateName *string `field:"optional" json:"resourceClaimTemplateName" yaml:"resourceClaimTemplateName"`
}

