package constructs

import (
	"cmp"
	"fmt"
	"maps"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// SecretKey names one key of a Secret that a container reads from a file.
type SecretKey struct {
	// Var names the credential; the environment variable <Var>_FILE holds its file's path.
	Var string
	// Secret and Key locate the value.
	Secret string
	Key    string
}

// WorkloadProps describe one stateless app tier: its pods, and the Deployment that runs them.
type WorkloadProps struct {
	// Namespace holds the objects. Required.
	Namespace string
	// Identity names the tier; objects are called Identity.ObjectName(). Required.
	Identity Identity
	// Image is the full image reference, never ":latest". Required.
	Image string
	// Port is the container port named "http" that serves the app and its probes. Required.
	Port int32
	// LivenessPath and ReadinessPath are HTTP probe paths on Port. Required.
	LivenessPath  string
	ReadinessPath string
	// Replicas is the pod count. Zero means 1. Ignored with Autoscaling.
	Replicas int32
	// Autoscaling, when set, gives the tier a HorizontalPodAutoscaler on its workload and
	// leaves spec.replicas out, as the Kubernetes docs advise, so that re-applying the manifests
	// never resets what the autoscaler chose. The autoscaler raises a new workload to its
	// minimum at once.
	Autoscaling *Autoscaling
	// DisruptionBudget gives the tier a PodDisruptionBudget of maxUnavailable 1: a drain evicts
	// one pod at a time, and is never blocked, even at one replica.
	DisruptionBudget bool
	// DisruptionPercent, with DisruptionBudget, lets a drain evict that share of the pods at once
	// (rounded up) instead of one.
	DisruptionPercent int32
	// Monitor, with MetricsPort, gives the tier a ServiceMonitor on its metrics Service.
	Monitor *Monitor
	// Mesh puts the tier in an Istio mesh of STRICT mutual TLS: a DestinationRule for each of
	// its Services, and its metrics port left open to Prometheus's plaintext scrapes.
	Mesh bool
	// Spread places the pods evenly across zones (strictly) and nodes (as far as possible), for
	// a tier that runs more than one pod.
	Spread bool
	// Resources are the container's requests and limits. Required.
	Resources Resources
	// ConfigMap, when set, is loaded whole into the container's environment.
	ConfigMap string
	// ConfigMapMounts are ConfigMaps mounted read-only as files, e.g. a CA bundle.
	ConfigMapMounts []ConfigMapMount
	// Secrets are the credentials the container reads, one key at a time, so the pod only sees
	// what it needs. Each is a read-only file under SecretsDir(PartOf)/<Secret>/<Key>, named by the
	// environment variable <Var>_FILE: the kubelet rewrites the file when the Secret changes,
	// so a rotated credential reaches the running app, which re-reads it (on an authentication
	// failure, say). An environment variable would keep the old value until a restart.
	Secrets []SecretKey
	// TerminationGracePeriodSeconds bounds a graceful stop, PreStopSleepSeconds included. Zero
	// means 30.
	TerminationGracePeriodSeconds int64
	// PreStopSleepSeconds keeps a stopping pod serving this long before its container gets
	// SIGTERM, so that ingress-nginx and kube-proxy, which learn of the stop asynchronously, have
	// taken it out of their endpoints first. It uses the preStop sleep action, which needs no
	// shell in the image (distroless works) and Kubernetes 1.30 or newer. Zero means none, for a
	// tier that no Service routes to.
	PreStopSleepSeconds int64
	// StartupSeconds is the longest a cold start may take before liveness applies: a startup
	// probe on the liveness path allows that long. Zero means 60.
	StartupSeconds int64
	// DNSNdots, when set, replaces the cluster's ndots of 5: with 1, a public host name such as
	// example.com is looked up as it is, instead of after every search domain of the cluster.
	DNSNdots int
	// PriorityClassName, when set, ranks the pods for scheduling and preemption.
	PriorityClassName string
	// RuntimeClassName, when set, runs the pods under that runtime, e.g. a sandbox (gVisor).
	RuntimeClassName string
	// DedicatedNodes, when set, keeps the pods on the nodes with these labels, and lets them
	// onto those nodes' NoSchedule taints of the same keys and values, which keep every other
	// pod off.
	DedicatedNodes map[string]string
	// SharedMemorySize, when set, mounts a memory-backed volume of that size at /dev/shm.
	SharedMemorySize string
	// PodAnnotations are set on the pod template, e.g. checksums of consumed configuration, so
	// that a change to them rolls the pods.
	PodAnnotations map[string]string
	// MetricsPort, when set, is a second container port, named "metrics", and gives the tier a
	// headless Service, MetricsServiceName, that Prometheus scrapes there. The Service selects
	// every pod of the tier, whatever release it belongs to, so that an analysis can query the
	// new pods of a release by their pod-template-hash.
	MetricsPort int32
	// BlueGreen or Canary, when set, make an Argo Rollout run the tier instead of a Deployment.
	BlueGreen *BlueGreen
	Canary    *Canary
}

// SecretsDir holds an application's credential files (WorkloadProps.Secrets), one folder per
// Secret: /var/run/secrets/<app>, or /var/run/secrets/app for a stand-alone part.
func SecretsDir(app string) string { return "/var/run/secrets/" + cmp.Or(app, "app") }

// secretNames are the Secrets that keys come from, in the order first named.
func secretNames(keys []SecretKey) []string {
	var names []string
	for _, k := range keys {
		if !slices.Contains(names, k.Secret) {
			names = append(names, k.Secret)
		}
	}
	return names
}

// ConfigMapMount mounts a ConfigMap's keys as read-only files in a directory. The ConfigMap must
// exist: a pod waits for it rather than start without, say, the CA it must verify a server with.
type ConfigMapMount struct {
	// Name names the volume.
	Name string
	// ConfigMap is the ConfigMap's name.
	ConfigMap string
	// MountPath is the directory.
	MountPath string
}

// Autoscaling bounds a tier's HorizontalPodAutoscaler, on average CPU.
type Autoscaling struct {
	// Min and Max bound the replica count. Required.
	Min, Max int32
	// TargetCPUUtilization is the average CPU use, in percent of requests, to hold. Zero means 70.
	TargetCPUUtilization int32
	// ScaleDownStabilizationSeconds is how long load must stay low before replicas go. Zero
	// means 300.
	ScaleDownStabilizationSeconds int32
}

// Monitor is how Prometheus finds a tier's metrics.
type Monitor struct {
	// Path is the metrics path. Empty means "/metrics".
	Path string
	// Labels are added to the ServiceMonitor, so that the cluster's Prometheus selects it.
	Labels map[string]string
}

// Workload is a tier: its ServiceAccount, its Deployment or Rollout, and what it was asked to
// own (metrics Service, monitor, autoscaler, budget). Other code refers to these through its
// fields, never by rebuilding their names.
type Workload struct {
	constructs.Construct
	// Name is the workload's (and ServiceAccount's) name.
	Name string
	// Identity names the tier and selects its pods.
	Identity Identity
	// Target refers to the Deployment or Rollout, for an autoscaler or a test.
	Target ScaleTarget
	// MetricsService is the headless Service Prometheus scrapes; empty without MetricsPort.
	MetricsService string
	// Autoscaler is the tier's HorizontalPodAutoscaler; nil without Autoscaling.
	Autoscaler k8s.KubeHorizontalPodAutoscalerV2
}

// MaxSurgePercent is how many extra pods, in percent of the replicas (rounded up), a rolling
// update may add. The namespace's quota must leave room for them.
const MaxSurgePercent = 25

// NewWorkload builds a hardened Deployment: restricted security context, a ServiceAccount of its
// own without a token, explicit resources, HTTP probes, and rolling updates that never drop below
// the desired replica count (maxUnavailable 0), for zero-downtime releases.
func NewWorkload(scope constructs.Construct, id string, props WorkloadProps) *Workload {
	c := constructs.NewConstruct(scope, jsii.String(id))
	name := props.Identity.ObjectName()
	// Zero leaves the count to the autoscaler: spec.replicas is then left out.
	replicas := cmp.Or(props.Replicas, 1)
	if props.Autoscaling != nil {
		replicas = 0
	}
	grace := cmp.Or(props.TerminationGracePeriodSeconds, 30)

	NewServiceAccount(c, "ServiceAccount", ServiceAccountProps{Namespace: props.Namespace, Identity: props.Identity})

	// The root filesystem is read-only, so /tmp is the pod's whole local disk: it gets all of it.
	volumes := []*k8s.Volume{emptyDir("tmp", "", props.Resources.EphemeralStorage)}
	mounts := []*k8s.VolumeMount{{Name: jsii.String("tmp"), MountPath: jsii.String("/tmp")}}
	if props.SharedMemorySize != "" {
		volumes = append(volumes, emptyDir("dshm", "Memory", props.SharedMemorySize))
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String("dshm"), MountPath: jsii.String("/dev/shm")})
	}

	for _, m := range props.ConfigMapMounts {
		volumes = append(volumes, &k8s.Volume{Name: jsii.String(m.Name), ConfigMap: &k8s.ConfigMapVolumeSource{Name: jsii.String(m.ConfigMap)}})
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String(m.Name), MountPath: jsii.String(m.MountPath), ReadOnly: jsii.Bool(true)})
	}

	var env []*k8s.EnvVar
	for _, name := range secretNames(props.Secrets) {
		var items []*k8s.KeyToPath
		for _, s := range props.Secrets {
			if s.Secret == name {
				items = append(items, &k8s.KeyToPath{Key: jsii.String(s.Key), Path: jsii.String(s.Key)})
				env = append(env, &k8s.EnvVar{Name: jsii.String(s.Var + "_FILE"), Value: jsii.String(SecretsDir(props.Identity.PartOf) + "/" + name + "/" + s.Key)})
			}
		}
		// 0440: readable by the pod's fsGroup, which the restricted profile's non-root user is in.
		volumes = append(volumes, &k8s.Volume{Name: jsii.String(name), Secret: &k8s.SecretVolumeSource{SecretName: jsii.String(name), Items: &items, DefaultMode: num(0o440)}})
		mounts = append(mounts, &k8s.VolumeMount{Name: jsii.String(name), MountPath: jsii.String(SecretsDir(props.Identity.PartOf) + "/" + name), ReadOnly: jsii.Bool(true)})
	}

	ports := []*k8s.ContainerPort{{Name: jsii.String("http"), ContainerPort: num(props.Port), Protocol: jsii.String("TCP")}}
	if props.MetricsPort != 0 {
		ports = append(ports, &k8s.ContainerPort{Name: jsii.String(MetricsPortName), ContainerPort: num(props.MetricsPort), Protocol: jsii.String("TCP")})
	}
	container := &k8s.Container{
		Name:            jsii.String(props.Identity.Name),
		Image:           jsii.String(props.Image),
		ImagePullPolicy: jsii.String(ImagePullPolicy),
		Ports:           &ports,
		Resources:       props.Resources.requirements(),
		StartupProbe:    startupProbe(props.LivenessPath, "http", props.StartupSeconds),
		LivenessProbe:   httpProbe(props.LivenessPath, "http", 0, 10, 3),
		ReadinessProbe:  httpProbe(props.ReadinessPath, "http", 0, 5, 3),
		SecurityContext: containerSecurityContext(),
		VolumeMounts:    &mounts,
	}
	if props.ConfigMap != "" {
		container.EnvFrom = &[]*k8s.EnvFromSource{{ConfigMapRef: &k8s.ConfigMapEnvSource{Name: jsii.String(props.ConfigMap)}}}
	}
	if len(env) > 0 {
		container.Env = &env
	}

	podSpec := &k8s.PodSpec{
		ServiceAccountName:            jsii.String(name),
		AutomountServiceAccountToken:  jsii.Bool(false),
		EnableServiceLinks:            jsii.Bool(false),
		SecurityContext:               podSecurityContext(),
		TerminationGracePeriodSeconds: num(grace),
		PriorityClassName:             optionalString(props.PriorityClassName),
		RuntimeClassName:              optionalString(props.RuntimeClassName),
		Containers:                    &[]*k8s.Container{container},
		Volumes:                       &volumes,
	}
	if len(props.DedicatedNodes) > 0 {
		podSpec.NodeSelector = StringMap(props.DedicatedNodes)
		var tolerations []*k8s.Toleration
		for _, k := range slices.Sorted(maps.Keys(props.DedicatedNodes)) {
			tolerations = append(tolerations, &k8s.Toleration{Key: jsii.String(k), Operator: jsii.String("Equal"),
				Value: jsii.String(props.DedicatedNodes[k]), Effect: jsii.String("NoSchedule")})
		}
		podSpec.Tolerations = &tolerations
	}
	if props.DNSNdots != 0 {
		podSpec.DnsConfig = &k8s.PodDnsConfig{Options: &[]*k8s.PodDnsConfigOption{{Name: jsii.String("ndots"), Value: jsii.String(fmt.Sprint(props.DNSNdots))}}}
	}
	rollout := props.BlueGreen != nil || props.Canary != nil
	if props.Spread {
		hashLabel := "pod-template-hash"
		if rollout {
			hashLabel = RolloutHashLabel
		}
		podSpec.TopologySpreadConstraints = spreadConstraints(props.Identity, hashLabel)
	}
	template := &k8s.PodTemplateSpec{
		Metadata: &k8s.ObjectMeta{Labels: StringMap(props.Identity.Labels()), Annotations: optionalStringMap(props.PodAnnotations)},
		Spec:     podSpec,
	}
	w := &Workload{Construct: c, Name: name, Identity: props.Identity, Target: ScaleTarget{APIVersion: "apps/v1", Kind: "Deployment", Name: name}}
	if rollout {
		w.Target.APIVersion, w.Target.Kind = RolloutAPIVersion, RolloutKind
	}
	w.own(props)
	if rollout {
		NewRollout(c, "Rollout", RolloutProps{
			Namespace: props.Namespace, Identity: props.Identity, Template: template, PreStopSleepSeconds: props.PreStopSleepSeconds, Replicas: replicas,
			BlueGreen: props.BlueGreen, Canary: props.Canary,
		})
		return w
	}
	spec := &k8s.DeploymentSpec{
		RevisionHistoryLimit:    num(5),
		ProgressDeadlineSeconds: num(600),
		Selector:                &k8s.LabelSelector{MatchLabels: StringMap(props.Identity.SelectorLabels())},
		Strategy: &k8s.DeploymentStrategy{
			Type: jsii.String("RollingUpdate"),
			RollingUpdate: &k8s.RollingUpdateDeployment{
				MaxSurge:       intOrString(fmt.Sprintf("%d%%", MaxSurgePercent)),
				MaxUnavailable: intOrNumber(0),
			},
		},
		Template: template,
	}
	if replicas != 0 {
		spec.Replicas = num(replicas)
	}
	newPodController(c, "Deployment", "apps/v1", "Deployment",
		k8s.KubeDeployment_Manifest(&k8s.KubeDeploymentProps{Spec: spec}), props.Identity.APIMeta(name, props.Namespace),
		template, props.PreStopSleepSeconds)
	return w
}

// MetricsPortName names the container and Service port that serves a tier's metrics.
const MetricsPortName = "metrics"

// own builds what the tier owns besides its pods: the metrics Service and its monitor, the
// autoscaler, the budget, and its part of the mesh.
func (w *Workload) own(props WorkloadProps) {
	if props.MetricsPort != 0 {
		w.MetricsService = w.Name + "-metrics"
		newMetricsService(w.Construct, w.MetricsService, props)
		if props.Monitor != nil {
			NewServiceMonitor(w.Construct, "Monitor", ServiceMonitorProps{
				Namespace: props.Namespace, Identity: props.Identity, Path: props.Monitor.Path, Labels: props.Monitor.Labels,
			})
		}
		if props.Mesh {
			NewDestinationRule(w.Construct, "MetricsDestinationRule", DestinationRuleProps{Namespace: props.Namespace, Identity: props.Identity, Service: w.MetricsService})
			NewPeerAuthentication(w.Construct, "MTLS", PeerAuthenticationProps{
				Namespace: props.Namespace, Identity: &props.Identity, PermissivePorts: []int32{props.MetricsPort},
			})
		}
	}
	if a := props.Autoscaling; a != nil {
		w.Autoscaler = NewHorizontalPodAutoscaler(w.Construct, "Autoscaler", HorizontalPodAutoscalerProps{
			Namespace: props.Namespace, Identity: props.Identity, Target: w.Target, MinReplicas: a.Min, MaxReplicas: a.Max,
			TargetCPUUtilization: a.TargetCPUUtilization, ScaleDownStabilizationSeconds: a.ScaleDownStabilizationSeconds,
		})
	}
	if props.DisruptionBudget {
		NewPodDisruptionBudget(w.Construct, "Budget", PodDisruptionBudgetProps{Namespace: props.Namespace, Identity: props.Identity, MaxUnavailablePercent: props.DisruptionPercent})
	}
}

// newMetricsService builds the headless Service that only Prometheus uses.
func newMetricsService(scope constructs.Construct, name string, props WorkloadProps) {
	meta := props.Identity.Meta(name, props.Namespace)
	(*meta.Labels)[MetricsLabel] = jsii.String("true")
	k8s.NewKubeService(scope, jsii.String("MetricsService"), &k8s.KubeServiceProps{
		Metadata: meta,
		Spec: &k8s.ServiceSpec{
			ClusterIp: jsii.String("None"),
			Selector:  StringMap(props.Identity.SelectorLabels()),
			Ports: &[]*k8s.ServicePort{{Name: jsii.String(MetricsPortName), Port: num(props.MetricsPort), Protocol: jsii.String("TCP"),
				TargetPort: intOrString(MetricsPortName)}},
		},
	})
}

// spreadConstraints keep a zone's loss from taking more than its share of the pods. The zone
// rule is strict; nodes that are cordoned or tainted (a drain in progress) do not count as
// places to balance against, so a drain never leaves a replacement pod unschedulable. The node
// rule is best effort, so a small cluster can still run every replica.
//
// matchLabelKeys adds the pods' template-hash label to the selector, so that a release's new
// pods spread among themselves: counted with the old ones, they would pile into whichever zone
// the old version left emptiest, and stay skewed once the old pods are gone.
func spreadConstraints(id Identity, hashLabel string) *[]*k8s.TopologySpreadConstraint {
	selector := &k8s.LabelSelector{MatchLabels: StringMap(id.SelectorLabels())}
	return &[]*k8s.TopologySpreadConstraint{
		{MaxSkew: num(1), TopologyKey: jsii.String("topology.kubernetes.io/zone"), WhenUnsatisfiable: jsii.String("DoNotSchedule"),
			LabelSelector: selector, MatchLabelKeys: jsii.Strings(hashLabel), NodeTaintsPolicy: jsii.String("Honor")},
		{MaxSkew: num(1), TopologyKey: jsii.String("kubernetes.io/hostname"), WhenUnsatisfiable: jsii.String("ScheduleAnyway"),
			LabelSelector: selector, MatchLabelKeys: jsii.Strings(hashLabel), NodeTaintsPolicy: jsii.String("Honor")},
	}
}
