package verify

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/watch"
)

// watchFloors watches the pods of namespace from now on and records every moment a tier had
// fewer ready pods than its floor. The returned function stops the watch and returns what it
// saw, sorted.
func watchFloors(t *testing.T, namespace string, floors map[string]int) func() []string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	// Watch from the current state, so that every change is seen in order.
	list, err := simClient.Typed.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	w, err := simClient.Typed.CoreV1().Pods(namespace).Watch(ctx, metav1.ListOptions{ResourceVersion: list.ResourceVersion})
	require.NoError(t, err)
	var mu sync.Mutex
	var violations []string
	var watching sync.WaitGroup
	watching.Add(1)
	go func() {
		defer watching.Done()
		pods := map[string]*corev1.Pod{}
		reported := map[string]int{} // the last count reported below a tier's floor
		for i := range list.Items {
			pods[list.Items[i].Name] = &list.Items[i]
		}
		for ev := range w.ResultChan() {
			p, ok := ev.Object.(*corev1.Pod)
			if !ok {
				continue
			}
			if ev.Type == watch.Deleted {
				delete(pods, p.Name)
			} else {
				pods[p.Name] = p
			}
			ready := map[string]int{}
			for _, p := range pods {
				if podReady(p) {
					ready[p.Labels[nameLabel]]++
				}
			}
			for tier, floor := range floors {
				if ready[tier] < floor && reported[tier] != ready[tier]+1 {
					reported[tier] = ready[tier] + 1
					mu.Lock()
					violations = append(violations, fmt.Sprintf("%s: %d ready, below its floor of %d, after %s of pod %s", tier, ready[tier], floor, ev.Type, p.Name))
					mu.Unlock()
				}
				if ready[tier] >= floor {
					reported[tier] = 0
				}
			}
		}
	}()
	return func() []string {
		w.Stop()
		cancel()
		watching.Wait()
		mu.Lock()
		defer mu.Unlock()
		sort.Strings(violations)
		return violations
	}
}
