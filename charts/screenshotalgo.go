package charts

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	c "github.com/screenshot-algo/k8s/constructs"
)

// NewScreenshotAlgo builds the whole application for one environment. The environment must have
// passed Validate: the constructs trust their input.
func NewScreenshotAlgo(scope constructs.Construct, id string, env Environment) cdk8s.Chart {
	chart := cdk8s.NewChart(scope, jsii.String(id), &cdk8s.ChartProps{DisableResourceNameHashes: jsii.Bool(true)})
	ns := env.Namespace

	c.NewNamespace(chart, "Namespace", c.NamespaceProps{Name: ns, IstioInjection: env.Mesh.Istio})
	c.NewResourceQuota(chart, "Quota", c.ResourceQuotaProps{Namespace: ns, Hard: Quota(env)})
	c.NewLimitRange(chart, "Limits", c.LimitRangeProps{Namespace: ns, Defaults: env.ContainerDefaults})

	newCredentials(chart, env)

	c.NewExternalDatabase(chart, "Postgres", c.ExternalDatabaseProps{
		Namespace: ns, Endpoint: env.Database.Endpoint, Port: env.Database.Port,
	})
	newPriorityClasses(chart, env)
	newCertificates(chart, env)
	redis := c.NewRedis(chart, "Redis", c.RedisProps{
		Namespace: ns, Image: env.RegistryMirror + "/library/" + c.RedisImage, StorageSize: env.Redis.StorageSize, StorageClass: env.Redis.StorageClass,
		Resources: env.Redis.Resources, PasswordSecret: RedisSecret, PriorityClassName: priorityClassName(RedisPriority),
		PodAnnotations: podAnnotations(env, false, Redis),
	})
	config := c.NewAppConfig(chart, "Config", c.AppConfigProps{Namespace: ns, Data: appSettings(env)})

	// A single Redis may be evicted: the queue survives on its volume, and a budget that allowed
	// no disruption would block every node drain. Clients retry for the few seconds a restart takes.
	c.NewPodDisruptionBudget(redis.Construct, "Budget", c.PodDisruptionBudgetProps{Namespace: ns, Identity: redis.Identity})

	for _, t := range env.Tiers {
		props := workloadProps(env, t, config.Name)
		// maxUnavailable 1 never blocks a drain, even at one replica, so any tier that can run
		// more than one pod gets a budget.
		if t.Scaling.Max > 1 {
			c.NewPodDisruptionBudget(chart, tierID(t)+"-Budget", c.PodDisruptionBudgetProps{Namespace: ns, Identity: props.Identity})
		}
		if env.UsesRollout(t) {
			newReleaseAnalysis(chart, env, t)
		}
		if t.MetricsPath != "" {
			c.NewServiceMonitor(chart, tierID(t)+"-Monitor", c.ServiceMonitorProps{
				Namespace: ns, Identity: props.Identity, Path: t.MetricsPath, Labels: env.Monitoring.Labels,
			})
		}
		var workload *c.Workload
		if t.Exposed {
			svc := c.NewWebService(chart, tierID(t), c.WebServiceProps{WorkloadProps: props})
			workload = svc.Workload
			if t.IngressPath != "" {
				newIngress(chart, env, t, tierID(t)+"-Ingress", t.Name, env.Ingress.Host, env.Ingress.TLSSecretName, svc.Name)
			}
			// Every Rollout tier keeps its preview host, so that switching strategies changes no
			// object but the Rollout; outside a blue-green release it reaches the live version.
			if env.UsesRollout(t) {
				newIngress(chart, env, t, tierID(t)+"-PreviewIngress", t.Name+"-preview",
					env.Ingress.PreviewHost, env.Ingress.PreviewTLSSecretName, c.PreviewServiceName(t.Name))
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

	newNetworkPolicies(chart, env, redis.Identity)
	if env.Mesh.Istio {
		newMesh(chart, env, redis)
	}
	c.NewPrometheusRule(chart, "Alerts", c.PrometheusRuleProps{Namespace: ns, Name: "alerts", Alerts: Alerts(env), Labels: env.Monitoring.Labels})
	return chart
}

// workloadProps maps a tier of the environment onto the workload construct's props.
func workloadProps(env Environment, t Tier, configMap string) c.WorkloadProps {
	var secrets []c.SecretKey
	if t.connects(Postgres) {
		secrets = append(secrets,
			c.SecretKey{Var: "DATABASE_USER", Secret: DatabaseSecret, Key: "username"},
			c.SecretKey{Var: "DATABASE_PASSWORD", Secret: DatabaseSecret, Key: "password"})
	}
	if t.connects(Redis) {
		secrets = append(secrets, c.SecretKey{Var: "REDIS_PASSWORD", Secret: RedisSecret, Key: "password"})
	}
	var files []c.ConfigMapMount
	if t.connects(Postgres) && env.Database.CABundleConfigMap != "" {
		files = append(files, c.ConfigMapMount{Name: "database-ca", ConfigMap: env.Database.CABundleConfigMap, MountPath: DatabaseCADir})
	}
	return c.WorkloadProps{
		Namespace:                     env.Namespace,
		Identity:                      tierIdentity(env, t),
		Image:                         c.Image(env.ImageRegistry, t.Name, env.ImageTag, env.ImageDigests[t.Name]),
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
		DedicatedNodes:                t.Isolation.nodeSelector(),
		SharedMemorySize:              t.SharedMemorySize,
		MetricsPort:                   metricsPort(t),
		PodAnnotations:                podAnnotations(env, true, t.Connects...),
		BlueGreen:                     blueGreen(env, t),
		Canary:                        canary(env, t),
	}
}

// newCertificates has cert-manager issue each TLS Secret the Ingresses name, one Certificate per
// Secret: the public host's, shared by the tiers' Ingresses, and the preview host's.
func newCertificates(scope constructs.Construct, env Environment) {
	c.NewCertificate(scope, "Certificate", c.CertificateProps{Namespace: env.Namespace, SecretName: env.Ingress.TLSSecretName,
		Hosts: []string{env.Ingress.Host}, Issuer: env.Ingress.CertificateIssuer})
	if env.releasesWithRollouts() {
		c.NewCertificate(scope, "PreviewCertificate", c.CertificateProps{Namespace: env.Namespace, SecretName: env.Ingress.PreviewTLSSecretName,
			Hosts: []string{env.Ingress.PreviewHost}, Issuer: env.Ingress.PreviewCertificateIssuer})
	}
}

// newIngress routes a host's IngressPath to one of the tier's Services. In the mesh, nginx sends
// to the Service's cluster address, with the Service's own name as Host, instead of to the pods
// directly: only then do the mesh's routes, and so a canary's weights, apply to public traffic.
func newIngress(scope constructs.Construct, env Environment, t Tier, id, name, host, tlsSecret, service string) {
	var annotations map[string]string
	if env.Mesh.Istio {
		annotations = map[string]string{
			"nginx.ingress.kubernetes.io/service-upstream": "true",
			"nginx.ingress.kubernetes.io/upstream-vhost":   c.ServiceHost(service, env.Namespace),
		}
	}
	c.NewIngress(scope, id, c.IngressProps{
		Namespace: env.Namespace, Name: name, Host: host, TLSSecretName: tlsSecret, Annotations: annotations,
		Routes: []c.IngressRoute{{Path: t.IngressPath, Service: service, Port: "http"}},
	})
}

// metricsPort is the tier's metrics port, or 0 when it serves no metrics.
func metricsPort(t Tier) int32 {
	if t.MetricsPath == "" {
		return 0
	}
	return t.MetricsPort
}

// tierIdentity names a tier's objects and pods.
func tierIdentity(env Environment, t Tier) c.Identity {
	return c.Identity{Name: t.Name, Component: t.Component, Version: env.ImageTag}
}

// tierID is the construct id of a tier, e.g. "Tier-frontend".
func tierID(t Tier) string { return fmt.Sprintf("Tier-%s", t.Name) }
