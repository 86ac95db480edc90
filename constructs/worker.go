package constructs

import (
	"cmp"
	"github.com/aws/constructs-go/constructs/v10"
)

// WorkerProps describe the screenshot workers.
type WorkerProps struct {
	WorkloadProps
}

// DefaultWorkerSharedMemory is /dev/shm when none is given. Chromium keeps rendered tiles in
// shared memory; the runtime's 64Mi default makes it crash on long pages.
const DefaultWorkerSharedMemory = "256Mi"

// DefaultWorkerGracePeriodSeconds covers a screenshot job in flight when none is given.
const DefaultWorkerGracePeriodSeconds = 120

// DefaultWorkerStartupSeconds allows for Chromium's cold start on a busy node.
const DefaultWorkerStartupSeconds = 120

// NewWorker builds the headless-browser workers. They pull jobs from Redis and take no traffic,
// so they get no Service of their own; their port serves only health checks and metrics. They
// always get a memory-backed /dev/shm, a grace period long enough to finish the job in hand,
// time for Chromium to start, and a resolver with ndots 1 unless told otherwise: the hosts they
// screenshot are public names, each of which ndots 5 would first try under every cluster
// search domain (about ten lookups a name).
func NewWorker(scope constructs.Construct, id string, props WorkerProps) *Workload {
	p := props.WorkloadProps
	p.SharedMemorySize = cmp.Or(p.SharedMemorySize, DefaultWorkerSharedMemory)
	p.TerminationGracePeriodSeconds = cmp.Or(p.TerminationGracePeriodSeconds, DefaultWorkerGracePeriodSeconds)
	p.StartupSeconds = cmp.Or(p.StartupSeconds, DefaultWorkerStartupSeconds)
	p.DNSNdots = cmp.Or(p.DNSNdots, 1)
	return NewWorkload(scope, id, p)
}
