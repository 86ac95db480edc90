package constructs_test

import (
	"testing"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/constructs/constructstest"
)

func TestMain(m *testing.M) { constructstest.Main(m) }

var adrResources = c.Resources{CPURequest: "250m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "1Gi"}

// app is the application the tests' objects belong to.
const app = "screenshot-algo"

func baseWorkload() c.WorkloadProps {
	return c.WorkloadProps{
		Namespace: "ns", Identity: c.Identity{PartOf: app, Name: "backend", Component: "api", Version: "1.2.3"},
		Image: "registry.example.com/app/backend:1.2.3", Port: 3000,
		LivenessPath: "/live", ReadinessPath: "/ready", Resources: adrResources,
	}
}

// assertRestricted checks the restricted Pod Security profile at pod and container level.
func assertRestricted(t *testing.T, spec corev1.PodSpec) {
	t.Helper()
	psc := spec.SecurityContext
	require.NotNil(t, psc)
	assert.Equal(t, true, *psc.RunAsNonRoot)
	assert.GreaterOrEqual(t, *psc.RunAsUser, int64(10000), "runAsUser must be a high, non-root uid")
	assert.GreaterOrEqual(t, *psc.RunAsGroup, int64(10000), "runAsGroup must be a high gid")
	assert.Equal(t, corev1.SeccompProfileTypeRuntimeDefault, psc.SeccompProfile.Type)
	for _, ctr := range spec.Containers {
		sc := ctr.SecurityContext
		require.NotNil(t, sc, ctr.Name)
		assert.Equal(t, true, *sc.RunAsNonRoot, ctr.Name)
		assert.Equal(t, true, *sc.ReadOnlyRootFilesystem, ctr.Name)
		assert.Equal(t, false, *sc.AllowPrivilegeEscalation, ctr.Name)
		assert.Equal(t, []corev1.Capability{"ALL"}, sc.Capabilities.Drop, ctr.Name)
		assert.Equal(t, corev1.SeccompProfileTypeRuntimeDefault, sc.SeccompProfile.Type, ctr.Name)
		assert.Equal(t, corev1.PullAlways, ctr.ImagePullPolicy, ctr.Name)
	}
}

func assertResources(t *testing.T, want c.Resources, got corev1.ResourceRequirements) {
	t.Helper()
	for _, q := range []struct {
		want string
		got  resource.Quantity
	}{
		{want.CPURequest, got.Requests[corev1.ResourceCPU]}, {want.MemoryRequest, got.Requests[corev1.ResourceMemory]},
		{want.CPULimit, got.Limits[corev1.ResourceCPU]}, {want.MemoryLimit, got.Limits[corev1.ResourceMemory]},
		{want.EphemeralStorage, got.Requests[corev1.ResourceEphemeralStorage]}, {want.EphemeralStorage, got.Limits[corev1.ResourceEphemeralStorage]},
	} {
		want := resource.MustParse(q.want)
		assert.Zero(t, want.Cmp(q.got), "want %s, got %s", q.want, q.got.String())
	}
}

func mounts(ctr corev1.Container) map[string]string {
	m := map[string]string{}
	for _, vm := range ctr.VolumeMounts {
		m[vm.MountPath] = vm.Name
	}
	return m
}

func TestWorkload(t *testing.T) {
	cases := []struct {
		name          string
		props         func(p *c.WorkloadProps)
		wantReplicas  int32
		wantGrace     int64
		wantShmMedium bool
	}{
		{name: "zero values mean 1 replica and a 30s grace period", props: func(p *c.WorkloadProps) {}, wantReplicas: 1, wantGrace: 30},
		{name: "replicas and grace period are honoured", props: func(p *c.WorkloadProps) { p.Replicas = 3; p.TerminationGracePeriodSeconds = 45 },
			wantReplicas: 3, wantGrace: 45},
		{name: "shared memory mounts a tmpfs at /dev/shm", props: func(p *c.WorkloadProps) { p.SharedMemorySize = "128Mi" },
			wantReplicas: 1, wantGrace: 30, wantShmMedium: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			props := baseWorkload()
			tc.props(&props)
			objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewWorkload(s, "w", props) })

			d := objs.Deployment(t, "screenshot-algo-backend")
			assert.Equal(t, "ns", d.Namespace)
			assert.Equal(t, tc.wantReplicas, *d.Spec.Replicas)
			assert.Equal(t, int32(0), d.Spec.Strategy.RollingUpdate.MaxUnavailable.IntVal, "rollouts never drop below the desired replicas")
			assert.True(t, constructstest.Selects(d.Spec.Selector.MatchLabels, d.Spec.Template.Labels), "selector must match the pod labels")
			assert.NotContains(t, d.Spec.Selector.MatchLabels, c.LabelVersion, "an immutable selector cannot carry the version")
			assert.Equal(t, "1.2.3", d.Spec.Template.Labels[c.LabelVersion])

			spec := d.Spec.Template.Spec
			assert.Equal(t, tc.wantGrace, *spec.TerminationGracePeriodSeconds)
			assert.Equal(t, "screenshot-algo-backend", spec.ServiceAccountName)
			assert.Equal(t, false, *spec.AutomountServiceAccountToken)
			assertRestricted(t, spec)

			require.Len(t, spec.Containers, 1)
			ctr := spec.Containers[0]
			assert.Equal(t, props.Image, ctr.Image)
			assertResources(t, adrResources, ctr.Resources)
			require.Len(t, ctr.Ports, 1)
			assert.Equal(t, "http", ctr.Ports[0].Name)
			assert.Equal(t, int32(3000), ctr.Ports[0].ContainerPort)
			assert.Equal(t, "/live", ctr.LivenessProbe.HTTPGet.Path)
			assert.Equal(t, "/ready", ctr.ReadinessProbe.HTTPGet.Path)
			assert.Equal(t, "http", ctr.LivenessProbe.HTTPGet.Port.StrVal, "probes target the named container port")
			assert.Equal(t, "tmp", mounts(ctr)["/tmp"], "a read-only root filesystem needs a writable /tmp")
			for _, v := range spec.Volumes {
				if v.Name == "tmp" {
					want := resource.MustParse(adrResources.EphemeralStorage)
					assert.Zero(t, want.Cmp(*v.EmptyDir.SizeLimit), "/tmp may fill the pod's local disk budget, no more")
				}
			}

			var shm *corev1.Volume
			for i, v := range spec.Volumes {
				if v.Name == mounts(ctr)["/dev/shm"] {
					shm = &spec.Volumes[i]
				}
			}
			if tc.wantShmMedium {
				require.NotNil(t, shm, "/dev/shm must be mounted")
				assert.Equal(t, corev1.StorageMediumMemory, shm.EmptyDir.Medium)
			} else {
				assert.Nil(t, shm)
			}

			var sa corev1.ServiceAccount
			objs.Decode(t, "ServiceAccount", "screenshot-algo-backend", &sa)
			assert.Equal(t, false, *sa.AutomountServiceAccountToken)
		})
	}
}

func TestWorkloadEnvironment(t *testing.T) {
	props := baseWorkload()
	props.ConfigMap = "screenshot-algo-config"
	props.Secrets = []c.SecretKey{{Var: "DATABASE_PASSWORD", Secret: "db", Key: "password"}}
	objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewWorkload(s, "w", props) })
	ctr := objs.Deployment(t, "screenshot-algo-backend").Spec.Template.Spec.Containers[0]
	require.Len(t, ctr.EnvFrom, 1)
	assert.Equal(t, "screenshot-algo-config", ctr.EnvFrom[0].ConfigMapRef.Name)
	// The credential is a file the kubelet rewrites on rotation, never a value in the
	// environment, which would keep the old one until a restart.
	require.Len(t, ctr.Env, 1)
	assert.Equal(t, "DATABASE_PASSWORD_FILE", ctr.Env[0].Name)
	assert.Equal(t, c.SecretsDir(app)+"/db/password", ctr.Env[0].Value)
	spec := objs.Deployment(t, "screenshot-algo-backend").Spec.Template.Spec
	var vol *corev1.Volume
	for i := range spec.Volumes {
		if spec.Volumes[i].Name == mounts(ctr)[c.SecretsDir(app)+"/db"] {
			vol = &spec.Volumes[i]
		}
	}
	require.NotNil(t, vol, "the Secret is mounted at its folder")
	require.NotNil(t, vol.Secret)
	assert.Equal(t, "db", vol.Secret.SecretName)
	assert.Equal(t, []corev1.KeyToPath{{Key: "password", Path: "password"}}, vol.Secret.Items, "only the keys the container reads")
	for _, m := range ctr.VolumeMounts {
		if m.Name == vol.Name {
			assert.True(t, m.ReadOnly)
			assert.Empty(t, m.SubPath, "the kubelet never updates a subPath mount")
		}
	}
}

func TestWebService(t *testing.T) {
	cases := []struct {
		name     string
		port     int32
		wantPort int32
	}{
		{"zero port means the container's, which a policy engine filtering before address translation sees", 0, 3000},
		{"explicit port", 8443, 8443},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			objs := constructstest.Synth(t, func(s constructs.Construct) {
				c.NewWebService(s, "web", c.WebServiceProps{WorkloadProps: baseWorkload(), ServicePort: tc.port})
			})
			svc := objs.Service(t, "screenshot-algo-backend")
			d := objs.Deployment(t, "screenshot-algo-backend")
			assert.Equal(t, corev1.ServiceTypeClusterIP, svc.Spec.Type)
			assert.True(t, constructstest.Selects(svc.Spec.Selector, d.Spec.Template.Labels), "Service selector must match the pods")
			require.Len(t, svc.Spec.Ports, 1)
			assert.Equal(t, tc.wantPort, svc.Spec.Ports[0].Port)
			target := svc.Spec.Ports[0].TargetPort.StrVal
			var found bool
			for _, p := range d.Spec.Template.Spec.Containers[0].Ports {
				found = found || p.Name == target
			}
			assert.True(t, found, "Service targetPort %q must name a container port", target)
		})
	}
}

func TestWorker(t *testing.T) {
	cases := []struct {
		name      string
		shm       string
		grace     int64
		wantShm   string
		wantGrace int64
	}{
		{"defaults cover Chromium and a job in flight", "", 0, c.DefaultWorkerSharedMemory, c.DefaultWorkerGracePeriodSeconds},
		{"explicit sizes win", "1Gi", 300, "1Gi", 300},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			props := baseWorkload()
			props.Identity.Name = "worker"
			props.SharedMemorySize = tc.shm
			props.TerminationGracePeriodSeconds = tc.grace
			objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewWorker(s, "worker", c.WorkerProps{WorkloadProps: props}) })
			assert.Empty(t, objs.Of("Service"), "workers take no traffic")
			spec := objs.Deployment(t, "screenshot-algo-worker").Spec.Template.Spec
			assert.Equal(t, tc.wantGrace, *spec.TerminationGracePeriodSeconds)
			require.NotNil(t, spec.DNSConfig, "public host names resolve without the cluster's search domains")
			assert.Equal(t, "1", *spec.DNSConfig.Options[0].Value)
			assert.Equal(t, int32(c.DefaultWorkerStartupSeconds/5), spec.Containers[0].StartupProbe.FailureThreshold)
			shmName := mounts(spec.Containers[0])["/dev/shm"]
			require.NotEmpty(t, shmName)
			for _, v := range spec.Volumes {
				if v.Name == shmName {
					assert.Equal(t, corev1.StorageMediumMemory, v.EmptyDir.Medium)
					want := resource.MustParse(tc.wantShm)
					assert.Zero(t, want.Cmp(*v.EmptyDir.SizeLimit))
				}
			}
		})
	}
}

// TestWorkloadStartsAndStops checks what a pod does around its start and stop, and where it
// runs, for a Deployment and for a Rollout.
func TestWorkloadStartsAndStops(t *testing.T) {
	cases := []struct {
		name          string
		props         func(p *c.WorkloadProps)
		wantPreStop   int64 // 0: no preStop hook at all
		wantStartup   int32 // the startup probe's failureThreshold at a 5s period
		wantNdots     string
		wantPriority  string
		wantHashLabel string
		wantRuntime   string
		wantPool      string // the "pool" label the pods select and whose taint they tolerate
	}{
		{name: "zero values: no wait, a minute to start, the cluster's DNS and priority",
			props: func(p *c.WorkloadProps) {}, wantStartup: 12, wantHashLabel: "pod-template-hash"},
		{name: "a web tier behind a Service waits before it stops",
			props: func(p *c.WorkloadProps) {
				p.PreStopSleepSeconds = 10
				p.StartupSeconds = 30
				p.PriorityClassName = "screenshot-algo-critical"
			},
			wantPreStop: 10, wantStartup: 6, wantPriority: "screenshot-algo-critical", wantHashLabel: "pod-template-hash"},
		{name: "a worker resolving public hosts, slow to start",
			props: func(p *c.WorkloadProps) { p.DNSNdots = 1; p.StartupSeconds = 120 }, wantStartup: 24, wantNdots: "1", wantHashLabel: "pod-template-hash"},
		{name: "a sandboxed worker on its own nodes",
			props: func(p *c.WorkloadProps) {
				p.RuntimeClassName = "gvisor"
				p.DedicatedNodes = map[string]string{"pool": "untrusted"}
			},
			wantStartup: 12, wantHashLabel: "pod-template-hash", wantRuntime: "gvisor", wantPool: "untrusted"},
		{name: "a Rollout spreads by its own hash label and keeps the preStop wait",
			props: func(p *c.WorkloadProps) {
				p.PreStopSleepSeconds = 10
				p.BlueGreen = &c.BlueGreen{ActiveService: "a", PreviewService: "b", Analysis: "x"}
			},
			wantPreStop: 10, wantStartup: 12, wantHashLabel: c.RolloutHashLabel},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			props := baseWorkload()
			props.Spread = true
			tc.props(&props)
			objs := constructstest.Synth(t, func(s constructs.Construct) { c.NewWorkload(s, "w", props) })
			tpl, ok := objs.PodTemplates(t)["screenshot-algo-backend"]
			require.True(t, ok)
			spec := tpl.Spec
			ctr := spec.Containers[0]
			if tc.wantPreStop == 0 {
				assert.Nil(t, ctr.Lifecycle)
			} else {
				require.NotNil(t, ctr.Lifecycle, "the preStop hook must survive rendering")
				require.NotNil(t, ctr.Lifecycle.PreStop.Sleep, "a sleep action: it needs no shell in the image")
				assert.Equal(t, tc.wantPreStop, ctr.Lifecycle.PreStop.Sleep.Seconds)
			}
			require.NotNil(t, ctr.StartupProbe)
			assert.Equal(t, "/live", ctr.StartupProbe.HTTPGet.Path, "the startup probe asks what liveness will ask")
			assert.Equal(t, tc.wantStartup, ctr.StartupProbe.FailureThreshold)
			assert.Zero(t, ctr.LivenessProbe.InitialDelaySeconds, "the startup probe holds liveness off; no fixed delay")
			if tc.wantNdots == "" {
				assert.Nil(t, spec.DNSConfig)
			} else {
				require.NotNil(t, spec.DNSConfig)
				require.Len(t, spec.DNSConfig.Options, 1)
				assert.Equal(t, "ndots", spec.DNSConfig.Options[0].Name)
				assert.Equal(t, tc.wantNdots, *spec.DNSConfig.Options[0].Value)
			}
			assert.Equal(t, tc.wantPriority, spec.PriorityClassName)
			if tc.wantRuntime == "" {
				assert.Nil(t, spec.RuntimeClassName)
			} else {
				assert.Equal(t, tc.wantRuntime, *spec.RuntimeClassName)
			}
			if tc.wantPool == "" {
				assert.Empty(t, spec.NodeSelector)
				assert.Empty(t, spec.Tolerations)
			} else {
				assert.Equal(t, map[string]string{"pool": tc.wantPool}, spec.NodeSelector)
				assert.Equal(t, []corev1.Toleration{{Key: "pool", Operator: corev1.TolerationOpEqual, Value: tc.wantPool, Effect: corev1.TaintEffectNoSchedule}}, spec.Tolerations)
			}
			require.Len(t, spec.TopologySpreadConstraints, 2)
			for _, sc := range spec.TopologySpreadConstraints {
				assert.Equal(t, []string{tc.wantHashLabel}, sc.MatchLabelKeys, "a release's new pods spread among themselves")
			}
		})
	}
}
