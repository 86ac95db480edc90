package deploy

import (
	"context"
	"fmt"
	"strings"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/screenshot-algo/k8s/env"
)

const (
	// IdentityNamespace and IdentityName place the ConfigMap that says which environment a
	// cluster belongs to. Its data.environment names it.
	IdentityNamespace = "kube-system"
	IdentityName      = "screenshot-algo-cluster"
)

// CheckContext refuses a kubeconfig context other than the environment's. Deploy checks it
// first; the command checks it before it synthesizes too.
func CheckContext(e env.Environment, t Target) error {
	if e.Cluster.Context == "" || t.Context == "" || t.Context == e.Cluster.Context {
		return nil
	}
	return fmt.Errorf("%s: the kube context is %q, but %s deploys only through %q (env.Cluster.Context); choose it with --context %s",
		e.Name, t.Context, e.Name, e.Cluster.Context, e.Cluster.Context)
}

// checkIdentity refuses a cluster whose identity ConfigMap names another environment, or that
// has none, unless ClaimCluster creates it. It reads the cluster first, so it also reports an
// unreachable cluster.
func checkIdentity(ctx context.Context, c client.Client, e env.Environment, t Target, o Options) error {
	var cm corev1.ConfigMap
	err := c.Get(ctx, client.ObjectKey{Namespace: IdentityNamespace, Name: IdentityName}, &cm)
	switch {
	case apierrors.IsNotFound(err) && o.ClaimCluster && !o.DryRun:
		cm = corev1.ConfigMap{
			ObjectMeta: metav1.ObjectMeta{Namespace: IdentityNamespace, Name: IdentityName,
				Labels: map[string]string{"app.kubernetes.io/managed-by": FieldManager}},
			Data: map[string]string{"environment": e.Name},
		}
		err := c.Create(ctx, &cm)
		if err == nil {
			return nil
		}
		// Another deploy claimed the cluster between the read and the create: its claim
		// stands, and this deploy goes on only if it claimed it for the same environment.
		if !apierrors.IsAlreadyExists(err) {
			return fmt.Errorf("%s: claiming the cluster at %s: %w", e.Name, t.Config.Host, err)
		}
		if err := c.Get(ctx, client.ObjectKey{Namespace: IdentityNamespace, Name: IdentityName}, &cm); err != nil {
			return fmt.Errorf("%s: claiming the cluster at %s: %w", e.Name, t.Config.Host, err)
		}
	case apierrors.IsNotFound(err):
		return fmt.Errorf("%s: the cluster at %s has no identity ConfigMap %s/%s, so nothing says it is %s's; if it is, claim it once with: go run . deploy %s --claim-cluster",
			e.Name, t.Config.Host, IdentityNamespace, IdentityName, e.Name, e.Name)
	case err != nil:
		return fmt.Errorf("%s: cannot reach the cluster at %s: %w", e.Name, t.Config.Host, err)
	}
	if got := cm.Data["environment"]; got != e.Name {
		return fmt.Errorf("%s: the cluster at %s belongs to %q (%s/%s says so), not to %s; nothing was applied",
			e.Name, t.Config.Host, got, IdentityNamespace, IdentityName, e.Name)
	}
	return nil
}

// ArgoCDTrackingAnnotation is how Argo CD marks each live object an Application manages:
// "<application>:<group>/<kind>:<namespace>/<name>".
const ArgoCDTrackingAnnotation = "argocd.argoproj.io/tracking-id"

// checkNotArgoCD refuses an environment whose Namespace an Argo CD Application manages (the
// environment's GitOps alternative, dist/<env>/argocd): a deploy would take fields from Argo
// CD, which would report drift, or undo the deploy on its next self-heal. It reads the cluster
// first, so it also reports an unreachable cluster.
func checkNotArgoCD(ctx context.Context, c client.Client, e env.Environment, t Target) error {
	var ns corev1.Namespace
	err := c.Get(ctx, client.ObjectKey{Name: e.Namespace}, &ns)
	switch {
	case apierrors.IsNotFound(err):
		return nil
	case err != nil:
		return fmt.Errorf("%s: cannot reach the cluster at %s: %w", e.Name, t.Config.Host, err)
	}
	id, ok := ns.Annotations[ArgoCDTrackingAnnotation]
	if !ok {
		return nil
	}
	app, _, _ := strings.Cut(id, ":")
	return fmt.Errorf("%s: Argo CD Application %q syncs namespace %s at %s (its %s annotation says so); deploy through Argo CD, or delete that Application first; nothing was applied",
		e.Name, app, e.Namespace, t.Config.Host, ArgoCDTrackingAnnotation)
}
