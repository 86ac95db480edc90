package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// RedisPort is the port Redis serves on.
const RedisPort = 6379

// RedisProps describe the Redis job queue.
type RedisProps struct {
	// Namespace holds the objects. Required.
	Namespace string
	// Image is the Redis image. Empty means DefaultRedisImage.
	Image string
	// StorageSize and StorageClass describe the data volume. Required.
	StorageSize  string
	StorageClass string
	// Resources are the container's requests and limits. Required.
	Resources Resources
	// PasswordSecret names the Secret holding the password under key "password". Required.
	PasswordSecret string
	// PodAnnotations are set on the pod template, e.g. a checksum of the password's source.
	PodAnnotations map[string]string
}

// DefaultRedisImage is the pinned Redis release.
const DefaultRedisImage = "redis:7.4.1-alpine"

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
}

// NewRedis builds a single-replica Redis that persists its append-only file on a volume claimed
// per pod, requires a password from a Secret, and refuses to evict keys when full: a screenshot
// job silently dropped from the queue is worse than a failed enqueue.
func NewRedis(scope constructs.Construct, id string, props RedisProps) *Redis {
	c := constructs.NewConstruct(scope, jsii.String(id))
	image := props.Image
	if image == "" {
		image = DefaultRedisImage
	}
	ident := Identity{Name: "redis", Component: "queue", Version: imageTag(image)}
	name := ObjectName(ident.Name)
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
	// file must not be killed. Readiness asks it to answer a PING, authenticated through
	// REDISCLI_AUTH so that the password never appears on a command line.
	liveness := &k8s.Probe{
		TcpSocket:           &k8s.TcpSocketAction{Port: intOrString("redis")},
		InitialDelaySeconds: num(15), PeriodSeconds: num(10), TimeoutSeconds: num(3), FailureThreshold: num(3),
	}
	readiness := &k8s.Probe{
		Exec:                &k8s.ExecAction{Command: jsii.Strings("sh", "-c", "redis-cli -h 127.0.0.1 ping | grep -q PONG")},
		InitialDelaySeconds: num(5), PeriodSeconds: num(5), TimeoutSeconds: num(3), FailureThreshold: num(3),
	}
	container := &k8s.Container{
		Name:            jsii.String("redis"),
		Image:           jsii.String(image),
		ImagePullPolicy: jsii.String(ImagePullPolicy),
		Args: jsii.Strings("--appendonly", "yes", "--dir", "/data", "--maxmemory-policy", "noeviction",
			"--requirepass", "$(REDIS_PASSWORD)"),
		Env: &[]*k8s.EnvVar{
			secretEnv("REDIS_PASSWORD", props.PasswordSecret, "password"),
			secretEnv("REDISCLI_AUTH", props.PasswordSecret, "password"),
		},
		Ports:           &[]*k8s.ContainerPort{{Name: jsii.String("redis"), ContainerPort: num(RedisPort), Protocol: jsii.String("TCP")}},
		Resources:       props.Resources.requirements(),
		LivenessProbe:   liveness,
		ReadinessProbe:  readiness,
		SecurityContext: containerSecurityContext(),
		VolumeMounts:    &[]*k8s.VolumeMount{{Name: jsii.String("data"), MountPath: jsii.String("/data")}},
	}

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
				Metadata: &k8s.ObjectMeta{Labels: StringMap(ident.Labels()), Annotations: optionalStringMap(props.PodAnnotations)},
				Spec: &k8s.PodSpec{
					ServiceAccountName:            jsii.String(name),
					AutomountServiceAccountToken:  jsii.Bool(false),
					EnableServiceLinks:            jsii.Bool(false),
					SecurityContext:               podSecurityContext(),
					TerminationGracePeriodSeconds: num(30),
					Containers:                    &[]*k8s.Container{container},
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
	return &Redis{Construct: c, Name: name, StatefulSet: sts, Service: svc, Identity: ident}
}

// imageTag is the tag of an image reference, for the version label.
func imageTag(image string) string {
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
