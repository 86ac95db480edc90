#!/usr/bin/env bash
# Builds the control-plane binaries the verification tests run (etcd, kube-apiserver,
# kube-controller-manager, kube-scheduler, kwok), the release components they drive (the Argo
# Rollouts controller and its kubectl plugin, Prometheus and promtool) and the linters
# (kube-score, actionlint), a kubelet with a fake container runtime, and Argo CD's application
# controller and repo server, and Traefik, from the Go modules pinned in tools/. They land in .cache/controlplane/<key>/bin, where <key> is a digest of those pins, so
# a pin change builds afresh and anything already built for the current pins is reused.
# Prints the bin folder on its last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tools=$root/tools
key=$(cat "$tools"/controlplane/*/go.mod "$tools"/controlplane/*/go.sum "$tools"/controlplane/fakecri/main.go \
  "$tools"/{kube-score,actionlint,argo-rollouts,prometheus}/go.{mod,sum} | sha256sum | cut -c1-16)
bin=$root/.cache/controlplane/$key/bin
mkdir -p "$bin"
# Binaries built for earlier pins are of no more use.
find "$root/.cache/controlplane" -mindepth 1 -maxdepth 1 ! -name "$key" -exec rm -rf {} +

k8s_version=$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" {print $3}' "$tools/controlplane/kubernetes/go.mod")
minor=${k8s_version#v1.}; minor=${minor%%.*}
k8s_ldflags="-X k8s.io/component-base/version.gitVersion=$k8s_version -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"

# build NAME MODULE_DIR PACKAGE [LDFLAGS]
build() {
  local name=$1 dir=$2 pkg=$3 ldflags=${4:-}
  if [[ -x $bin/$name ]]; then
    echo "controlplane: $name: already built for these pins" >&2
    return
  fi
  local note=""
  case $name in
  kube-apiserver) note=" (a first build takes 10 to 15 minutes on 2 cores)" ;;
  rollouts-controller | promtool | argocd) note=" (a first build takes about 4 minutes on 2 cores)" ;;
  traefik) note=" (a first build takes about 9 minutes on 2 cores)" ;;
  esac
  echo "controlplane: building $name from $pkg$note ..." >&2
  local start=$SECONDS
  (cd "$tools/$dir" && go build -trimpath -ldflags "$ldflags" -o "$bin/$name.tmp" "$pkg")
  mv "$bin/$name.tmp" "$bin/$name"
  echo "controlplane: built $name in $((SECONDS - start))s" >&2
}

build etcd controlplane/etcd go.etcd.io/etcd/server/v3
build kube-apiserver controlplane/kubernetes k8s.io/kubernetes/cmd/kube-apiserver "$k8s_ldflags"
build kube-controller-manager controlplane/kubernetes k8s.io/kubernetes/cmd/kube-controller-manager "$k8s_ldflags"
build kube-scheduler controlplane/kubernetes k8s.io/kubernetes/cmd/kube-scheduler "$k8s_ldflags"
build kubectl controlplane/kubernetes k8s.io/kubernetes/cmd/kubectl "$k8s_ldflags"
build kubelet controlplane/kubernetes k8s.io/kubernetes/cmd/kubelet "$k8s_ldflags"
build fakecri controlplane/fakecri .
build kwok controlplane/kwok sigs.k8s.io/kwok/cmd/kwok
build kube-score kube-score github.com/zegl/kube-score/cmd/kube-score
build actionlint actionlint github.com/rhysd/actionlint/cmd/actionlint
build rollouts-controller argo-rollouts github.com/argoproj/argo-rollouts/cmd/rollouts-controller
build kubectl-argo-rollouts argo-rollouts github.com/argoproj/argo-rollouts/cmd/kubectl-argo-rollouts
build prometheus prometheus github.com/prometheus/prometheus/cmd/prometheus
build promtool prometheus github.com/prometheus/prometheus/cmd/promtool
# Argo CD is keyed by its own pins, kept beside it: a new Argo CD pin rebuilds Argo CD alone, not
# the API server. Its one binary runs as the component it is named for: the links name them.
argocd_key=$(cat "$tools"/argocd/go.{mod,sum} | sha256sum | cut -c1-16)
[[ $(cat "$bin/argocd.key" 2>/dev/null) == "$argocd_key" ]] || rm -f "$bin/argocd"
build argocd argocd github.com/argoproj/argo-cd/v3/cmd
echo "$argocd_key" >"$bin/argocd.key"
ln -sf argocd "$bin/argocd-application-controller"
ln -sf argocd "$bin/argocd-repo-server"
# Traefik, the front door's controller, is keyed by its own pins too: about 9 minutes cold.
traefik_key=$(cat "$tools"/traefik/go.{mod,sum} | sha256sum | cut -c1-16)
[[ $(cat "$bin/traefik.key" 2>/dev/null) == "$traefik_key" ]] || rm -f "$bin/traefik"
traefik_version=$(awk '$1 == "require" && $2 == "github.com/traefik/traefik/v3" {print $3}' "$tools/traefik/go.mod")
build traefik traefik github.com/traefik/traefik/v3/cmd/traefik "-X github.com/traefik/traefik/v3/pkg/version.Version=$traefik_version"
echo "$traefik_key" >"$bin/traefik.key"
echo "$bin"
