package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec struct {
	Containers *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers `field:"required" json:"containers" yaml:"containers"`
	ActiveDeadlineSeconds *float64 `field:"optional" json:"activeDeadlineSeconds" yaml:"activeDeadlineSeconds"`
	Affinity *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity `field:"optional" json:"affinity" yaml:"affinity"`
	AutomountServiceAccountToken *bool `field:"optional" json:"automountServiceAccountToken" yaml:"automountServiceAccountToken"`
	DnsConfig *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig `field:"optional" json:"dnsConfig" yaml:"dnsConfig"`
	DnsPolicy *string `field:"optional" json:"dnsPolicy" yaml:"dnsPolicy"`
	EnableServiceLinks *bool `field:"optional" json:"enableServiceLinks" yaml:"enableServiceLinks"`
	EphemeralContainers *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers `field:"optional" json:"ephemeralContainers" yaml:"ephemeralContainers"`
	HostAliases *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases `field:"optional" json:"hostAliases" yaml:"hostAliases"`
	HostIpc *bool `field:"optional" json:"hostIpc" yaml:"hostIpc"`
	Hostname *string `field:"optional" json:"hostname" yaml:"hostname"`
	HostnameOverride *string `field:"optional" json:"hostnameOverride" yaml:"hostnameOverride"`
	HostNetwork *bool `field:"optional" json:"hostNetwork" yaml:"hostNetwork"`
	HostPid *bool `field:"optional" json:"hostPid" yaml:"hostPid"`
	HostUsers *bool `field:"optional" json:"hostUsers" yaml:"hostUsers"`
	ImagePullSecrets *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets `field:"optional" json:"imagePullSecrets" yaml:"imagePullSecrets"`
	InitContainers *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers `field:"optional" json:"initContainers" yaml:"initContainers"`
	NodeName *string `field:"optional" json:"nodeName" yaml:"nodeName"`
	NodeSelector *map[string]*string `field:"optional" json:"nodeSelector" yaml:"nodeSelector"`
	Os *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs `field:"optional" json:"os" yaml:"os"`
	Overhead *map[string]AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead `field:"optional" json:"overhead" yaml:"overhead"`
	PreemptionPolicy *string `field:"optional" json:"preemptionPolicy" yaml:"preemptionPolicy"`
	Priority *float64 `field:"optional" json:"priority" yaml:"priority"`
	PriorityClassName *string `field:"optional" json:"priorityClassName" yaml:"priorityClassName"`
	ReadinessGates *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates `field:"optional" json:"readinessGates" yaml:"readinessGates"`
	ResourceClaims *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims `field:"optional" json:"resourceClaims" yaml:"resourceClaims"`
	Resources *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources `field:"optional" json:"resources" yaml:"resources"`
	RestartPolicy *string `field:"optional" json:"restartPolicy" yaml:"restartPolicy"`
	RuntimeClassName *string `field:"optional" json:"runtimeClassName" yaml:"runtimeClassName"`
	SchedulerName *string `field:"optional" json:"schedulerName" yaml:"schedulerName"`
	SchedulingGates *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates `field:"optional" json:"schedulingGates" yaml:"schedulingGates"`
	SecurityContext *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext `field:"optional" json:"securityContext" yaml:"securityContext"`
	ServiceAccount *string `field:"optional" json:"serviceAccount" yaml:"serviceAccount"`
	ServiceAccountName *string `field:"optional" json:"serviceAccountName" yaml:"serviceAccountName"`
	SetHostnameAsFqdn *bool `field:"optional" json:"setHostnameAsFqdn" yaml:"setHostnameAsFqdn"`
	ShareProcessNamespace *bool `field:"optional" json:"shareProcessNamespace" yaml:"shareProcessNamespace"`
	Subdomain *string `field:"optional" json:"subdomain" yaml:"subdomain"`
	TerminationGracePeriodSeconds *float64 `field:"optional" json:"terminationGracePeriodSeconds" yaml:"terminationGracePeriodSeconds"`
	Tolerations *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations `field:"optional" json:"tolerations" yaml:"tolerations"`
	TopologySpreadConstraints *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints `field:"optional" json:"topologySpreadConstraints" yaml:"topologySpreadConstraints"`
	Volumes interface{} `field:"optional" json:"volumes" yaml:"volumes"`
}

