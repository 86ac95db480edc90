package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// priorityClasses are the PriorityClasses of the app's priorities. Critical is far above the
// default of 0, so that Redis and the backend are scheduled first and may preempt; preemptible
// is below it, so that the workers are what the scheduler evicts first, and never preempt, but
// not below env.ExpendablePriorityCutoff: Cluster Autoscaler would never add a node for them.
var priorityClasses = map[env.Priority]c.PriorityClassProps{
	env.Critical: {PartOf: env.App, Name: string(env.Critical), Value: 100000, Preempting: true,
		Description: "Screenshot_Algo's Redis and backend: nothing works without them."},
	env.Preemptible: {PartOf: env.App, Name: string(env.Preemptible), Value: env.ExpendablePriorityCutoff + 5, Preempting: false,
		Description: "Screenshot_Algo's screenshot workers: evicted first; their jobs are retried from the queue."},
}

// priorityClassName names a priority's PriorityClass; empty for the cluster's default.
func priorityClassName(p env.Priority) string {
	if p == "" {
		return ""
	}
	return env.ObjectName(string(p))
}

// newPriorityClasses builds the PriorityClass of each priority that Redis or a tier uses.
func newPriorityClasses(scope constructs.Construct, e env.Environment) {
	used := map[env.Priority]bool{RedisPriority: true}
	for _, t := range e.Tiers {
		used[t.Priority] = true
	}
	for _, p := range env.Priorities {
		if used[p] {
			c.NewPriorityClass(scope, "Priority-"+string(p), priorityClasses[p])
		}
	}
}

// RedisPriority ranks Redis: the queue every tier needs.
const RedisPriority = env.Critical
