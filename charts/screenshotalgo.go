// Package charts composes the reusable constructs into the Screenshot_Algo application: one chart
// per environment, built from an env.Environment that has passed validation. Only package synth
// builds charts; everything else reads the model from package env.
package charts

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// NewScreenshotAlgo builds the whole application for one environment. The environment must have
// passed Validate: the constructs trust their input.
func NewScreenshotAlgo(scope constructs.Construct, id string, e env.Environment) cdk8s.Chart {
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true),
		Labels: &map[string]*string{env.EnvironmentLabel: jsii.String(e.Name)}})
	ns := e.Namespace

	// The restricted profile of the oldest Kubernetes the output is for: a cluster upgrade must
	// not start refusing pods by itself, and the pin moves with the floor, deliberately.
	c.NewNamespace(chart, "Namespace", c.NamespaceProps{PartOf: env.App, Name: ns, IstioInjection: e.Mesh.Istio,
		PodSecurityVersion: "v" + env.MinKubernetesVersion})
	c.NewResourceQuota(chart, "Quota", c.ResourceQuotaProps{PartOf: env.App, Namespace: ns, Hard: env.Quota(e)})
	c.NewLimitRange(chart, "Limits", c.LimitRangeProps{PartOf: env.App, Namespace: ns, Defaults: e.ContainerDefaults})

	newCredentials(chart, e)

	c.NewExternalDatabase(chart, "Postgres", c.ExternalDatabaseProps{
		PartOf: env.App, Namespace: ns, Endpoint: e.On().DatabaseEndpoint, Port: e.Database.Port,
	})
	newPriorityClasses(chart, e)
	door := newFrontDoor(chart, e)
	newCertificates(chart, e)
	redis := c.NewRedis(chart, "Redis", c.RedisProps{
		PartOf: env.App, Namespace: ns, Image: e.On().RegistryMirror + "/library/" + c.RedisImage, StorageSize: e.Redis.StorageSize, StorageClass: e.Profile().StorageClass,
		Resources: e.Redis.Resources, PasswordSecret: RedisSecret, PriorityClassName: priorityClassName(RedisPriority),
		PodAnnotations: podAnnotations(e, false, env.Redis),
		Exporter: &c.RedisExporter{Image: e.On().RegistryMirror + "/" + c.RedisExporterImage, QueueKeys: []string{env.JobQueueKey},
			MonitorLabels: e.Monitoring.Labels},
	})
	config := c.NewAppConfig(chart, "Config", c.AppConfigProps{PartOf: env.App, Namespace: ns, Data: appSettings(e)})

	// A single Redis may be evicted: the queue survives on its volume, and a budget that allowed
	// no disruption would block every node drain. Clients retry for the few seconds a restart takes.
	c.NewPodDisruptionBudget(redis.Construct, "Budget", c.PodDisruptionBudgetProps{Namespace: ns, Identity: redis.Identity})

	tiers := map[string]*c.Workload{}
	for _, t := range e.Tiers {
		props := workloadProps(e, t, config.Name)
		if t.Exposed {
			web := c.WebServiceProps{WorkloadProps: props}
			if t.IngressPath != "" {
				web.Ingresses = door.public(t)
				// Every Rollout tier keeps its preview host, so that switching strategies changes
				// no object but the Rollout; outside a blue-green release it reaches the live
				// version.
				web.PreviewIngresses = door.preview(t)
			}
			tiers[t.Name] = c.NewWebService(chart, tierID(t), web).Workload
		} else {
			tiers[t.Name] = c.NewWorker(chart, tierID(t), c.WorkerProps{WorkloadProps: props})
		}
		if e.UsesRollout(t) {
			newReleaseAnalysis(chart, e, t, tiers[t.Name])
		}
	}

	newNetworkPolicies(chart, e, redis.Identity)
	if e.Mesh.Istio {
		newMesh(chart, e, redis)
	}
	c.NewPrometheusRule(chart, "Alerts", c.PrometheusRuleProps{PartOf: env.App, Namespace: ns, Name: "alerts", Alerts: Alerts(e, redis, tiers), Labels: e.Monitoring.Labels})
	newGitOps(chart, e)
	return chart
}

// workloadProps maps a tier of the environment onto the workload construct's props.
func workloadProps(e env.Environment, t env.Tier, configMap string) c.WorkloadProps {
	var secrets []c.SecretKey
	if t.ConnectsTo(env.Postgres) {
		secrets = append(secrets,
			c.SecretKey{Var: "DATABASE_USER", Secret: DatabaseSecret, Key: "username"},
			c.SecretKey{Var: "DATABASE_PASSWORD", Secret: DatabaseSecret, Key: "password"})
	}
	if t.ConnectsTo(env.Redis) {
		secrets = append(secrets, c.SecretKey{Var: "REDIS_PASSWORD", Secret: RedisSecret, Key: "password"})
	}
	var files []c.ConfigMapMount
	if t.ConnectsTo(env.Postgres) && e.On().DatabaseCABundle != "" {
		files = append(files, c.ConfigMapMount{Name: "database-ca", ConfigMap: e.On().DatabaseCABundle, MountPath: env.DatabaseCADir})
	}
	return c.WorkloadProps{
		Namespace:     e.Namespace,
		Identity:      tierIdentity(e, t),
		Image:         c.Image(e.On().ImageRegistry, t.Name, e.ImageTag, e.ImageDigests[t.Name]),
		Port:          t.Port,
		LivenessPath:  t.LivenessPath,
		ReadinessPath: t.ReadinessPath,
		Replicas:      t.Scaling.Min,
		Autoscaling:   autoscaling(t.Scaling),
		// maxUnavailable 1 never blocks a drain, even at one replica, so any tier that can run
		// more than one pod gets a budget.
		DisruptionBudget:              t.Scaling.Max > 1,
		DisruptionPercent:             t.DisruptionPercent,
		Monitor:                       monitor(e, t),
		Mesh:                          e.Mesh.Istio,
		Spread:                        t.Scaling.Max > 1,
		Resources:                     t.Resources,
		ConfigMap:                     configMap,
		ConfigMapMounts:               files,
		Secrets:                       secrets,
		TerminationGracePeriodSeconds: t.GracePeriodSeconds(),
		PreStopSleepSeconds:           t.PreStopSeconds,
		StartupSeconds:                t.StartupSeconds,
		DNSNdots:                      t.DNSNdots,
		PriorityClassName:             priorityClassName(t.Priority),
		RuntimeClassName:              t.Isolation.RuntimeClassName,
		DedicatedNodes:                t.Isolation.NodeSelector(),
		SharedMemorySize:              t.SharedMemorySize,
		MetricsPort:                   metricsPort(t),
		PodAnnotations:                podAnnotations(e, true, t.Connects...),
		BlueGreen:                     blueGreen(e, t),
		Canary:                        canary(e, t),
	}
}

// autoscaling is the tier's autoscaler, or nil when its count is fixed.
func autoscaling(s env.Scaling) *c.Autoscaling {
	if !s.Autoscaled() {
		return nil
	}
	return &c.Autoscaling{Min: s.Min, Max: s.Max, TargetCPUUtilization: s.TargetCPUPercent, ScaleDownStabilizationSeconds: s.ScaleDownStabilizationSeconds}
}

// monitor is how the environment's Prometheus finds the tier's metrics, or nil when it has none.
func monitor(e env.Environment, t env.Tier) *c.Monitor {
	if t.MetricsPath == "" {
		return nil
	}
	return &c.Monitor{Path: t.MetricsPath, Labels: e.Monitoring.Labels}
}

// newCertificates has cert-manager issue each TLS Secret the Gateway listeners (or legacy
// Ingresses) name, one Certificate per Secret: the public host's and the preview host's.
func newCertificates(scope constructs.Construct, e env.Environment) {
	issuer, namespaced := certificateIssuer(e)
	c.NewCertificate(scope, "Certificate", c.CertificateProps{PartOf: env.App, Namespace: e.Namespace, SecretName: e.Ingress.TLSSecretName,
		Hosts: []string{e.Ingress.Host}, Issuer: issuer, NamespacedIssuer: namespaced})
	if e.ReleasesWithRollouts() {
		c.NewCertificate(scope, "PreviewCertificate", c.CertificateProps{PartOf: env.App, Namespace: e.Namespace, SecretName: e.Ingress.PreviewTLSSecretName,
			Hosts: []string{e.Ingress.PreviewHost}, Issuer: e.Ingress.PreviewCertificateIssuer})
	}
}

// metricsPort is the tier's metrics port, or 0 when it serves no metrics.
func metricsPort(t env.Tier) int32 {
	if t.MetricsPath == "" {
		return 0
	}
	return t.MetricsPort
}

// tierIdentity names a tier's objects and pods.
func tierIdentity(e env.Environment, t env.Tier) c.Identity {
	return c.Identity{PartOf: env.App, Name: t.Name, Component: t.Component, Version: e.ImageTag}
}

// tierID is the construct id of a tier, e.g. "Tier-frontend".
func tierID(t env.Tier) string { return fmt.Sprintf("Tier-%s", t.Name) }
