package env

import (
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"

	c "github.com/screenshot-algo/k8s/constructs"
)

// Problem is one invalid value in an environment.
type Problem struct {
	// Env is the environment's name.
	Env string
	// Field is the path of the value, e.g. "Tiers[worker].Replicas".
	Field string
	// Value is the bad value as the user wrote it.
	Value string
	// Allowed says what would be accepted.
	Allowed string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: %s: %q is invalid; allowed: %s", p.Env, p.Field, p.Value, p.Allowed)
}

// Problems is every problem found in one or more environments. It is an error when not empty.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// LogLevels are the log levels the app understands.
var LogLevels = []string{"debug", "info", "warn", "error"}

var (
	// digestPattern is a SHA-256 image digest.
	digestPattern = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
	// imageTagPattern is the OCI distribution spec's tag grammar.
	imageTagPattern = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`)
	// registryPattern is a registry host (with optional port) followed by lowercase path parts.
	registryPattern = regexp.MustCompile(`^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)*$`)
	// secretKeyPattern is an AWS Secrets Manager secret name.
	secretKeyPattern = regexp.MustCompile(`^[A-Za-z0-9/_+=.@-]{1,512}$`)
	// databaseNamePattern is an unquoted PostgreSQL identifier.
	databaseNamePattern = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)
)

const secretKeyAllowed = "an AWS Secrets Manager secret name: 1 to 512 letters, digits and /_+=.@-"

// ValidateImageTag checks a tag on its own, so the CLI can vet --image-tag and IMAGE_TAG.
func ValidateImageTag(tag string) (allowed string, ok bool) {
	allowed = "1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-', and never \"latest\""
	return allowed, imageTagPattern.MatchString(tag) && tag != "latest"
}

// digestAllowed describes a valid digest, for messages.
const digestAllowed = "sha256: and 64 lowercase hex digits, the digest the registry gave the pushed image"

// ValidateDigest checks a digest on its own, so the CLI can vet --image-tag TAG@DIGEST.
func ValidateDigest(digest string) (allowed string, ok bool) {
	return digestAllowed, digestPattern.MatchString(digest)
}

// Validate checks the environment once, before any construct is built, and returns every
// problem it finds (nil when there are none).
func (e Environment) Validate() error {
	v := &validator{env: e.Name}
	if e.Name == "" {
		v.env = "(unnamed environment)"
	}
	v.dnsLabel("Name", e.Name)
	v.dnsLabel("Namespace", e.Namespace)
	v.cloud(e)
	if allowed, ok := ValidateImageTag(e.ImageTag); !ok {
		v.add("ImageTag", e.ImageTag, allowed)
	}
	for _, t := range e.Tiers {
		d, ok := e.ImageDigests[t.Name]
		switch {
		case ok:
			v.check(digestPattern.MatchString(d), "ImageDigests["+t.Name+"]", d, digestAllowed)
		case e.RequireImageDigests:
			v.add("ImageDigests["+t.Name+"]", "", "a digest: this environment runs images by digest only; give --image-tag TAG@sha256:... "+
				"(one image for every tier) or --image-digest "+t.Name+"=sha256:...")
		}
	}
	for name := range e.ImageDigests {
		if _, ok := e.TierNamed(name); !ok {
			v.add("ImageDigests", name, "the name of a tier")
		}
	}
	v.oneOf("LogLevel", e.LogLevel, LogLevels)

	v.ingress(e.Ingress)
	if e.ReleasesWithRollouts() {
		v.hostname("Ingress.PreviewHost", e.Ingress.PreviewHost)
		v.check(e.Ingress.PreviewHost != e.Ingress.Host, "Ingress.PreviewHost", e.Ingress.PreviewHost,
			"a host other than Ingress.Host: the preview must never take live traffic")
		v.dnsSubdomain("Ingress.PreviewTLSSecretName", e.Ingress.PreviewTLSSecretName)
		v.check(e.Ingress.PreviewTLSSecretName != e.Ingress.TLSSecretName, "Ingress.PreviewTLSSecretName", e.Ingress.PreviewTLSSecretName,
			"a Secret other than Ingress.TLSSecretName: each Secret has one Certificate, or their renewals overwrite each other")
		v.dnsSubdomain("Ingress.PreviewCertificateIssuer", e.Ingress.PreviewCertificateIssuer)
	}

	v.oneOf("Database.SSLMode", e.Database.SSLMode, SSLModes)
	if e.Secrets.Protected {
		v.check(e.Database.SSLMode == "verify-full", "Database.SSLMode", e.Database.SSLMode,
			"verify-full in an environment with real data: it checks the certificate and that it names the endpoint")
	}
	v.port("Database.Port", e.Database.Port)
	v.check(databaseNamePattern.MatchString(e.Database.Name), "Database.Name", e.Database.Name,
		"a PostgreSQL identifier: lowercase letters, digits and '_', not starting with a digit, at most 63 characters")

	v.dnsLabel("Monitoring.Namespace", e.Monitoring.Namespace)
	if e.Mesh.Istio {
		v.dnsLabel("Mesh.ControlPlaneNamespace", e.Mesh.ControlPlaneNamespace)
		v.resources("Mesh.ProxyResources", e.Mesh.ProxyResources)
	}
	v.url("Monitoring.PrometheusURL", e.Monitoring.PrometheusURL)
	v.url("Monitoring.RunbookBaseURL", e.Monitoring.RunbookBaseURL)
	v.metricSchema("Monitoring.Metrics", e.Monitoring.Metrics)
	for k, val := range e.Monitoring.Labels {
		v.check(len(validation.IsQualifiedName(k)) == 0 && len(validation.IsValidLabelValue(val)) == 0, "Monitoring.Labels", k+"="+val,
			"Kubernetes label keys and values: at most 63 characters of letters, digits, '-', '_' and '.'")
	}
	v.dnsLabel("Network.DNSNamespace", e.Network.DNSNamespace)
	families := map[string]bool{"IPv4": true, "IPv6": true, "IPv4,IPv6": true, "IPv6,IPv4": true}
	v.check(families[e.Network.IPFamilies.String()], "Network.IPFamilies", e.Network.IPFamilies.String(),
		"IPv4, IPv6, or both for a dual-stack cluster (IPv4,IPv6)")
	if e.Network.NodeLocalDNS != "" {
		ip := net.ParseIP(e.Network.NodeLocalDNS)
		forbidden := slices.ContainsFunc(e.Profile().ForbiddenAddresses, func(cidr string) bool {
			_, block, err := net.ParseCIDR(cidr)
			return err == nil && ip != nil && block.Contains(ip)
		})
		v.check(ip != nil && ip.To4() != nil && ip.IsLinkLocalUnicast() && !forbidden, "Network.NodeLocalDNS", e.Network.NodeLocalDNS,
			"empty, or NodeLocal DNSCache's link-local IPv4 address, such as 169.254.20.10 (never the cloud's metadata address)")
	}

	v.positiveQuantity("Redis.StorageSize", e.Redis.StorageSize)
	v.resources("Redis.Resources", e.Redis.Resources)

	if !e.Secrets.DevelopmentLiterals {
		d, err := time.ParseDuration(e.Secrets.RefreshInterval)
		v.check(err == nil && d >= time.Minute && d <= time.Hour, "Secrets.RefreshInterval", e.Secrets.RefreshInterval,
			"a duration from 1m to 1h, such as 5m: how long a rotated credential may take to reach the apps")
	}
	if e.Secrets.DevelopmentLiterals && e.Secrets.Protected {
		v.add("Secrets.DevelopmentLiterals", "true",
			"false in a protected environment: its credentials must be provisioned outside this program, never written to dist/")
	}
	if !e.Secrets.DevelopmentLiterals {
		v.check(secretKeyPattern.MatchString(e.Secrets.DatabaseKey), "Secrets.DatabaseKey", e.Secrets.DatabaseKey, secretKeyAllowed)
		v.check(secretKeyPattern.MatchString(e.Secrets.RedisKey), "Secrets.RedisKey", e.Secrets.RedisKey, secretKeyAllowed)
	}

	v.delivery(e.Delivery)
	v.tiers(e, e.Tiers)
	v.gitOps(e.GitOps)
	if len(v.problems) == 0 {
		return nil
	}
	return v.problems
}

// cloud checks the environment's cloud and its settings there: everything its profile needs,
// each named as Clouds[<cloud>].<Field>.
func (v *validator) cloud(e Environment) {
	profile, ok := Profile(e.Cloud)
	if !ok {
		v.add("Cloud", string(e.Cloud), "one of "+CloudList())
		return
	}
	s, ok := e.Clouds[e.Cloud]
	if !ok {
		v.add("Clouds["+string(e.Cloud)+"]", "", "the environment's settings on "+profile.Kubernetes+": it has none")
		return
	}
	f := "Clouds[" + string(e.Cloud) + "]."
	v.check(registryPattern.MatchString(s.ImageRegistry), f+"ImageRegistry", s.ImageRegistry,
		"a lowercase registry host with optional port and path, e.g. registry.example.com/screenshot-algo")
	v.check(registryPattern.MatchString(s.RegistryMirror), f+"RegistryMirror", s.RegistryMirror,
		"a lowercase registry host with optional port and path, e.g. docker.io or a pull-through cache")
	v.hostname(f+"DatabaseEndpoint", s.DatabaseEndpoint)
	if suffix := profile.DatabaseEndpointSuffix; suffix != "" {
		v.check(strings.HasSuffix(s.DatabaseEndpoint, suffix), f+"DatabaseEndpoint", s.DatabaseEndpoint,
			"a "+profile.Database+" endpoint, ending in "+suffix)
	}
	_, _, cidrErr := net.ParseCIDR(s.DatabaseCIDR)
	v.check(cidrErr == nil, f+"DatabaseCIDR", s.DatabaseCIDR, "an address range in CIDR notation, such as 10.0.32.0/20")
	hasIPv6Range := false
	for _, cidr := range s.NetworkCIDRs {
		ip, _, err := net.ParseCIDR(cidr)
		v.check(err == nil, f+"NetworkCIDRs", cidr, "address ranges in CIDR notation, such as 10.0.0.0/16 and the VPC's IPv6 /56")
		hasIPv6Range = hasIPv6Range || (err == nil && ip.To4() == nil)
	}
	if slices.Contains(e.Network.IPFamilies, IPv6) {
		v.check(hasIPv6Range, f+"NetworkCIDRs", strings.Join(s.NetworkCIDRs, ","),
			"the cluster network's IPv6 range among them, on a cluster with IPv6 pods ("+e.Network.IPFamilies.String()+
				"): its addresses are global, so only this range keeps a tier with internet access out of the VPC")
	}
	if strings.HasPrefix(e.Database.SSLMode, "verify-") {
		v.dnsSubdomain(f+"DatabaseCABundle", s.DatabaseCABundle)
	}
	if e.Secrets.DevelopmentLiterals {
		return
	}
	if profile.StoreProvider == "" {
		v.add("Cloud", string(e.Cloud), "a cloud with a secret manager ("+CloudList()+" but kind): this environment reads its credentials from one")
		return
	}
	profile.checkSettings(v, f, s)
}

// CloudList lists the clouds for messages: "aws, azure, gcp, kind".
func CloudList() string {
	names := make([]string, len(CloudNames))
	for i, c := range CloudNames {
		names[i] = string(c)
	}
	return strings.Join(names, ", ")
}

// validator collects problems for one environment.
type validator struct {
	env      string
	problems Problems
}

// ingress checks the controller, the public host and how its certificate is issued.
func (v *validator) ingress(in IngressSettings) {
	names := make([]string, len(Controllers))
	for i, c := range Controllers {
		names[i] = string(c)
	}
	v.oneOf("Ingress.Controller", string(in.Controller), names)
	if in.MigratingFrom != "" {
		v.oneOf("Ingress.MigratingFrom", string(in.MigratingFrom), names)
		v.check(in.MigratingFrom != in.Controller, "Ingress.MigratingFrom", string(in.MigratingFrom),
			"empty, or the other controller than Ingress.Controller, which the cluster moves from")
	}
	v.hostname("Ingress.Host", in.Host)
	v.dnsSubdomain("Ingress.TLSSecretName", in.TLSSecretName)
	switch {
	case in.ACME != nil && in.CertificateIssuer != "":
		v.add("Ingress.CertificateIssuer", in.CertificateIssuer, "empty when Ingress.ACME is set: the output's ACME Issuer signs Host's certificate")
	case in.ACME != nil:
		v.url("Ingress.ACME.Server", in.ACME.Server)
		_, err := mail.ParseAddress(in.ACME.Email)
		v.check(err == nil && in.ACME.Email != "", "Ingress.ACME.Email", in.ACME.Email,
			"an email address, where the authority sends expiry warnings")
	default:
		v.dnsSubdomain("Ingress.CertificateIssuer", in.CertificateIssuer)
	}
}

func (v *validator) add(field, value, allowed string) {
	v.problems = append(v.problems, Problem{Env: v.env, Field: field, Value: value, Allowed: allowed})
}

func (v *validator) check(ok bool, field, value, allowed string) {
	if !ok {
		v.add(field, value, allowed)
	}
}

func (v *validator) oneOf(field, value string, allowed []string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	v.add(field, value, "one of "+joinNames(allowed))
}

func (v *validator) dnsLabel(field, value string) {
	v.check(len(validation.IsDNS1123Label(value)) == 0, field, value,
		"a DNS label: 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit")
}

func (v *validator) dnsSubdomain(field, value string) {
	v.check(len(validation.IsDNS1123Subdomain(value)) == 0, field, value,
		"a DNS subdomain: lowercase letters, digits, '-' and '.', at most 253 characters")
}

// hostname requires a fully qualified DNS name: at least two labels, no wildcard.
func (v *validator) hostname(field, value string) {
	v.check(len(validation.IsDNS1123Subdomain(value)) == 0 && strings.Contains(value, "."), field, value,
		"a fully qualified DNS name such as app.example.com: lowercase letters, digits, '-' and '.'")
}

// url requires an absolute http or https URL.
func (v *validator) url(field, value string) {
	u, err := url.Parse(value)
	v.check(err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "", field, value,
		"an absolute http:// or https:// URL, such as http://prometheus-operated.monitoring.svc:9090")
}

func (v *validator) port(field string, value int32) {
	v.check(value >= 1 && value <= 65535, field, fmt.Sprint(value), "a port number from 1 to 65535")
}

// quantity parses a Kubernetes quantity, reporting a problem when it does not parse or is not
// above zero.
func (v *validator) positiveQuantity(field, value string) (resource.Quantity, bool) {
	q, err := resource.ParseQuantity(value)
	if err != nil || q.Sign() <= 0 {
		v.add(field, value, "a Kubernetes quantity above zero, such as 250m, 0.5, 256Mi or 1Gi")
		return q, false
	}
	return q, true
}

// resources requires all four sizes, each a positive quantity, with no request above its limit.
func (v *validator) resources(field string, r c.Resources) {
	for _, pair := range []struct {
		name       string
		req, limit string
	}{{"CPU", r.CPURequest, r.CPULimit}, {"Memory", r.MemoryRequest, r.MemoryLimit}} {
		req, okReq := v.positiveQuantity(field+"."+pair.name+"Request", pair.req)
		limit, okLimit := v.positiveQuantity(field+"."+pair.name+"Limit", pair.limit)
		if okReq && okLimit && req.Cmp(limit) > 0 {
			v.add(field+"."+pair.name+"Request", pair.req,
				fmt.Sprintf("at most the %sLimit %s: Kubernetes rejects a request above its limit", pair.name, pair.limit))
		}
	}
	v.positiveQuantity(field+".EphemeralStorage", r.EphemeralStorage)
}

// maxTierNameLength keeps "screenshot-algo-<name>" within a 63-character label value.
var maxTierNameLength = validation.DNS1123LabelMaxLength - len(ObjectName(""))

func (v *validator) tiers(e Environment, tiers []Tier) {
	if len(tiers) == 0 {
		v.add("Tiers", "[]", "at least one tier")
	}
	names := map[string]bool{}
	for _, t := range tiers {
		names[t.Name] = true
	}
	seen := map[string]bool{}
	for i, t := range tiers {
		f := fmt.Sprintf("Tiers[%d]", i)
		if t.Name != "" {
			f = fmt.Sprintf("Tiers[%s]", t.Name)
		}
		v.check(len(validation.IsDNS1123Label(t.Name)) == 0 && len(t.Name) <= maxTierNameLength, f+".Name", t.Name,
			fmt.Sprintf("a DNS label of at most %d characters (object names are %q + name)", maxTierNameLength, ObjectName("")))
		if seen[t.Name] {
			v.add(f+".Name", t.Name, "a name no other tier has: tier names name the objects")
		}
		seen[t.Name] = true
		v.dnsLabel(f+".Component", t.Component)
		v.port(f+".Port", t.Port)
		v.check(t.Scaling.Min >= 1, f+".Scaling.Min", fmt.Sprint(t.Scaling.Min), "a whole number of at least 1")
		v.check(t.Scaling.Max >= t.Scaling.Min, f+".Scaling.Max", fmt.Sprint(t.Scaling.Max),
			fmt.Sprintf("at least Scaling.Min (%d): equal for a fixed count, above it to autoscale", t.Scaling.Min))
		if t.Scaling.Autoscaled() {
			v.check(t.Scaling.TargetCPUPercent >= 1 && t.Scaling.TargetCPUPercent <= 100, f+".Scaling.TargetCPUPercent",
				fmt.Sprint(t.Scaling.TargetCPUPercent), "a percentage of the CPU request from 1 to 100")
			v.check(t.Scaling.ScaleDownStabilizationSeconds >= 0 && t.Scaling.ScaleDownStabilizationSeconds <= 3600,
				f+".Scaling.ScaleDownStabilizationSeconds", fmt.Sprint(t.Scaling.ScaleDownStabilizationSeconds), "0 to 3600 seconds")
		}
		v.resources(f+".Resources", t.Resources)
		if t.MetricsPath != "" {
			v.path(f+".MetricsPath", t.MetricsPath)
			v.port(f+".MetricsPort", t.MetricsPort)
			v.check(t.MetricsPort != t.Port, f+".MetricsPort", fmt.Sprint(t.MetricsPort),
				fmt.Sprintf("a port other than Port (%d): metrics are served apart from the app, so no Ingress can expose them", t.Port))
		}
		v.path(f+".LivenessPath", t.LivenessPath)
		v.path(f+".ReadinessPath", t.ReadinessPath)
		v.probesOffUserPaths(f, t)
		if t.IngressPath != "" {
			v.path(f+".IngressPath", t.IngressPath)
			v.check(t.Exposed, f+".IngressPath", t.IngressPath, "empty unless Exposed is true: only a tier with a Service can be routed to")
		}
		if t.Exposed {
			v.check(t.PreStopSeconds >= MinPreStopSeconds, f+".PreStopSeconds", fmt.Sprint(t.PreStopSeconds),
				fmt.Sprintf("%d or more seconds for a tier behind a Service: a shorter wait lets requests reach a stopping pod", MinPreStopSeconds))
		} else {
			v.check(t.PreStopSeconds == 0, f+".PreStopSeconds", fmt.Sprint(t.PreStopSeconds), "0 for a tier no Service routes to: the wait would only delay its stop")
		}
		v.check(t.DrainSeconds >= 1, f+".DrainSeconds", fmt.Sprint(t.DrainSeconds), "1 or more seconds for the app to finish what it started")
		v.check(t.StartupSeconds >= 10, f+".StartupSeconds", fmt.Sprint(t.StartupSeconds), "10 or more seconds for a cold start")
		if e.Secrets.Protected && t.ConnectsTo(Internet) {
			v.check(t.Isolation.RuntimeClassName != "", f+".Isolation.RuntimeClassName", "",
				"a sandboxing RuntimeClass, such as gvisor, for a tier that fetches internet content in an environment with real data")
			v.check(t.Isolation.NodePool != "", f+".Isolation.NodePool", "",
				"a dedicated node pool for a tier that fetches internet content in an environment with real data")
		}
		if t.Isolation.RuntimeClassName != "" {
			v.dnsSubdomain(f+".Isolation.RuntimeClassName", t.Isolation.RuntimeClassName)
		}
		if t.Isolation.NodePool != "" {
			v.check(len(validation.IsValidLabelValue(t.Isolation.NodePool)) == 0, f+".Isolation.NodePool", t.Isolation.NodePool,
				"a Kubernetes label value: at most 63 characters of letters, digits, '-', '_' and '.'")
		}
		v.check(t.DNSNdots >= 0 && t.DNSNdots <= 15, f+".DNSNdots", fmt.Sprint(t.DNSNdots), "0 (the cluster's default) to 15")
		v.check(t.Priority == "" || slices.Contains(Priorities, t.Priority), f+".Priority", string(t.Priority),
			fmt.Sprintf("empty, %s or %s", Critical, Preemptible))
		if t.SharedMemorySize != "" {
			v.positiveQuantity(f+".SharedMemorySize", t.SharedMemorySize)
		}
		v.check(t.DisruptionPercent >= 0 && t.DisruptionPercent <= 100, f+".DisruptionPercent", fmt.Sprint(t.DisruptionPercent),
			"0 (one pod at a time) to 100")
		if t.Strategy != "" {
			v.strategy(e, f, t)
		}
		declared := map[string]bool{}
		for _, dep := range t.Connects {
			external := dep == Redis || dep == Postgres || dep == Internet
			v.check((external || names[dep]) && dep != t.Name && !declared[dep], f+".Connects", dep,
				fmt.Sprintf("once each, another tier's name or one of %s", joinNames([]string{Redis, Postgres, Internet})))
			v.check(external || !names[dep] || tierByName(tiers, dep).Exposed, f+".Connects", dep,
				"a tier with Exposed set: only a tier with a Service can be connected to")
			declared[dep] = true
		}
	}
}

// strategy checks that a tier can be released the way it asks.
func (v *validator) strategy(e Environment, f string, t Tier) {
	if !slices.Contains(Strategies, t.Strategy) {
		v.add(f+".Strategy", string(t.Strategy), "one of "+strategyNames())
		return
	}
	if t.Strategy == RollingUpdate {
		return
	}
	v.check(e.Delivery.ArgoRollouts, f+".Strategy", string(t.Strategy),
		"RollingUpdate where Delivery.ArgoRollouts is off: no Argo Rollouts controller runs there to release a Rollout")
	v.check(t.Public(), f+".Strategy", string(t.Strategy),
		"RollingUpdate for a tier without a Service, IngressPath and MetricsPath: blue-green and canary route traffic at the Ingress and judge it by the tier's metrics")
}

// ReleasesWithRollouts reports whether any tier is released by an Argo Rollout.
func (e Environment) ReleasesWithRollouts() bool {
	return slices.ContainsFunc(e.Tiers, e.UsesRollout)
}

// strategyNames lists the strategies for messages.
func strategyNames() string {
	var n []string
	for _, s := range Strategies {
		n = append(n, string(s))
	}
	return joinNames(n)
}

// delivery checks the release settings.
func (v *validator) delivery(d DeliverySettings) {
	v.check(d.ScaleDownDelaySeconds >= 0, "Delivery.ScaleDownDelaySeconds", fmt.Sprint(d.ScaleDownDelaySeconds), "0 or more seconds")
	v.check(len(d.CanarySteps) > 0, "Delivery.CanarySteps", "[]", "at least one step")
	last := int32(0)
	for i, s := range d.CanarySteps {
		f := fmt.Sprintf("Delivery.CanarySteps[%d]", i)
		v.check(s.Weight > last && s.Weight <= 100, f+".Weight", fmt.Sprint(s.Weight),
			fmt.Sprintf("a percentage above the previous step's %d and at most 100", last))
		v.check(s.PauseSeconds >= 0, f+".PauseSeconds", fmt.Sprint(s.PauseSeconds), "0 or more seconds")
		last = s.Weight
	}
	rate, err := strconv.ParseFloat(d.MinSuccessRate, 64)
	v.check(err == nil && rate > 0 && rate <= 1, "Delivery.MinSuccessRate", d.MinSuccessRate, "a share between 0 and 1, such as 0.99")
	latency, err := strconv.ParseFloat(d.MaxLatencyP95Seconds, 64)
	v.check(err == nil && latency > 0, "Delivery.MaxLatencyP95Seconds", d.MaxLatencyP95Seconds, "a number of seconds above 0, such as 0.5")
	v.check(d.MinRequests >= 1, "Delivery.MinRequests", fmt.Sprint(d.MinRequests), "1 or more requests: an analysis must never pass on no traffic")
	v.duration("Delivery.AnalysisWindow", d.AnalysisWindow)
	v.duration("Delivery.AnalysisInterval", d.AnalysisInterval)
	v.check(d.AnalysisCount >= 1, "Delivery.AnalysisCount", fmt.Sprint(d.AnalysisCount), "1 or more measurements")
}

// durationPattern is a duration both Argo Rollouts and PromQL read: a whole number and one unit.
var durationPattern = regexp.MustCompile(`^[1-9][0-9]*(s|m|h)$`)

func (v *validator) duration(field, value string) {
	v.check(durationPattern.MatchString(value), field, value, `a whole number of seconds, minutes or hours, such as "30s", "2m" or "1h"`)
}

// tierByName finds a tier; the zero Tier when there is none.
func tierByName(tiers []Tier, name string) Tier {
	for _, t := range tiers {
		if t.Name == name {
			return t
		}
	}
	return Tier{}
}

// gitOps checks the Argo CD Application's settings.
func (v *validator) gitOps(g GitOpsSettings) {
	u, err := url.Parse(g.RepoURL)
	remote := err == nil && (u.Scheme == "https" || u.Scheme == "ssh") && u.Host != "" && u.Path != ""
	mirror := err == nil && u.Scheme == "file" && u.Host == "" && path.IsAbs(u.Path)
	v.check(remote || mirror, "GitOps.RepoURL", g.RepoURL,
		"a git repository's https:// or ssh:// URL, such as https://github.com/screenshot-algo/k8s.git, or file:///PATH for a mirror on Argo CD's disk")
	v.check(g.Revision != "" && !strings.ContainsAny(g.Revision, " \t\n"), "GitOps.Revision", g.Revision,
		"a branch, tag or commit, such as main")
	clean := path.Clean(g.Path)
	v.check(g.Path != "" && clean == g.Path && !path.IsAbs(g.Path) && clean != "." && !strings.HasPrefix(clean, "../"), "GitOps.Path", g.Path,
		"the environment's output folder relative to the repository's top, such as dist/production, without '..'")
	v.dnsLabel("GitOps.ArgoCDNamespace", g.ArgoCDNamespace)
	u, err = url.Parse(g.DestinationServer)
	v.check(err == nil && u.Scheme == "https" && u.Host != "", "GitOps.DestinationServer", g.DestinationServer,
		"the cluster's API server https:// URL as registered in Argo CD, or https://kubernetes.default.svc")
	v.check(g.AutoSync || !g.Prune, "GitOps.Prune", "true", "false unless GitOps.AutoSync: Argo CD prunes on its own only in an automated sync")
	v.check(g.AutoSync || !g.SelfHeal, "GitOps.SelfHeal", "true", "false unless GitOps.AutoSync: only an automated sync heals")
}

func (v *validator) path(field, value string) {
	v.check(strings.HasPrefix(value, "/") && !strings.ContainsAny(value, " \t\n?#"), field, value,
		"an absolute URL path starting with '/', without spaces, query or fragment")
}
