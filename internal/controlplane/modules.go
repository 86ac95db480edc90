package controlplane

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// CRDSource is a set of CRD files inside a Go module pinned in tools/crds/go.mod.
type CRDSource struct {
	Module string
	Files  []string
}

// CRDSources are the CRDs the output uses now or will: Argo Rollouts, Prometheus Operator,
// External Secrets, cert-manager, Istio, Argo CD, Gateway API (its standard channel, as
// `kubectl apply` of its standard-install.yaml installs it) and Traefik's own. The versions are
// tools/crds/go.mod's.
var CRDSources = []CRDSource{
	{Module: "github.com/argoproj/argo-rollouts", Files: []string{
		"manifests/crds/rollout-crd.yaml",
		"manifests/crds/analysis-template-crd.yaml",
		"manifests/crds/cluster-analysis-template-crd.yaml",
		"manifests/crds/analysis-run-crd.yaml",
		"manifests/crds/experiment-crd.yaml",
	}},
	{Module: "github.com/prometheus-operator/prometheus-operator", Files: []string{
		"example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml",
		"example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml",
		"example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml",
	}},
	{Module: "github.com/external-secrets/external-secrets", Files: []string{
		"config/crds/bases/external-secrets.io_externalsecrets.yaml",
		"config/crds/bases/external-secrets.io_secretstores.yaml",
		"config/crds/bases/external-secrets.io_clustersecretstores.yaml",
	}},
	{Module: "github.com/cert-manager/cert-manager", Files: []string{
		"deploy/crds/cert-manager.io_certificates.yaml",
		"deploy/crds/cert-manager.io_issuers.yaml",
		"deploy/crds/cert-manager.io_clusterissuers.yaml",
	}},
	{Module: "istio.io/api", Files: []string{
		"kubernetes/customresourcedefinitions.gen.yaml",
	}},
	{Module: "github.com/argoproj/argo-cd/v3", Files: []string{
		"manifests/crds/application-crd.yaml",
		"manifests/crds/appproject-crd.yaml",
	}},
	{Module: "sigs.k8s.io/gateway-api", Files: []string{
		"config/crd/standard/gateway.networking.k8s.io_gatewayclasses.yaml",
		"config/crd/standard/gateway.networking.k8s.io_gateways.yaml",
		"config/crd/standard/gateway.networking.k8s.io_httproutes.yaml",
		"config/crd/standard/gateway.networking.k8s.io_grpcroutes.yaml",
		"config/crd/standard/gateway.networking.k8s.io_referencegrants.yaml",
		"config/crd/standard/gateway.networking.k8s.io_backendtlspolicies.yaml",
		"config/crd/standard/gateway.networking.k8s.io_listenersets.yaml",
		"config/crd/standard/gateway.networking.k8s.io_tcproutes.yaml",
		"config/crd/standard/gateway.networking.k8s.io_tlsroutes.yaml",
		"config/crd/standard/gateway.networking.k8s.io_udproutes.yaml",
	}},
	{Module: "github.com/traefik/traefik/v3", Files: []string{
		"docs/content/reference/dynamic-configuration/kubernetes-crd-definition-v1.yml",
	}},
}

// CRDFiles returns the paths of every CRD file in CRDSources, downloading the pinned modules
// into the Go module cache when they are not there yet.
func CRDFiles(repoRoot string) ([]string, error) {
	var paths []string
	for _, src := range CRDSources {
		dir, err := ModuleDir(filepath.Join(repoRoot, "tools", "crds"), src.Module)
		if err != nil {
			return nil, err
		}
		for _, f := range src.Files {
			paths = append(paths, filepath.Join(dir, f))
		}
	}
	return paths, nil
}

// KwokStages returns kwok's Stage configuration, assembled from the Stage files that the pinned
// kwok module ships: nodes become Ready and keep a heartbeat; pods become Ready, complete, and
// go away when deleted.
func KwokStages(repoRoot string) ([]byte, error) {
	dir, err := ModuleDir(filepath.Join(repoRoot, "tools", "controlplane", "kwok"), "sigs.k8s.io/kwok")
	if err != nil {
		return nil, err
	}
	var docs []string
	for _, f := range []string{
		"kustomize/stage/node/fast/node-initialize.yaml",
		"kustomize/stage/node/heartbeat/node-heartbeat.yaml",
		"kustomize/stage/pod/fast/pod-ready.yaml",
		"kustomize/stage/pod/fast/pod-complete.yaml",
		"kustomize/stage/pod/fast/pod-delete.yaml",
	} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		docs = append(docs, strings.TrimSpace(string(b)))
	}
	return []byte(strings.Join(docs, "\n---\n") + "\n"), nil
}

// ModuleDir returns where the version of module pinned in the go.mod of modDir sits in the Go
// module cache, downloading it if needed.
func ModuleDir(modDir, module string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Dir = modDir
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jsonErr := json.Unmarshal(out, &info); jsonErr != nil || err != nil || info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("locating %s pinned in %s/go.mod: %v %s", module, modDir, err, info.Error)
	}
	return info.Dir, nil
}

// CRDs reads every CRD in CRDSources.
func CRDs(repoRoot string) ([]*unstructured.Unstructured, error) {
	files, err := CRDFiles(repoRoot)
	if err != nil {
		return nil, err
	}
	return ReadManifests(files...)
}
