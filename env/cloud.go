package env

import (
	"maps"
	"net/netip"
	"regexp"
	"slices"
	"strings"
)

// CloudName names a cloud profile: where an environment's cluster runs.
type CloudName string

// The clouds an environment can run on: the three managed Kubernetes services ADR 004 names,
// and Kind on a developer's machine.
const (
	AWS   CloudName = "aws"
	Azure CloudName = "azure"
	GCP   CloudName = "gcp"
	Kind  CloudName = "kind"
)

// CloudNames are the clouds, in the order messages list them.
var CloudNames = []CloudName{AWS, Azure, GCP, Kind}

// ParseCloud reads a --cloud value.
func ParseCloud(s string) (CloudName, bool) {
	c := CloudName(s)
	return c, slices.Contains(CloudNames, c)
}

// Cloud is what differs between the clouds, the same for every environment on one. Everything
// cloud-specific the output carries comes from here or from an environment's CloudSettings;
// no other code names a cloud's services, classes or addresses.
type Cloud struct {
	// Name is the profile's name.
	Name CloudName
	// Kubernetes is the managed Kubernetes service, for messages and docs.
	Kubernetes string
	// StorageClass is the block-storage class of Redis's volume: the cloud's CSI driver with
	// volumeBindingMode WaitForFirstConsumer, so that a volume is made in the zone where its pod
	// is scheduled (docs/clouds/ says how to create it where the cluster lacks it).
	StorageClass string
	// StoreProvider is the External Secrets Operator's provider for the cloud's secret manager:
	// "aws" (Secrets Manager), "azurekv" (Key Vault) or "gcpsm" (Secret Manager); empty where
	// credentials are never read from a store (Kind).
	StoreProvider StoreProvider
	// IdentityAnnotation is the ServiceAccount annotation that binds the secret store's
	// ServiceAccount to a cloud identity (workload identity): IRSA's role, Azure's client ID,
	// GKE's Google service account.
	IdentityAnnotation string
	// Database is the managed PostgreSQL service, for messages and docs.
	Database string
	// DatabaseEndpointSuffix is how the service's endpoints end, when they have a fixed form;
	// validation checks an environment's endpoint against it.
	DatabaseEndpointSuffix string
	// ForbiddenAddresses are the cloud's metadata and host addresses, in both families, that a
	// pod with internet access must never reach: they hand out the node's credentials.
	ForbiddenAddresses []string
	// PolicyEngine is what enforces the output's NetworkPolicies on this cloud, which the cluster
	// must run (docs/cluster.md): without one, the API server stores every policy and nothing
	// applies it, so the workers' fence and every default deny are open.
	PolicyEngine string
	// LoadBalancerAnnotations are what the ingress controller's Service needs on this cloud for
	// an internet-facing load balancer. The output does not carry that Service (the cluster's
	// ingress-nginx installation does); docs/clouds/ lists them for whoever installs it.
	LoadBalancerAnnotations map[string]string
}

// StoreProvider is a cloud's secret manager, as the External Secrets Operator names it.
type StoreProvider string

// The secret managers.
const (
	SecretsManager StoreProvider = "aws"
	KeyVault       StoreProvider = "azurekv"
	SecretManager  StoreProvider = "gcpsm"
)

// metadataAddress is the link-local address every cloud serves instance metadata on.
const metadataAddress = "169.254.169.254/32"

var clouds = map[CloudName]Cloud{
	AWS: {Name: AWS, Kubernetes: "Amazon EKS", StorageClass: "gp3", StoreProvider: SecretsManager,
		IdentityAnnotation: "eks.amazonaws.com/role-arn",
		Database:           "Amazon RDS for PostgreSQL", DatabaseEndpointSuffix: ".rds.amazonaws.com",
		ForbiddenAddresses: []string{metadataAddress, "fd00:ec2::254/128"},
		PolicyEngine:       "the Amazon VPC CNI's network policy agent (VPC CNI v1.14 or newer, with enableNetworkPolicy: \"true\")",
		LoadBalancerAnnotations: map[string]string{
			"service.beta.kubernetes.io/aws-load-balancer-type":   "external",
			"service.beta.kubernetes.io/aws-load-balancer-scheme": "internet-facing",
		}},
	Azure: {Name: Azure, Kubernetes: "Azure Kubernetes Service", StorageClass: "managed-csi", StoreProvider: KeyVault,
		IdentityAnnotation: "azure.workload.identity/client-id",
		Database:           "Azure Database for PostgreSQL flexible server", DatabaseEndpointSuffix: ".postgres.database.azure.com",
		// 168.63.129.16 is Azure's host address (DNS, DHCP, the VM agent's health): public, so no
		// private range covers it.
		ForbiddenAddresses: []string{metadataAddress, "168.63.129.16/32"},
		PolicyEngine:       "Azure CNI powered by Cilium (--network-dataplane cilium)",
		LoadBalancerAnnotations: map[string]string{
			"service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path": "/healthz",
		}},
	GCP: {Name: GCP, Kubernetes: "Google Kubernetes Engine", StorageClass: "premium-rwo", StoreProvider: SecretManager,
		IdentityAnnotation: "iam.gke.io/gcp-service-account",
		// Cloud SQL is reached by its private IP address, or through its Auth Proxy: no fixed
		// endpoint form.
		Database:           "Cloud SQL for PostgreSQL",
		ForbiddenAddresses: []string{metadataAddress},
		PolicyEngine:       "GKE Dataplane V2 (--enable-dataplane-v2)",
		LoadBalancerAnnotations: map[string]string{
			"cloud.google.com/l4-rbs": "enabled",
		}},
	Kind: {Name: Kind, Kubernetes: "Kind", StorageClass: "standard", Database: "PostgreSQL on the developer's machine",
		ForbiddenAddresses: []string{metadataAddress},
		PolicyEngine:       "kindnet's network policies (Kind v0.24 or newer)"},
}

// Profile returns a cloud's profile, and whether there is one.
func Profile(name CloudName) (Cloud, bool) {
	c, ok := clouds[name]
	return c, ok
}

// SecretName is a store key (Secrets.DatabaseKey, Secrets.RedisKey) as the cloud's secret
// manager names it: Key Vault and Secret Manager names cannot hold "/", which becomes "-".
func (c Cloud) SecretName(key string) string {
	if c.StoreProvider == SecretsManager {
		return key
	}
	return strings.ReplaceAll(key, "/", "-")
}

// NAT64Prefixes are the well-known and the local-use NAT64 prefixes (RFC 6052, RFC 8215). A NAT64
// gateway (EKS's NAT gateway with DNS64) forwards an address in them to the IPv4 address it
// embeds, the VPC's and the metadata address's included: IPv6 internet access must except them.
var NAT64Prefixes = []string{"64:ff9b::/96", "64:ff9b:1::/48"}

// OwnAddresses are the addresses of one family that a tier with internet access must not reach
// beyond the cloud's forbidden ones: the cluster network's own ranges, and on IPv6 the NAT64
// prefixes, through which IPv4 addresses are reached.
func (e Environment) OwnAddresses(family IPFamily) []string {
	var out []string
	for _, a := range e.On().NetworkCIDRs {
		if p, err := netip.ParsePrefix(a); err == nil && p.Addr().Is6() == (family == IPv6) {
			out = append(out, p.Masked().String())
		}
	}
	if family == IPv6 {
		out = append(out, NAT64Prefixes...)
	}
	return out
}

// Covered reports whether one of ranges contains the whole of cidr: what the policies' builder
// and the guardrails that read its output both ask of an exception list.
func Covered(ranges []string, cidr string) bool {
	p, err := netip.ParsePrefix(cidr)
	if err != nil {
		return false
	}
	for _, r := range ranges {
		if q, err := netip.ParsePrefix(r); err == nil && q.Bits() <= p.Bits() && q.Contains(p.Addr()) {
			return true
		}
	}
	return false
}

// ForbiddenIn returns the cloud's forbidden addresses of one IP family.
func (c Cloud) ForbiddenIn(family IPFamily) []string {
	var out []string
	for _, a := range c.ForbiddenAddresses {
		if p, err := netip.ParsePrefix(a); err == nil && p.Addr().Is6() == (family == IPv6) {
			out = append(out, a)
		}
	}
	return out
}

// CloudSettings are one environment's values on one cloud: its accounts, endpoints and
// identities, which the profile cannot know.
type CloudSettings struct {
	// ImageRegistry is the repository prefix of the app's images, e.g. an ECR, ACR or Artifact
	// Registry repository.
	ImageRegistry string
	// RegistryMirror is where Docker Hub's images (Redis) are pulled from, e.g. a pull-through
	// cache; "docker.io" means Docker Hub itself.
	RegistryMirror string
	// DatabaseEndpoint is the managed database's DNS name, which the apps connect to: with
	// sslmode verify-full the server's certificate must name the host dialled. The in-cluster
	// postgres Service is an ExternalName alias for it, kept for people (psql from a debug pod),
	// never for the apps.
	DatabaseEndpoint string
	// NetworkCIDRs are the address ranges of the cluster's own network: the VPC's (VNet's) IPv4
	// ranges and its IPv6 range. A tier with internet access may reach none of them. An IPv6
	// range is required on a cluster with IPv6 pods: it is global (EKS gives a VPC a /56 of
	// Amazon's addresses), so no private range covers it.
	NetworkCIDRs []string
	// DatabaseCIDR is the address range of the database's subnet: the backend and workers may
	// reach it on the database port.
	DatabaseCIDR string
	// DatabaseCABundle names the ConfigMap holding the database's certificate authorities under
	// key DatabaseCAKey, which its clients mount at DatabaseCADir; empty when SSLMode verifies
	// nothing. It is provided outside this program (docs/clouds/ says how), as the bundle is the
	// cloud's to publish and rotate.
	DatabaseCABundle string
	// Identity is the cloud identity the secret store's ServiceAccount acts as: an IAM role's
	// ARN (AWS), a managed identity's client ID (Azure), a Google service account (GCP).
	Identity string
	// Region is the AWS region of Secrets Manager.
	Region string
	// VaultURL and TenantID locate the Azure Key Vault.
	VaultURL, TenantID string
	// ProjectID is the GCP project of Secret Manager; ClusterName and ClusterLocation name the
	// GKE cluster whose workload identity the store uses.
	ProjectID, ClusterName, ClusterLocation string
}

// Profile is the environment's cloud profile.
func (e Environment) Profile() Cloud { return clouds[e.Cloud] }

// On are the environment's settings on its cloud.
func (e Environment) On() CloudSettings { return e.Clouds[e.Cloud] }

// OnCloud is the environment on another cloud, with the settings it has there.
func (e Environment) OnCloud(name CloudName) Environment {
	e.Cloud = name
	return e
}

// IPFamily is an IP address family of the cluster's pods.
type IPFamily string

// The families, as Kubernetes names them.
const (
	IPv4 IPFamily = "IPv4"
	IPv6 IPFamily = "IPv6"
)

// IPFamilies say which families the cluster's pods have: IPv4, IPv6, or both (dual-stack).
type IPFamilies []IPFamily

// Has reports whether the cluster's pods have the family.
func (fs IPFamilies) Has(f IPFamily) bool { return slices.Contains(fs, f) }

// String writes the families, e.g. "IPv4,IPv6".
func (fs IPFamilies) String() string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = string(f)
	}
	return strings.Join(parts, ",")
}

// ChangeOn changes the environment's settings on its current cloud, on a copy of the map, so
// that a variant or a test never changes the environment it was derived from.
func (e *Environment) ChangeOn(change func(*CloudSettings)) {
	clouds := maps.Clone(e.Clouds)
	if clouds == nil {
		clouds = map[CloudName]CloudSettings{}
	}
	s := clouds[e.Cloud]
	change(&s)
	clouds[e.Cloud] = s
	e.Clouds = clouds
}

// checkSettings checks what the cloud's secret store needs of an environment's settings there,
// naming each field f+<Field>.
func (c Cloud) checkSettings(v *validator, f string, s CloudSettings) {
	switch c.Name {
	case AWS:
		v.check(awsRolePattern.MatchString(s.Identity), f+"Identity", s.Identity, "an IAM role's ARN, arn:aws:iam::<12 digits>:role/<name>")
		v.check(awsRegionPattern.MatchString(s.Region), f+"Region", s.Region, "an AWS region, such as eu-central-1")
	case Azure:
		v.check(uuidPattern.MatchString(s.Identity), f+"Identity", s.Identity, "the client ID (a UUID) of the managed identity that may read the vault")
		v.check(uuidPattern.MatchString(s.TenantID), f+"TenantID", s.TenantID, "the Microsoft Entra tenant ID, a UUID")
		v.check(vaultURLPattern.MatchString(s.VaultURL), f+"VaultURL", s.VaultURL, "a Key Vault URL, https://<name>.vault.azure.net")
	case GCP:
		v.check(gsaPattern.MatchString(s.Identity), f+"Identity", s.Identity, "a Google service account, <name>@<project>.iam.gserviceaccount.com")
		v.dnsLabel(f+"ProjectID", s.ProjectID)
		v.dnsLabel(f+"ClusterName", s.ClusterName)
		v.dnsLabel(f+"ClusterLocation", s.ClusterLocation)
	}
}

// The forms of the clouds' identities and addresses.
var (
	awsRolePattern   = regexp.MustCompile(`^arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$`)
	awsRegionPattern = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-[0-9]$`)
	uuidPattern      = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	vaultURLPattern  = regexp.MustCompile(`^https://[a-z0-9-]{3,24}\.vault\.azure\.net/?$`)
	gsaPattern       = regexp.MustCompile(`^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com$`)
)
