package certmanager_certmanagerio


// Auth: Azure Workload Identity or Azure Managed Service Identity: Settings to enable Azure Workload Identity or Azure Managed Service Identity If set, ClientID, ClientSecret and TenantID must not be set.
type IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity struct {
	// client ID of the managed identity, cannot be used at the same time as resourceID.
	ClientId *string `field:"optional" json:"clientId" yaml:"clientId"`
	// resource ID of the managed identity, cannot be used at the same time as clientID Cannot be used for Azure Managed Service Identity.
	ResourceId *string `field:"optional" json:"resourceId" yaml:"resourceId"`
	// tenant ID of the managed identity, cannot be used at the same time as resourceID.
	TenantId *string `field:"optional" json:"tenantId" yaml:"tenantId"`
}

