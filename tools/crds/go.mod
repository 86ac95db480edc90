// Module crds pins the projects whose CustomResourceDefinitions the output uses. Nothing here
// is built: the tests and `make imports` read the CRD files from these modules in the Go module
// cache (`go mod download -json MODULE` in this folder prints where), so the project never
// fetches CRDs from the internet nor keeps hand-copied ones.
module github.com/screenshot-algo/k8s/tools/crds

go 1.26.0

require (
	github.com/argoproj/argo-cd/v3 v3.2.0
	github.com/argoproj/argo-rollouts v1.10.1
	github.com/cert-manager/cert-manager v1.19.1
	github.com/external-secrets/external-secrets v1.3.2
	github.com/prometheus-operator/prometheus-operator v0.93.0
	github.com/traefik/traefik/v3 v3.6.2
	istio.io/api v1.30.3
	sigs.k8s.io/gateway-api v1.6.3
)
