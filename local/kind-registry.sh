#!/bin/sh
# kind-registry.sh runs a local image registry for the Kind cluster, as Kind's documentation
# describes (https://kind.sigs.k8s.io/docs/user/local-registry/): a registry container on
# localhost:5001, which every node resolves through containerd's hosts.toml, and the
# local-registry-hosting ConfigMap that tells tools where to push. dev's ImageRegistry is
# localhost:5001/screenshot-algo, so `docker push localhost:5001/screenshot-algo/backend:dev`
# makes an image the cluster can pull. `make kind-up` runs it after creating the cluster.
set -eu
cluster=screenshot-algo
reg_name=kind-registry
reg_port=5001

if [ "$(docker inspect -f '{{.State.Running}}' "$reg_name" 2>/dev/null || true)" != true ]; then
  docker run -d --restart=always -p "127.0.0.1:${reg_port}:5000" --network bridge --name "$reg_name" registry:2
fi

dir="/etc/containerd/certs.d/localhost:${reg_port}"
for node in $(kind get nodes --name "$cluster"); do
  docker exec "$node" mkdir -p "$dir"
  printf '[host."http://%s:5000"]\n' "$reg_name" | docker exec -i "$node" cp /dev/stdin "$dir/hosts.toml"
done

if [ "$(docker inspect -f '{{json .NetworkSettings.Networks.kind}}' "$reg_name")" = null ]; then
  docker network connect kind "$reg_name"
fi

kubectl --context "kind-${cluster}" apply -f - <<YAML
apiVersion: v1
kind: ConfigMap
metadata:
  name: local-registry-hosting
  namespace: kube-public
data:
  localRegistryHosting.v1: |
    host: "localhost:${reg_port}"
    help: "https://kind.sigs.k8s.io/docs/user/local-registry/"
YAML
