#!/usr/bin/env bash
# Builds the tools the verification tests run, from the Go modules pinned in tools/: the control
# plane (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, a kubelet with a
# fake container runtime, kwok), the release components (the Argo Rollouts controller and its
# kubectl plugin, Prometheus and promtool, Argo CD, Traefik, Redis's exporter, Karpenter's kwok
# provider) and the linters (kube-score, actionlint).
#
# Each tool is kept in a per-user cache outside the clone, keyed by its own module's pins, so a
# second clone on the machine builds nothing, `make clean` leaves the cache alone, and a changed
# pin rebuilds that tool alone and replaces its old build. $SCREENSHOT_ALGO_TOOLS_CACHE moves the
# cache (default: $XDG_CACHE_HOME/screenshot-algo/tools, or ~/.cache/...). Tools are built in
# two lanes at once, which the shared Go build cache allows; each prints one line when it starts
# and one with its time when it is done.
#
# Prints, on its last line, a folder of links to the built tools: .cache/controlplane/bin.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tools=$root/tools
cache=${SCREENSHOT_ALGO_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/screenshot-algo/tools}
bin=$root/.cache/controlplane/bin
mkdir -p "$cache" "$bin"
# Builds of the layout before the per-user cache, .cache/controlplane/<key>/bin, are of no use.
find "$root/.cache/controlplane" -mindepth 1 -maxdepth 1 ! -name bin -exec rm -rf {} +
start_all=$SECONDS

k8s_version=$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" {print $3}' "$tools/controlplane/kubernetes/go.mod")
minor=${k8s_version#v1.}; minor=${minor%%.*}
k8s_ldflags="-X k8s.io/component-base/version.gitVersion=$k8s_version -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"
traefik_version=$(awk '$1 == "require" && $2 == "github.com/traefik/traefik/v3" {print $3}' "$tools/traefik/go.mod")
traefik_ldflags="-X github.com/traefik/traefik/v3/pkg/version.Version=$traefik_version"

# build NAME MODULE_DIR PACKAGE [LDFLAGS]: the tool's key is a digest of its module's pins (and,
# for a module of this repository's own code, its source), the package and the flags.
build() {
  local name=$1 dir=$2 pkg=$3 ldflags=${4:-}
  local key
  key=$({ cat "$tools/$dir"/go.mod "$tools/$dir"/go.sum; find "$tools/$dir" -maxdepth 1 -name '*.go' ! -name tools.go -exec cat {} +; echo "$pkg $ldflags"; } |
    sha256sum | cut -c1-16)
  local out=$cache/$name/$key/$name
  if [[ ! -x $out ]]; then
    local note=""
    case $name in
    kube-apiserver) note=" (a first build takes 5 to 15 minutes on 2 cores)" ;;
    rollouts-controller | prometheus | argocd) note=" (a first build takes about 5 minutes on 2 cores)" ;;
    traefik) note=" (a first build takes about 9 minutes on 2 cores)" ;;
    esac
    echo "tools: building $name from $pkg$note ..." >&2
    local start=$SECONDS
    mkdir -p "$(dirname "$out")"
    (cd "$tools/$dir" && go build -trimpath -ldflags "$ldflags" -o "$out.tmp" "$pkg")
    mv "$out.tmp" "$out"
    # Builds for earlier pins are of no more use.
    find "$cache/$name" -mindepth 1 -maxdepth 1 ! -name "$key" -exec rm -rf {} +
    echo "tools: built $name in $((SECONDS - start))s" >&2
  else
    echo "tools: $name: cached for these pins" >&2
  fi
  ln -sfn "$out" "$bin/$name"
}

# Two lanes of about the same length cold (the Kubernetes build is the longest single step).
lane1() {
  build etcd controlplane/etcd go.etcd.io/etcd/server/v3
  build kube-apiserver controlplane/kubernetes k8s.io/kubernetes/cmd/kube-apiserver "$k8s_ldflags"
  build kube-controller-manager controlplane/kubernetes k8s.io/kubernetes/cmd/kube-controller-manager "$k8s_ldflags"
  build kube-scheduler controlplane/kubernetes k8s.io/kubernetes/cmd/kube-scheduler "$k8s_ldflags"
  build kubectl controlplane/kubernetes k8s.io/kubernetes/cmd/kubectl "$k8s_ldflags"
  build kubelet controlplane/kubernetes k8s.io/kubernetes/cmd/kubelet "$k8s_ldflags"
  build fakecri controlplane/fakecri .
  build kwok controlplane/kwok sigs.k8s.io/kwok/cmd/kwok
  build prometheus prometheus github.com/prometheus/prometheus/cmd/prometheus
  build promtool prometheus github.com/prometheus/prometheus/cmd/promtool
}
lane2() {
  build kube-score kube-score github.com/zegl/kube-score/cmd/kube-score
  build actionlint actionlint github.com/rhysd/actionlint/cmd/actionlint
  build redis_exporter redis-exporter github.com/oliver006/redis_exporter
  build karpenter-kwok karpenter sigs.k8s.io/karpenter/kwok
  build rollouts-controller argo-rollouts github.com/argoproj/argo-rollouts/cmd/rollouts-controller
  build kubectl-argo-rollouts argo-rollouts github.com/argoproj/argo-rollouts/cmd/kubectl-argo-rollouts
  build traefik traefik github.com/traefik/traefik/v3/cmd/traefik "$traefik_ldflags"
  # Argo CD's one binary runs as the component it is named for: the links name them.
  build argocd argocd github.com/argoproj/argo-cd/v3/cmd
  ln -sfn argocd "$bin/argocd-application-controller"
  ln -sfn argocd "$bin/argocd-repo-server"
}

lane1 &
one=$!
lane2 &
two=$!
failed=0
wait "$one" || failed=1
wait "$two" || failed=1
if ((failed)); then
  echo "tools: a build failed (its error is above)" >&2
  exit 1
fi
echo "tools: all ready in $((SECONDS - start_all))s, cached in $cache" >&2
echo "$bin"
