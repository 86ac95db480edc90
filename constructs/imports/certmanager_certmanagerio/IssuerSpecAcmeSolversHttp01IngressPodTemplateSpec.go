package certmanager_certmanagerio


// PodSpec defines overrides for the HTTP01 challenge solver pod.
//
// Check ACMEChallengeSolverHTTP01IngressPodSpec to find out currently supported fields.
// All other fields will be ignored.
type IssuerSpecAcmeSolversHttp01IngressPodTemplateSpec struct {
	// If specified, the pod's scheduling constraints.
	Affinity *IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecAffinity `field:"optional" json:"affinity" yaml:"affinity"`
	// If specified, the pod's imagePullSecrets.
	ImagePullSecrets *[]*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecImagePullSecrets `field:"optional" json:"imagePullSecrets" yaml:"imagePullSecrets"`
	// NodeSelector is a selector which must be true for the pod to fit on a node.
	//
	// Selector which must match a node's labels for the pod to be scheduled on that node.
	// More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
	NodeSelector *map[string]*string `field:"optional" json:"nodeSelector" yaml:"nodeSelector"`
	// If specified, the pod's priorityClassName.
	PriorityClassName *string `field:"optional" json:"priorityClassName" yaml:"priorityClassName"`
	// If specified, the pod's resource requirements.
	//
	// These values override the global resource configuration flags.
	// Note that when only specifying resource limits, ensure they are greater than or equal
	// to the corresponding global resource requests configured via controller flags
	// (--acme-http01-solver-resource-request-cpu, --acme-http01-solver-resource-request-memory).
	// Kubernetes will reject pod creation if limits are lower than requests, causing challenge failures.
	Resources *IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResources `field:"optional" json:"resources" yaml:"resources"`
	// If specified, the pod's security context.
	SecurityContext *IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	// If specified, the pod's service account.
	ServiceAccountName *string `field:"optional" json:"serviceAccountName" yaml:"serviceAccountName"`
	// If specified, the pod's tolerations.
	Tolerations *[]*IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecTolerations `field:"optional" json:"tolerations" yaml:"tolerations"`
}

