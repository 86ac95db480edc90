package argocd_argoprojio


type ApplicationOperationInfo struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

