package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	argocd "github.com/screenshot-algo/k8s/constructs/imports/argocd_argoprojio"
	argo "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio"
	certmanager "github.com/screenshot-algo/k8s/constructs/imports/certmanager_certmanagerio"
	eso "github.com/screenshot-algo/k8s/constructs/imports/externalsecrets_externalsecretsio"
	gateway "github.com/screenshot-algo/k8s/constructs/imports/gateway_gatewaynetworkingk8sio"
	istionet "github.com/screenshot-algo/k8s/constructs/imports/istionetworking_networkingistioio"
	istiosec "github.com/screenshot-algo/k8s/constructs/imports/istiosecurity_securityistioio"
	monitoring "github.com/screenshot-algo/k8s/constructs/imports/monitoring_monitoringcoreoscom"
	traefik "github.com/screenshot-algo/k8s/constructs/imports/traefik_traefikio"
	"github.com/screenshot-algo/k8s/internal/k8stest"
)

// TestImportsProvideTheTypes fails to build when constructs/imports/ lacks a type the constructs use, and
// fails when a type is bound to another API version than the one the constructs are written for.
func TestImportsProvideTheTypes(t *testing.T) {
	cases := []struct {
		gvk              *cdk8s.GroupVersionKind
		apiVersion, kind string
	}{
		{argo.Rollout_GVK(), "argoproj.io/v1alpha1", "Rollout"},
		{argo.AnalysisTemplate_GVK(), "argoproj.io/v1alpha1", "AnalysisTemplate"},
		{argocd.Application_GVK(), "argoproj.io/v1alpha1", "Application"},
		{argocd.AppProject_GVK(), "argoproj.io/v1alpha1", "AppProject"},
		{monitoring.ServiceMonitor_GVK(), "monitoring.coreos.com/v1", "ServiceMonitor"},
		{monitoring.PrometheusRule_GVK(), "monitoring.coreos.com/v1", "PrometheusRule"},
		{eso.ExternalSecret_GVK(), "external-secrets.io/v1", "ExternalSecret"},
		{istionet.VirtualService_GVK(), "networking.istio.io/v1", "VirtualService"},
		{istionet.DestinationRule_GVK(), "networking.istio.io/v1", "DestinationRule"},
		{istiosec.PeerAuthentication_GVK(), "security.istio.io/v1", "PeerAuthentication"},
		{certmanager.Certificate_GVK(), "cert-manager.io/v1", "Certificate"},
		{certmanager.Issuer_GVK(), "cert-manager.io/v1", "Issuer"},
		{gateway.Gateway_GVK(), "gateway.networking.k8s.io/v1", "Gateway"},
		{gateway.HttpRoute_GVK(), "gateway.networking.k8s.io/v1", "HTTPRoute"},
		{traefik.TraefikService_GVK(), "traefik.io/v1alpha1", "TraefikService"},
		{traefik.Middleware_GVK(), "traefik.io/v1alpha1", "Middleware"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.apiVersion, *tc.gvk.ApiVersion, tc.kind)
		assert.Equal(t, tc.kind, *tc.gvk.Kind)
	}
}

// TestImportsAreCurrent regenerates constructs/imports/ from the pinned CRDs, offline, and expects the
// committed code byte for byte.
func TestImportsAreCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs cdk8s import once per API group")
	}
	// cdk8s import names the packages after the nearest go.mod's module: the library's.
	tmp := t.TempDir()
	gomod, err := os.ReadFile(filepath.Join("constructs", "go.mod"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(tmp, "go.mod"), gomod, 0o644))
	out := filepath.Join(tmp, "imports")
	cmd := exec.Command("go", "run", "./internal/cmd/importcrds", "--output", out)
	cmd.Env = append(os.Environ(), "PATH="+filepath.Join(mustAbs(t, "node_modules"), ".bin")+string(os.PathListSeparator)+os.Getenv("PATH"))
	config, err := os.ReadFile("cdk8s.yaml")
	require.NoError(t, err)
	logs, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", logs)
	assert.Equal(t, k8stest.ReadTree(t, filepath.Join("constructs", "imports")), k8stest.ReadTree(t, out), "constructs/imports/ is stale: run make imports and commit it")
	after, err := os.ReadFile("cdk8s.yaml")
	require.NoError(t, err)
	assert.Equal(t, string(config), string(after), "cdk8s import must not record imports in the project's cdk8s.yaml")
	assert.NotContains(t, string(after), "imports:", "cdk8s.yaml lists no import: constructs/imports/ is regenerated offline by make imports")
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	require.NoError(t, err)
	return abs
}
