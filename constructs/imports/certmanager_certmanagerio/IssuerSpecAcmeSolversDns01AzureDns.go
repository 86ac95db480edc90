package certmanager_certmanagerio


// Use the Microsoft Azure DNS API to manage DNS01 challenge records.
type IssuerSpecAcmeSolversDns01AzureDns struct {
	// resource group the DNS zone is located in.
	ResourceGroupName *string `field:"required" json:"resourceGroupName" yaml:"resourceGroupName"`
	// ID of the Azure subscription.
	SubscriptionId *string `field:"required" json:"subscriptionId" yaml:"subscriptionId"`
	// Auth: Azure Service Principal: The ClientID of the Azure Service Principal used to authenticate with Azure DNS.
	//
	// If set, ClientSecret and TenantID must also be set.
	ClientId *string `field:"optional" json:"clientId" yaml:"clientId"`
	// Auth: Azure Service Principal: A reference to a Secret containing the password associated with the Service Principal.
	//
	// If set, ClientID and TenantID must also be set.
	ClientSecretSecretRef *IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef `field:"optional" json:"clientSecretSecretRef" yaml:"clientSecretSecretRef"`
	// name of the Azure environment (default AzurePublicCloud).
	Environment IssuerSpecAcmeSolversDns01AzureDnsEnvironment `field:"optional" json:"environment" yaml:"environment"`
	// name of the DNS zone that should be used.
	HostedZoneName *string `field:"optional" json:"hostedZoneName" yaml:"hostedZoneName"`
	// Auth: Azure Workload Identity or Azure Managed Service Identity: Settings to enable Azure Workload Identity or Azure Managed Service Identity If set, ClientID, ClientSecret and TenantID must not be set.
	ManagedIdentity *IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity `field:"optional" json:"managedIdentity" yaml:"managedIdentity"`
	// Auth: Azure Service Principal: The TenantID of the Azure Service Principal used to authenticate with Azure DNS.
	//
	// If set, ClientID and ClientSecret must also be set.
	TenantId *string `field:"optional" json:"tenantId" yaml:"tenantId"`
}

