package controlplane

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// GatewayClassesGVR is Gateway API's GatewayClass resource.
var GatewayClassesGVR = schema.GroupVersionResource{Group: "gateway.networking.k8s.io", Version: "v1", Resource: "gatewayclasses"}

// TraefikControllerName is the controllerName of the GatewayClasses Traefik serves.
const TraefikControllerName = "traefik.io/gateway-controller"

// TraefikInstall is how a cluster's Traefik is installed, as far as the output depends on it
// (docs/cluster.md): the ports of its entry points, which its Gateway listeners bind by port,
// the class it serves, and how long a request may last.
type TraefikInstall struct {
	// GatewayClass is the GatewayClass Traefik serves; StartTraefik creates it, as the
	// platform's installation does.
	GatewayClass string
	// HTTPPort, HTTPSPort and PreviewPort are the entry points "web", "websecure" and
	// "preview": the first two behind the public load balancer, the last behind the internal one.
	HTTPPort, HTTPSPort, PreviewPort int32
	// RequestTimeoutSeconds bounds a request on every entry point (respondingTimeouts).
	RequestTimeoutSeconds int64
}

// Traefik is a running Traefik.
type Traefik struct {
	// API is the URL of its API and dashboard entry point, on loopback: what it routes now.
	API string
}

// StartTraefik runs the real Traefik out of cluster against the control plane, on loopback
// only, with its Gateway API and CRD providers, as an installation by its Helm chart would run
// it in the cluster: the entry points of install, and services without a ready endpoint kept
// (answered 503) rather than dropped with every route through them. It returns once Traefik
// answers its ping.
func (cp *ControlPlane) StartTraefik(ctx context.Context, client *Client, install TraefikInstall) (*Traefik, error) {
	class := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
		"metadata": map[string]any{"name": install.GatewayClass},
		"spec":     map[string]any{"controllerName": TraefikControllerName},
	}}
	if _, err := client.dynamic.Resource(GatewayClassesGVR).Create(ctx, class, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return nil, fmt.Errorf("GatewayClass %s: %w", install.GatewayClass, err)
	}
	ports, err := freePorts(1)
	if err != nil {
		return nil, err
	}
	api := fmt.Sprintf("127.0.0.1:%d", ports[0])
	timeout := fmt.Sprintf("%ds", install.RequestTimeoutSeconds)
	args := []string{
		"--global.checkNewVersion=false", "--global.sendAnonymousUsage=false",
		"--log.level=INFO",
		// Only failed requests are logged, for the tests' failure messages.
		"--accesslog=true", "--accesslog.filters.statuscodes=400-599",
		"--entryPoints.traefik.address=" + api, "--api.insecure=true", "--ping=true",
	}
	for name, port := range map[string]int32{"web": install.HTTPPort, "websecure": install.HTTPSPort, "preview": install.PreviewPort} {
		args = append(args,
			fmt.Sprintf("--entryPoints.%s.address=127.0.0.1:%d", name, port),
			fmt.Sprintf("--entryPoints.%s.transport.respondingTimeouts.writeTimeout=%s", name, timeout),
			fmt.Sprintf("--entryPoints.%s.transport.respondingTimeouts.readTimeout=%s", name, timeout))
	}
	for _, provider := range []string{"kubernetesgateway", "kubernetescrd"} {
		args = append(args,
			"--providers."+provider+"=true",
			"--providers."+provider+".endpoint="+cp.Config.Host,
			"--providers."+provider+".token="+cp.token,
			"--providers."+provider+".certauthfilepath="+cp.Config.TLSClientConfig.CAFile)
	}
	args = append(args, "--providers.kubernetescrd.allowEmptyServices=true", "--providers.kubernetesgateway.statusAddress.ip=127.0.0.1")
	if err := cp.start("traefik", args...); err != nil {
		return nil, err
	}
	t := &Traefik{API: "http://" + api}
	err = poll(ctx, 60*time.Second, func() (bool, error) {
		if err := cp.exitedEarly("traefik"); err != nil {
			return false, err
		}
		resp, err := http.Get(t.API + "/ping")
		if err != nil {
			return false, nil
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, nil
	})
	if err != nil {
		return nil, fmt.Errorf("traefik: %w\n%s", err, cp.Logs("traefik", 20))
	}
	return t, nil
}

// TraefikServer is one server of a Traefik service, with its weight in a weighted one.
type TraefikServer struct {
	Name   string
	Weight int
}

// WeightedServices returns what Traefik now routes through a weighted service, e.g.
// "<namespace>-<name>@kubernetescrd" for a TraefikService: its child services and their
// weights, as Traefik's API reports them. It is empty while Traefik has no such service.
func (t *Traefik) WeightedServices(ctx context.Context, name string) (map[string]int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.API+"/api/http/services/"+name, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("traefik API %s: %s", name, resp.Status)
	}
	var service struct {
		Weighted *struct {
			Services []struct {
				Name   string `json:"name"`
				Weight *int   `json:"weight"`
			} `json:"services"`
		} `json:"weighted"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&service); err != nil {
		return nil, err
	}
	out := map[string]int{}
	if service.Weighted != nil {
		for _, s := range service.Weighted.Services {
			w := 1
			if s.Weight != nil {
				w = *s.Weight
			}
			out[s.Name] = w
		}
	}
	return out, nil
}
