package constructs

import (
	"cmp"
	"maps"
	"path"
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
	"k8s.io/apimachinery/pkg/api/resource"
)

// RedisPort is the port Redis serves on.
const RedisPort = 6379

// Where Redis's pod keeps its password: the Secret's key "password" as a file, read at each use,
// so that a rotation reaches it; and the ACL file written from it at the pod's start.
const (
	RedisAuthDir      = "/etc/redis/auth"
	RedisPasswordFile = RedisAuthDir + "/password"
	RedisACLFile      = "/run/redis/users.acl"
)

// RedisACLScript is what the pod's init container runs: the ACL file of the default user, with
// the password's SHA-256 (ACL's "#<hash>"), so that neither Redis's command line nor its ACL
// file holds the password itself.
const RedisACLScript = `umask 077 && printf 'user default on #%s ~* &* +@all\n' "$(tr -d '\n' < ` + RedisPasswordFile + ` | sha256sum | cut -d ' ' -f 1)" > ` + RedisACLFile

// RedisReadinessScript is the readiness probe: a PING authenticated with the password as the
// mounted Secret has it now (REDISCLI_AUTH keeps it off the command line).
const RedisReadinessScript = `REDISCLI_AUTH="$(cat ` + RedisPasswordFile + `)" redis-cli --no-auth-warning -h 127.0.0.1 ping | grep -q PONG`

// RedisProps describe the Redis job queue.
type RedisProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the objects. Required.
	Namespace string
	// Image is the Redis image. Empty means DefaultRedisImage.
	Image string
	// StorageSize and StorageClass describe the data volume. Required.
	StorageSize  string
	StorageClass string
	// Resources are the container's requests and limits. Required.
	Resources Resources
	// MaxMemoryPercent caps Redis's data at this share of the memory limit. Zero means
	// DefaultRedisMaxMemoryPercent.
	MaxMemoryPercent int
	// PasswordSecret names the Secret holding the password under key "password". Required.
	PasswordSecret string
	// PriorityClassName, when set, ranks the pod for scheduling and preemption.
	PriorityClassName string
	// PodAnnotations are set on the pod template, e.g. a checksum of the password's source.
	PodAnnotations map[string]string
	// Exporter, when set, runs a Prometheus exporter in Redis's pod, scraped through a
	// headless metrics Service and a ServiceMonitor.
	Exporter *RedisExporter
}

// RedisExporter is oliver006/redis_exporter beside Redis: Redis's own view of its memory
// (used_memory against maxmemory, which a container's working set, page cache included, is
// not) and the length of each queue, which stays measurable when no worker runs.
type RedisExporter struct {
	// Image is the exporter's image. Empty means DefaultRedisExporterImage.
	Image string
	// QueueKeys are the lists whose length it exports, as redis_key_size{key="..."}. It reads
	// those keys and nothing else (RedisExporterACL).
	QueueKeys []string
	// Resources are its container's requests and limits. Zero means
	// DefaultRedisExporterResources.
	Resources Resources
	// MonitorLabels are set on the ServiceMonitor, so that the cluster's Prometheus selects it.
	MonitorLabels map[string]string
}

// RedisExporterImage is redis_exporter v1.74.0, by tag: its digest could not be read where this
// was written (no registry access); pin it with `crane digest` before production.
const RedisExporterImage = "oliver006/redis_exporter:v1.74.0"

// DefaultRedisExporterImage is RedisExporterImage pulled from Docker Hub itself.
const DefaultRedisExporterImage = "docker.io/" + RedisExporterImage

// DefaultRedisExporterResources fit the exporter's few MiB at a scrape every 30s.
var DefaultRedisExporterResources = Resources{CPURequest: "10m", MemoryRequest: "32Mi", CPULimit: "100m", MemoryLimit: "64Mi", EphemeralStorage: "16Mi"}

// RedisExporterPort is the exporter's metrics port.
const RedisExporterPort = 9121

// RedisExporterUser is the ACL user the exporter connects as. It has no password: it may only
// read INFO and its queues' types and lengths, and only pods that already hold Redis's
// password, and the exporter in the pod, reach Redis's port.
const RedisExporterUser = "exporter"

// RedisExporterACL is the ACL file's line for RedisExporterUser: the commands redis_exporter
// v1.74.0 runs for INFO-based metrics and single keys' lengths, on the queue keys alone.
func RedisExporterACL(queueKeys []string) string {
	keys := make([]string, len(queueKeys))
	for i, k := range queueKeys {
		keys[i] = "~" + k
	}
	return strings.Join(append(append([]string{"user", RedisExporterUser, "on", "nopass"}, keys...),
		"-@all", "+info", "+ping", "+select", "+type", "+llen", "+client|setname", "+config|get",
		"+latency|latest", "+latency|histogram", "+slowlog|get", "+slowlog|len"), " ")
}

// RedisExporterArgs are the exporter's arguments: Redis on loopback as RedisExporterUser (a
// user without password passes any AUTH; the exporter sends one only with a password set),
// and the queue keys' lengths.
func RedisExporterArgs(queueKeys []string) []string {
	return []string{
		"--redis.addr=redis://127.0.0.1:" + strconv.Itoa(RedisPort),
		"--redis.user=" + RedisExporterUser, "--redis.password=none",
		"--check-single-keys=" + strings.Join(queueKeys, ","),
		"--web.listen-address=:" + strconv.Itoa(RedisExporterPort),
	}
}

// RedisImage is the pinned Redis release in Docker Hub's library, by tag and by the digest of its
// multi-platform index (the same through any mirror): 7.4.10 carries the fixes for
// CVE-2025-21605 and CVE-2025-49844.
const RedisImage = "redis:7.4.10-alpine@sha256:e7723ff73d963f5cc6d9c4643ea3d989527a402a319239054e9472a7fb9219a2"

// DefaultRedisImage is RedisImage pulled from Docker Hub itself.
const DefaultRedisImage = "docker.io/library/" + RedisImage

// DefaultRedisMaxMemoryPercent leaves a third of the memory limit for what is not data: the
// client buffers, and the pages an append-only-file rewrite's fork copies while the parent keeps
// writing. Above about 70%, a rewrite under load can take Redis over its limit.
const DefaultRedisMaxMemoryPercent = 65

// RedisMaxMemory is the --maxmemory, in bytes, for a container memory limit and a percentage.
func RedisMaxMemory(memoryLimit string, percent int) int64 {
	percent = cmp.Or(percent, DefaultRedisMaxMemoryPercent)
	limit := resource.MustParse(memoryLimit)
	return limit.Value() * int64(percent) / 100
}

// Redis is the queue's ServiceAccount, headless Service and StatefulSet.
type Redis struct {
	constructs.Construct
	// Name is the StatefulSet's and the headless Service's name; it is also the host name the
	// app connects to.
	Name string
	// StatefulSet runs the single Redis pod.
	StatefulSet k8s.KubeStatefulSet
	// Service is the headless Service that gives the pod its stable DNS name.
	Service k8s.KubeService
	// Identity names Redis's objects and selects its pod.
	Identity Identity
	// MetricsService is the headless Service Prometheus scrapes the exporter through; empty
	// without an Exporter.
	MetricsService string
}

// NewRedis builds a single-replica Redis that persists its append-only file on a volume claimed
// per pod, requires a password from a Secret, and refuses to evict keys when full: a screenshot
// job silently dropped from the queue is worse than a failed enqueue.
func NewRedis(scope constructs.Construct, id string, props RedisProps) *Redis {
	c := constructs.NewConstruct(scope, jsii.String(id))
	image := cmp.Or(props.Image, DefaultRedisImage)
	ident := Identity{PartOf: props.PartOf, Name: "redis", Component: "queue", Version: imageTag(image)}
	name := ident.ObjectName()
	NewServiceAccount(c, "ServiceAccount", ServiceAccountProps{Namespace: props.Namespace, Identity: ident})

	svc := k8s.NewKubeService(c, jsii.String("Service"), &k8s.KubeServiceProps{
		Metadata: ident.Meta(name, props.Namespace),
		Spec: &k8s.ServiceSpec{
			ClusterIp: jsii.String("None"),
			Selector:  StringMap(ident.SelectorLabels()),
			Ports: &[]*k8s.ServicePort{{
				Name: jsii.String("redis"), Port: num(RedisPort), Protocol: jsii.String("TCP"),
				TargetPort: intOrString("redis"),
			}},
		},
	})

	// Liveness only asks whether Redis accepts connections: a Redis busy loading its append-only
	// file must not be killed. Readiness asks it to answer a PING, authenticated with the
	// password as the mounted Secret has it now, read at each probe: a rotation's new password
	// reaches the probe as it reaches the clients (an environment variable would keep the one of
	// the container's start, and the rotation's last step would take Redis out of its Service).
	// REDISCLI_AUTH keeps it off every command line.
	liveness := &k8s.Probe{
		TcpSocket:           &k8s.TcpSocketAction{Port: intOrString("redis")},
		InitialDelaySeconds: num(15), PeriodSeconds: num(10), TimeoutSeconds: num(3), FailureThreshold: num(3),
	}
	readiness := &k8s.Probe{
		Exec:                &k8s.ExecAction{Command: jsii.Strings("sh", "-c", RedisReadinessScript)},
		InitialDelaySeconds: num(5), PeriodSeconds: num(5), TimeoutSeconds: num(3), FailureThreshold: num(3),
	}
	container := &k8s.Container{
		Name:            jsii.String("redis"),
		Image:           jsii.String(image),
		ImagePullPolicy: jsii.String(ImagePullPolicy),
		// noeviction applies only under a maxmemory: without one, Redis grows until the kernel
		// kills it, then replays its whole append-only file and may be killed again.
		Args: jsii.Strings("--appendonly", "yes", "--dir", "/data",
			"--maxmemory", strconv.FormatInt(RedisMaxMemory(props.Resources.MemoryLimit, props.MaxMemoryPercent), 10),
			"--maxmemory-policy", "noeviction",
			"--aclfile", RedisACLFile),
		Ports:           &[]*k8s.ContainerPort{{Name: jsii.String("redis"), ContainerPort: num(RedisPort), Protocol: jsii.String("TCP")}},
		Resources:       props.Resources.requirements(),
		LivenessProbe:   liveness,
		ReadinessProbe:  readiness,
		SecurityContext: containerSecurityContext(),
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String("data"), MountPath: jsii.String("/data")},
			{Name: jsii.String("auth"), MountPath: jsii.String(RedisAuthDir), ReadOnly: jsii.Bool(true)},
			{Name: jsii.String("acl"), MountPath: jsii.String(path.Dir(RedisACLFile)), ReadOnly: jsii.Bool(true)},
		},
	}
	// The password reaches Redis through its ACL file, written at each start from the mounted
	// Secret as the password's SHA-256: never on Redis's command line, nor in its environment.
	aclScript := RedisACLScript
	containers := []*k8s.Container{container}
	if ex := props.Exporter; ex != nil {
		aclScript += ` && printf '%s\n' '` + RedisExporterACL(ex.QueueKeys) + `' >> ` + RedisACLFile
		containers = append(containers, redisExporterContainer(ex))
	}
	acl := &k8s.Container{
		Name:            jsii.String("acl"),
		Image:           jsii.String(image),
		ImagePullPolicy: jsii.String(ImagePullPolicy),
		Command:         jsii.Strings("sh", "-c", aclScript),
		Resources:       Resources{CPURequest: "10m", MemoryRequest: "16Mi", CPULimit: "100m", MemoryLimit: "32Mi", EphemeralStorage: "16Mi"}.requirements(),
		SecurityContext: containerSecurityContext(),
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String("auth"), MountPath: jsii.String(RedisAuthDir), ReadOnly: jsii.Bool(true)},
			{Name: jsii.String("acl"), MountPath: jsii.String(path.Dir(RedisACLFile))},
		},
	}
	authItems := []*k8s.KeyToPath{{Key: jsii.String("password"), Path: jsii.String("password")}}
	volumes := []*k8s.Volume{
		{Name: jsii.String("auth"), Secret: &k8s.SecretVolumeSource{SecretName: jsii.String(props.PasswordSecret), Items: &authItems, DefaultMode: num(0o440)}},
		{Name: jsii.String("acl"), EmptyDir: &k8s.EmptyDirVolumeSource{Medium: jsii.String("Memory"), SizeLimit: quantity("1Mi")}},
	}

	// One instance with a volume: moving it is an EBS detach and attach plus an AOF reload, so
	// the node autoscalers' consolidation leaves it where it is (a drain still may evict it,
	// within its budget).
	annotations := maps.Clone(props.PodAnnotations)
	if annotations == nil {
		annotations = map[string]string{}
	}
	maps.Copy(annotations, map[string]string{
		"cluster-autoscaler.kubernetes.io/safe-to-evict": "false",
		"karpenter.sh/do-not-disrupt":                    "true",
		// kubectl exec and logs reach Redis, not its exporter, without -c.
		"kubectl.kubernetes.io/default-container": "redis",
	})
	sts := k8s.NewKubeStatefulSet(c, jsii.String("StatefulSet"), &k8s.KubeStatefulSetProps{
		Metadata: ident.Meta(name, props.Namespace),
		Spec: &k8s.StatefulSetSpec{
			ServiceName:          jsii.String(name),
			Replicas:             num(1),
			RevisionHistoryLimit: num(5),
			PodManagementPolicy:  jsii.String("OrderedReady"),
			UpdateStrategy:       &k8s.StatefulSetUpdateStrategy{Type: jsii.String("RollingUpdate")},
			// Keep the data when the StatefulSet is deleted or scaled in: losing queued jobs must be
			// a deliberate act on the PVC, never a side effect.
			PersistentVolumeClaimRetentionPolicy: &k8s.StatefulSetPersistentVolumeClaimRetentionPolicy{
				WhenDeleted: jsii.String("Retain"), WhenScaled: jsii.String("Retain"),
			},
			Selector: &k8s.LabelSelector{MatchLabels: StringMap(ident.SelectorLabels())},
			Template: &k8s.PodTemplateSpec{
				Metadata: &k8s.ObjectMeta{Labels: StringMap(ident.Labels()), Annotations: StringMap(annotations)},
				Spec: &k8s.PodSpec{
					ServiceAccountName:            jsii.String(name),
					AutomountServiceAccountToken:  jsii.Bool(false),
					EnableServiceLinks:            jsii.Bool(false),
					SecurityContext:               podSecurityContext(),
					TerminationGracePeriodSeconds: num(30),
					PriorityClassName:             optionalString(props.PriorityClassName),
					InitContainers:                &[]*k8s.Container{acl},
					Containers:                    &containers,
					Volumes:                       &volumes,
				},
			},
			VolumeClaimTemplates: &[]*k8s.KubePersistentVolumeClaimProps{{
				Metadata: &k8s.ObjectMeta{Name: jsii.String("data"), Labels: StringMap(ident.SelectorLabels())},
				Spec: &k8s.PersistentVolumeClaimSpec{
					AccessModes:      jsii.Strings("ReadWriteOnce"),
					StorageClassName: jsii.String(props.StorageClass),
					Resources:        &k8s.ResourceRequirements{Requests: &map[string]k8s.Quantity{"storage": quantity(props.StorageSize)}},
				},
			}},
		},
	})
	r := &Redis{Construct: c, Name: name, StatefulSet: sts, Service: svc, Identity: ident}
	if ex := props.Exporter; ex != nil {
		r.MetricsService = name + "-metrics"
		labels := ident.Labels()
		labels[MetricsLabel] = "true"
		k8s.NewKubeService(c, jsii.String("MetricsService"), &k8s.KubeServiceProps{
			Metadata: &k8s.ObjectMeta{Name: jsii.String(r.MetricsService), Namespace: jsii.String(props.Namespace), Labels: StringMap(labels)},
			Spec: &k8s.ServiceSpec{
				ClusterIp: jsii.String("None"),
				Selector:  StringMap(ident.SelectorLabels()),
				Ports: &[]*k8s.ServicePort{{
					Name: jsii.String(MetricsPortName), Port: num(RedisExporterPort), Protocol: jsii.String("TCP"),
					TargetPort: intOrString(MetricsPortName),
				}},
			},
		})
		NewServiceMonitor(c, "Monitor", ServiceMonitorProps{Namespace: props.Namespace, Identity: ident, Labels: ex.MonitorLabels})
	}
	return r
}

// redisExporterContainer is the exporter's container: alive while it listens, ready while its
// /health answers.
func redisExporterContainer(ex *RedisExporter) *k8s.Container {
	res := ex.Resources
	if res == (Resources{}) {
		res = DefaultRedisExporterResources
	}
	return &k8s.Container{
		Name:            jsii.String("exporter"),
		Image:           jsii.String(cmp.Or(ex.Image, DefaultRedisExporterImage)),
		ImagePullPolicy: jsii.String(ImagePullPolicy),
		Args:            jsii.Strings(RedisExporterArgs(ex.QueueKeys)...),
		Ports:           &[]*k8s.ContainerPort{{Name: jsii.String(MetricsPortName), ContainerPort: num(RedisExporterPort), Protocol: jsii.String("TCP")}},
		Resources:       res.requirements(),
		LivenessProbe: &k8s.Probe{
			TcpSocket:     &k8s.TcpSocketAction{Port: intOrString(MetricsPortName)},
			PeriodSeconds: num(20), TimeoutSeconds: num(3), FailureThreshold: num(3),
		},
		ReadinessProbe: &k8s.Probe{
			HttpGet:       &k8s.HttpGetAction{Path: jsii.String("/health"), Port: intOrString(MetricsPortName)},
			PeriodSeconds: num(10), TimeoutSeconds: num(3), FailureThreshold: num(3),
		},
		SecurityContext: containerSecurityContext(),
	}
}

// imageTag is the tag of an image reference, for the version label; a digest is left out.
func imageTag(image string) string {
	image, _, _ = strings.Cut(image, "@")
	for i := len(image) - 1; i >= 0; i-- {
		switch image[i] {
		case ':':
			return image[i+1:]
		case '/':
			return ""
		}
	}
	return ""
}
