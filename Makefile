# Screenshot_Algo Kubernetes manifests. On a fresh machine:
#   make synth   installs what is missing (Go modules, Node 22, the cdk8s CLI) and writes dist/
#   make test    runs every test
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := synth

# Everything runs on the project's Node 22 from npm, never the machine's end-of-life Node:
# jsii starts $JSII_NODE, and the cdk8s CLI's `#!/usr/bin/env node` finds node_modules/.bin first.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export JSII_NODE := $(CURDIR)/node_modules/.bin/node

NPM_STAMP := node_modules/.installed
GO_STAMP := .cache/go-modules.stamp

.PHONY: synth test test-short snapshots cdk8s-synth deps controlplane imports api crds local-cluster kind-up deploy deploy-dev bench clean help

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

deps: $(NPM_STAMP) $(GO_STAMP) ## install Node 22, the cdk8s CLI and the Go modules

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@# node_modules ships Go files (flatted); a go.mod there keeps them out of ./...
	@printf 'module ignore/node_modules\n' > node_modules/go.mod
	@touch $@

$(GO_STAMP): go.mod go.sum
	go mod download
	@mkdir -p $(dir $@) && touch $@

synth: deps ## synthesize every environment into dist/ (SYNTH_FLAGS="--env production" to narrow)
	go run . $(SYNTH_FLAGS)

cdk8s-synth: deps ## the same, through the cdk8s CLI and cdk8s.yaml
	cdk8s synth

imports: deps ## regenerate constructs/imports/ offline: cdk8s import of the pinned CRDs, one package per API group
	go run ./internal/cmd/importcrds

api: ## record the constructs library's exported API, once constructs/CHANGES.md says what changed
	tools/apidiff/record.sh

controlplane: ## build (or reuse, from the per-user cache) every tool the tests run: the control plane, kwok, Argo Rollouts, Prometheus, Argo CD, Traefik, redis_exporter, Karpenter, the linters
	tools/controlplane/build.sh

# build.sh prints progress on stderr and the binaries' folder on stdout; redis/install.sh
# installs Debian's redis-server if missing and prints its path. testreport prints what go test
# prints, then the slowest ten tests. The scenario tests of verify mostly wait (on controllers,
# pauses, analyses), so more of them run at once than the machine has cores (-parallel; the
# default is the number of cores).
test: deps ## run every test, including the real control-plane checks
	go build -o .cache/bin/testreport ./internal/cmd/testreport
	CONTROLPLANE_BIN="$$(tools/controlplane/build.sh)" REDIS_SERVER="$$(tools/redis/install.sh)" go test -json -timeout 30m -parallel 16 ./... github.com/screenshot-algo/k8s/constructs/... early.screenshot-algo.io/startup/... | .cache/bin/testreport

test-short: deps ## run the fast tests only
	go test -short ./... github.com/screenshot-algo/k8s/constructs/... early.screenshot-algo.io/startup/...

snapshots: deps ## rewrite the snapshots after an intended change (review the diff!)
	UPDATE_SNAPSHOTS=1 go test -run 'TestSnapshots' .
	go run .

bench: deps ## measure synthesis speed and memory against the alternatives; writes docs/benchmarks.md
	CONTROLPLANE_BIN="$$(tools/controlplane/build.sh)" go run ./internal/cmd/bench

# Local clusters. Kind needs a Docker engine; local-cluster needs nothing but this repository.
KIND_CONTEXT := kind-screenshot-algo
CERT_MANAGER := https://github.com/cert-manager/cert-manager/releases/download/v1.19.1/cert-manager.yaml

crds: deps ## install every CRD the output uses, from the pinned modules, into kubectl's current context
	go run ./internal/cmd/crds | kubectl apply --server-side -f -

local-cluster: deps ## run the simulated cluster (control plane + kwok) until Ctrl-C and print its kubeconfig
	CONTROLPLANE_BIN="$$(tools/controlplane/build.sh)" go run ./internal/cmd/localcluster

kind-up: deps ## create the Kind cluster of local/kind.yaml (three zoned nodes), its local registry, the output's CRDs (Gateway API among them), Traefik and cert-manager
	kind create cluster --config local/kind.yaml
	local/kind-registry.sh
	go run ./internal/cmd/crds | kubectl --context $(KIND_CONTEXT) apply --server-side --force-conflicts -f -
	kubectl --context $(KIND_CONTEXT) apply -f local/traefik.yaml
	kubectl --context $(KIND_CONTEXT) apply -f $(CERT_MANAGER)
	kubectl --context $(KIND_CONTEXT) -n traefik wait --for=condition=Available deployment/traefik --timeout=180s
	kubectl --context $(KIND_CONTEXT) -n cert-manager wait --for=condition=Available deployment --all --timeout=180s
	kubectl --context $(KIND_CONTEXT) apply -f local/selfsigned-issuer.yaml

deploy: deps ## deploy one environment to its cluster: make deploy ENV=production [DEPLOY_FLAGS=--dry-run]
	@test -n "$(ENV)" || { echo "make deploy needs ENV=dev, staging or production" >&2; exit 2; }
	go run . deploy $(ENV) $(DEPLOY_FLAGS)

deploy-dev: ## deploy dev to the Kind cluster (make kind-up), marking it as dev's on first use
	$(MAKE) deploy ENV=dev DEPLOY_FLAGS="--claim-cluster $(DEPLOY_FLAGS)"

clean: ## remove installed tooling and this clone's caches (not dist/, nor the per-user cache of built tools)
	rm -rf node_modules .cache
