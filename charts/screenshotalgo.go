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
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true)})
	ns := e.Namespace

	c.NewNamespace(chart, "Namespace", c.NamespaceProps{Name: ns, IstioInjection: e.Mesh.Istio})
	c.NewResourceQuota(chart, "Quota", c.ResourceQuotaProps{Namespace: ns, Hard: env.Quota(e)})
	c.NewLimitRange(chart, "Limits", c.LimitRangeProps{Namespace: ns, Defaults: e.ContainerDefaults})

	newCredentials(chart, e)

	c.NewExternalDatabase(chart, "Postgres", c.ExternalDatabaseProps{
		Namespace: ns, Endpoint: e.Database.Endpoint, Port: e.Database.Port,
	})
	newPriorityClasses(chart, e)
	newCertificates(chart, e)
	redis := c.NewRedis(chart, "Redis", c.RedisProps{
		Namespace: ns, Image: e.RegistryMirror + "/library/" + c.RedisImage, StorageSize: e.Redis.StorageSize, StorageClass: e.Redis.StorageClass,
		Resources: e.Redis.Resources, PasswordSecret: RedisSecret, PriorityClassName: priorityClassName(RedisPriority),
		PodAnnotations: podAnnotations(e, false, env.Redis),
	})
	config := c.NewAppConfig(chart, "Config", c.AppConfigProps{Namespace: ns, Data: appSettings(e)})

	// A single Redis may be evicted: the queue survives on its volume, and a budget that allowed
	// no disruption would block every node drain. Clients retry for the few seconds a restart takes.
	c.NewPodDisruptionBudget(redis.Construct, "Budget", c.PodDisruptionBudgetProps{Namespace: ns, Identity: redis.Identity})

	for _, t := range e.Tiers {
		props := workloadProps(e, t, config.Name)
		// maxUnavailable 1 never blocks a drain, even at one replica, so any tier that can run
		// more than one pod gets a budget.
		if t.Scaling.Max > 1 {
			c.NewPodDisruptionBudget(chart, tierID(t)+"-Budget", c.PodDisruptionBudgetProps{Namespace: ns, Identity: props.Identity})
		}
		if e.UsesRollout(t) {
			newReleaseAnalysis(chart, e, t)
		}
		if t.MetricsPath != "" {
			c.NewServiceMonitor(chart, tierID(t)+"-Monitor", c.ServiceMonitorProps{
				Namespace: ns, Identity: props.Identity, Path: t.MetricsPath, Labels: e.Monitoring.Labels,
			})
		}
		var workload *c.Workload
		if t.Exposed {
			svc := c.NewWebService(chart, tierID(t), c.WebServiceProps{WorkloadProps: props})
			workload = svc.Workload
			if t.IngressPath != "" {
				newIngress(chart, e, t, tierID(t)+"-Ingress", t.Name, e.Ingress.Host, e.Ingress.TLSSecretName, svc.Name)
			}
			// Every Rollout tier keeps its preview host, so that switching strategies changes no
			// object but the Rollout; outside a blue-green release it reaches the live version.
			if e.UsesRollout(t) {
				newIngress(chart, e, t, tierID(t)+"-PreviewIngress", t.Name+"-preview",
					e.Ingress.PreviewHost, e.Ingress.PreviewTLSSecretName, c.PreviewServiceName(t.Name))
			}
		} else {
			workload = c.NewWorker(chart, tierID(t), c.WorkerProps{WorkloadProps: props})
		}
		if t.Scaling.Autoscaled() {
			c.NewHorizontalPodAutoscaler(chart, tierID(t)+"-Autoscaler", c.HorizontalPodAutoscalerProps{
				Namespace: ns, Identity: props.Identity, TargetAPIVersion: workload.APIVersion, TargetKind: workload.Kind,
				MinReplicas: t.Scaling.Min, MaxReplicas: t.Scaling.Max,
				TargetCPUUtilization: t.Scaling.TargetCPUPercent, ScaleDownStabilizationSeconds: t.Scaling.ScaleDownStabilizationSeconds,
			})
		}
	}

	newNetworkPolicies(chart, e, redis.Identity)
	if e.Mesh.Istio {
		newMesh(chart, e, redis)
	}
	c.NewPrometheusRule(chart, "Alerts", c.PrometheusRuleProps{Namespace: ns, Name: "alerts", Alerts: Alerts(e), Labels: e.Monitoring.Labels})
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
	if t.ConnectsTo(env.Postgres) && e.Database.CABundleConfigMap != "" {
		files = append(files, c.ConfigMapMount{Name: "database-ca", ConfigMap: e.Database.CABundleConfigMap, MountPath: env.DatabaseCADir})
	}
	return c.WorkloadProps{
		Namespace:                     e.Namespace,
		Identity:                      tierIdentity(e, t),
		Image:                         c.Image(e.ImageRegistry, t.Name, e.ImageTag, e.ImageDigests[t.Name]),
		Port:                          t.Port,
		LivenessPath:                  t.LivenessPath,
		ReadinessPath:                 t.ReadinessPath,
		Replicas:                      t.Scaling.Min,
		Autoscaled:                    t.Scaling.Autoscaled(),
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

// newCertificates has cert-manager issue each TLS Secret the Ingresses name, one Certificate per
// Secret: the public host's, shared by the tiers' Ingresses, and the preview host's.
func newCertificates(scope constructs.Construct, e env.Environment) {
	c.NewCertificate(scope, "Certificate", c.CertificateProps{Namespace: e.Namespace, SecretName: e.Ingress.TLSSecretName,
		Hosts: []string{e.Ingress.Host}, Issuer: e.Ingress.CertificateIssuer})
	if e.ReleasesWithRollouts() {
		c.NewCertificate(scope, "PreviewCertificate", c.CertificateProps{Namespace: e.Namespace, SecretName: e.Ingress.PreviewTLSSecretName,
			Hosts: []string{e.Ingress.PreviewHost}, Issuer: e.Ingress.PreviewCertificateIssuer})
	}
}

// newIngress routes a host's IngressPath to one of the tier's Services. In the mesh, nginx sends
// to the Service's cluster address, with the Service's own name as Host, instead of to the pods
// directly: only then do the mesh's routes, and so a canary's weights, apply to public traffic.
func newIngress(scope constructs.Construct, e env.Environment, t env.Tier, id, name, host, tlsSecret, service string) {
	var annotations map[string]string
	if e.Mesh.Istio {
		annotations = map[string]string{
			"nginx.ingress.kubernetes.io/service-upstream": "true",
			"nginx.ingress.kubernetes.io/upstream-vhost":   c.ServiceHost(service, e.Namespace),
		}
	}
	c.NewIngress(scope, id, c.IngressProps{
		Namespace: e.Namespace, Name: name, Host: host, TLSSecretName: tlsSecret, Annotations: annotations,
		Routes: []c.IngressRoute{{Path: t.IngressPath, Service: service, Port: "http"}},
	})
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
	return c.Identity{Name: t.Name, Component: t.Component, Version: e.ImageTag}
}

// tierID is the construct id of a tier, e.g. "Tier-frontend".
func tierID(t env.Tier) string { return fmt.Sprintf("Tier-%s", t.Name) }
