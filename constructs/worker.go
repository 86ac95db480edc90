package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// WorkerProps describe the screenshot workers.
type WorkerProps struct {
	WorkloadProps
	// Metrics gives the workers a headless Service, "<name>-metrics", that only Prometheus uses.
	Metrics bool
}

// DefaultWorkerSharedMemory is /dev/shm when none is given. Chromium keeps rendered tiles in
// shared memory; the runtime's 64Mi default makes it crash on long pages.
const DefaultWorkerSharedMemory = "256Mi"

// DefaultWorkerGracePeriodSeconds covers a screenshot job in flight when none is given.
const DefaultWorkerGracePeriodSeconds = 120

// NewWorker builds the headless-browser workers. They pull jobs from Redis and take no traffic,
// so they get no Service of their own; their port serves only health checks and metrics. They always get a
// memory-backed /dev/shm and a grace period long enough to finish the job in hand.
func NewWorker(scope constructs.Construct, id string, props WorkerProps) *Workload {
	p := props.WorkloadProps
	if p.SharedMemorySize == "" {
		p.SharedMemorySize = DefaultWorkerSharedMemory
	}
	if p.TerminationGracePeriodSeconds == 0 {
		p.TerminationGracePeriodSeconds = DefaultWorkerGracePeriodSeconds
	}
	w := NewWorkload(scope, id, p)
	if props.Metrics {
		meta := p.Identity.Meta(w.Name+"-metrics", p.Namespace)
		(*meta.Labels)[MetricsLabel] = jsii.String("true")
		k8s.NewKubeService(w.Construct, jsii.String("MetricsService"), &k8s.KubeServiceProps{
			Metadata: meta,
			Spec: &k8s.ServiceSpec{
				ClusterIp: jsii.String("None"),
				Selector:  StringMap(p.Identity.SelectorLabels()),
				Ports: &[]*k8s.ServicePort{{Name: jsii.String("http"), Port: num(p.Port), Protocol: jsii.String("TCP"),
					TargetPort: k8s.IntOrString_FromString(jsii.String("http"))}},
			},
		})
	}
	return w
}
