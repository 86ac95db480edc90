package verify

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/screenshot-algo/k8s/synth"
)

// redisClaim is the claim the Redis StatefulSet makes for its pod.
const redisClaim = "data-screenshot-algo-redis-0"

// installForRemoval synthesizes production into its own namespace, applies it as the README
// says (cluster/ first, then the app, with kubectl apply -k), waits until Redis holds its volume,
// and returns the folder and the claim's UID.
func installForRemoval(t *testing.T, ns string) (string, types.UID) {
	t.Helper()
	simulation(t)
	ctx := context.Background()
	folder := synthProductionIn(t, ns)
	applyFolder(t, folder)
	deleteNamespaceAtEnd(t, ns)
	var claim *corev1.PersistentVolumeClaim
	var err error
	require.Eventually(t, func() bool {
		claim, err = simClient.Typed.CoreV1().PersistentVolumeClaims(ns).Get(ctx, redisClaim, metav1.GetOptions{})
		return err == nil && claim.Status.Phase == corev1.ClaimBound
	}, 2*time.Minute, 250*time.Millisecond, "Redis's claim is bound")
	return folder, claim.UID
}

// TestDeletingTheAppKeepsRedisData: kubectl delete -k dist/<env> removes the app, but the
// namespace, in cluster/, stays, and with it Redis's claim and the queued jobs on its volume. A
// new apply gives the new Redis pod the same claim.
func TestDeletingTheAppKeepsRedisData(t *testing.T) {
	needsCluster(t)
	const ns = "removal"
	ctx := context.Background()
	folder, uid := installForRemoval(t, ns)

	kubectl(t, "delete", "-k", folder)
	require.Eventually(t, func() bool {
		_, err := simClient.Typed.AppsV1().StatefulSets(ns).Get(ctx, "screenshot-algo-redis", metav1.GetOptions{})
		return apierrors.IsNotFound(err)
	}, time.Minute, 250*time.Millisecond, "the app is gone")
	// Long enough for the namespace and garbage collectors to have acted, had they anything to do.
	time.Sleep(5 * time.Second)
	namespace, err := simClient.Typed.CoreV1().Namespaces().Get(ctx, ns, metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, corev1.NamespaceActive, namespace.Status.Phase)
	claim, err := simClient.Typed.CoreV1().PersistentVolumeClaims(ns).Get(ctx, redisClaim, metav1.GetOptions{})
	require.NoError(t, err, "Redis's data survives the app's removal")
	assert.Equal(t, uid, claim.UID)
	assert.Nil(t, claim.DeletionTimestamp)

	kubectl(t, "apply", "-k", folder)
	require.Eventually(t, func() bool {
		pod, err := simClient.Typed.CoreV1().Pods(ns).Get(ctx, "screenshot-algo-redis-0", metav1.GetOptions{})
		return err == nil && pod.Status.Phase == corev1.PodRunning
	}, 2*time.Minute, 250*time.Millisecond, "Redis comes back")
	claim, err = simClient.Typed.CoreV1().PersistentVolumeClaims(ns).Get(ctx, redisClaim, metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, uid, claim.UID, "on the volume it had")
}

// TestDeletingWithTheNamespaceIsCaught proves the test above can fail: with the Namespace back
// in the app's Kustomization, as it was, kubectl delete -k takes the claim with it.
func TestDeletingWithTheNamespaceIsCaught(t *testing.T) {
	needsCluster(t)
	const ns = "removal-old-layout"
	ctx := context.Background()
	folder, _ := installForRemoval(t, ns)
	kustomization := filepath.Join(folder, synth.KustomizationFile)
	b, err := os.ReadFile(kustomization)
	require.NoError(t, err)
	b = append(b, []byte("  - "+synth.ClusterDir+"/00-namespace-"+ns+".yaml\n")...)
	require.NoError(t, os.WriteFile(kustomization, b, 0o644))

	kubectl(t, "delete", "-k", folder, "--wait=false")
	require.Eventually(t, func() bool {
		_, err := simClient.Typed.CoreV1().PersistentVolumeClaims(ns).Get(ctx, redisClaim, metav1.GetOptions{})
		return apierrors.IsNotFound(err)
	}, 2*time.Minute, 250*time.Millisecond, "deleting the namespace deletes Redis's claim")
}
