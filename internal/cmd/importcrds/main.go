// Command importcrds regenerates constructs/imports/ offline: for each API group the constructs use, it
// writes the group's CustomResourceDefinitions, read from the Go modules pinned in tools/crds,
// to one file, and runs `cdk8s import NAME:=FILE --language go` on it. One import per group, so
// that no two groups overwrite each other. Run it through `make imports`.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// group is one import: a package name and the CRDs (by metadata.name) that go into it.
type group struct {
	name string
	crds []string
}

// groups are the API groups the constructs use, with the kinds they need.
var groups = []group{
	{name: "argoproj", crds: []string{"rollouts.argoproj.io", "analysistemplates.argoproj.io"}},
	{name: "monitoring", crds: []string{"servicemonitors.monitoring.coreos.com", "prometheusrules.monitoring.coreos.com"}},
	{name: "externalsecrets", crds: []string{"externalsecrets.external-secrets.io"}},
	{name: "certmanager", crds: []string{"certificates.cert-manager.io", "issuers.cert-manager.io"}},
	{name: "istionetworking", crds: []string{"virtualservices.networking.istio.io", "destinationrules.networking.istio.io"}},
	{name: "istiosecurity", crds: []string{"peerauthentications.security.istio.io"}},
	// Argo CD's kinds share argoproj.io with Argo Rollouts' but are a package of their own, so
	// that neither import rewrites the other's.
	{name: "argocd", crds: []string{"applications.argoproj.io", "appprojects.argoproj.io"}},
	// Gateway API's standard channel: the front door's Gateways and routes.
	{name: "gateway", crds: []string{"gateways.gateway.networking.k8s.io", "httproutes.gateway.networking.k8s.io"}},
	// Traefik's weighted TraefikService, which a canary's HTTPRoutes send to, and its
	// Middlewares, which carry what Gateway API has no field for.
	{name: "traefik", crds: []string{"traefikservices.traefik.io", "middlewares.traefik.io"}},
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "importcrds:", err)
		os.Exit(1)
	}
}

func run() error {
	output := flag.String("output", filepath.Join("constructs", "imports"), "folder to write the packages into (replaced whole); cdk8s import names them after the nearest go.mod's module")
	flag.Parse()
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	crds, err := controlplane.CRDs(root)
	if err != nil {
		return err
	}
	byName := map[string][]byte{}
	for _, crd := range crds {
		b, err := yaml.Marshal(crd.Object)
		if err != nil {
			return err
		}
		byName[crd.GetName()] = b
	}
	tmp, err := os.MkdirTemp("", "importcrds-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	out, err := filepath.Abs(*output)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	for _, g := range groups {
		var docs []string
		for _, name := range g.crds {
			b, ok := byName[name]
			if !ok {
				return fmt.Errorf("group %s: CRD %s is in none of the modules pinned in tools/crds", g.name, name)
			}
			docs = append(docs, string(b))
		}
		file := filepath.Join(tmp, g.name+".yaml")
		if err := os.WriteFile(file, []byte(strings.Join(docs, "---\n")), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "importcrds: %s (%s)\n", g.name, strings.Join(g.crds, ", "))
		cmd := exec.Command("cdk8s", "import", g.name+":="+file, "--language", "go", "--no-check-upgrade", "--output", out)
		// cdk8s import records each import in the cdk8s.yaml of its working folder; run it from
		// the temporary one so that the project's cdk8s.yaml lists nothing to re-import.
		cmd.Dir = tmp
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("cdk8s import %s: %w", g.name, err)
		}
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	var pkgs []string
	for _, e := range entries {
		pkgs = append(pkgs, e.Name())
	}
	sort.Strings(pkgs)
	fmt.Fprintf(os.Stderr, "importcrds: wrote %s\n", strings.Join(pkgs, ", "))
	return nil
}
