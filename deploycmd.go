package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/client-go/tools/clientcmd"
	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/deploy"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/synth"
)

// deployUsage is the deploy subcommand's help.
const deployUsage = `Usage: go run . deploy ENV [flags]

Applies DIR/ENV (ENV: %s), as the last synthesis wrote and review saw it, to ENV's
cluster with server-side apply, waits until every workload is rolled out, and prunes what an
earlier deploy applied and the output no longer holds (never the Namespace or a
PersistentVolumeClaim, never an object this environment's deploys did not create). It refuses
a kube context other than ENV's, a cluster whose kube-system/screenshot-algo-cluster
ConfigMap names another environment, and a namespace that an Argo CD Application syncs.
Synthesize first: go run . --env ENV [release flags].

Flags:
  --output DIR       where the synthesis wrote. Default: dist.
  --context NAME     the kubeconfig context to use. Default: the current context.
  --kubeconfig FILE  the kubeconfig. Default: $KUBECONFIG, else ~/.kube/config.
  --dry-run          print what would change (a server-side dry run and the changed fields)
                     and what would be pruned; change nothing.
  --claim-cluster    mark the cluster as ENV's (creates the identity ConfigMap) if it is
                     unmarked. Needed once per cluster.
  --timeout D        how long to wait for the rollout. Default: 10m.
`

// runDeploy is the deploy subcommand.
func runDeploy(all []env.Environment, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	kubeContext := fs.String("context", "", "")
	kubeconfig := fs.String("kubeconfig", "", "")
	dryRun := fs.Bool("dry-run", false, "")
	claim := fs.Bool("claim-cluster", false, "")
	timeout := fs.Duration("timeout", 10*time.Minute, "")
	output := fs.String("output", "dist", "")
	names := strings.Join(env.EnvironmentNames(), ", ")
	// The environment comes first (deploy production --dry-run), as in the README.
	var operands []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				fmt.Fprintf(stdout, deployUsage, names)
				return exitOK
			}
			fmt.Fprintf(stderr, "error: deploy: %v\n", err)
			return exitUsage
		}
		args = fs.Args()
		if len(args) > 0 {
			operands, args = append(operands, args[0]), args[1:]
		}
	}
	if len(operands) != 1 {
		fmt.Fprintf(stderr, "error: deploy takes one environment (%s), got %d operands\n", names, len(operands))
		return exitUsage
	}
	e, ok := environmentNamed(all, operands[0])
	if !ok {
		fmt.Fprintf(stderr, "error: deploy: unknown environment %q; allowed: %s\n", operands[0], names)
		return exitUsage
	}

	target, err := kubeTarget(*kubeconfig, *kubeContext)
	if err != nil {
		err = fmt.Errorf("%s: %w", e.Name, err)
	} else {
		err = deploy.CheckContext(e, target)
	}
	if err != nil {
		fmt.Fprintf(stderr, "error: %s\n", oneLine(err))
		return exitInvalid
	}
	objs, err := readOutput(filepath.Join(*output, e.Name))
	if err != nil {
		fmt.Fprintf(stderr, "error: %s: %v\n", e.Name, oneLine(err))
		return exitInvalid
	}
	summary, err := deploy.Deploy(context.Background(), e, objs, target,
		deploy.Options{DryRun: *dryRun, ClaimCluster: *claim, Timeout: *timeout, Progress: stdout})
	if err != nil {
		fmt.Fprintf(stderr, "error: %v\n", oneLine(err))
		return exitInvalid
	}
	fmt.Fprintf(stdout, "%s: %s\n", e.Name, summary)
	return exitOK
}

// kubeTarget loads the kubeconfig as kubectl does, with context chosen over the current one.
func kubeTarget(kubeconfig, kubeContext string) (deploy.Target, error) {
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	rules.ExplicitPath = kubeconfig
	cc := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, &clientcmd.ConfigOverrides{CurrentContext: kubeContext})
	raw, err := cc.RawConfig()
	if err != nil {
		return deploy.Target{}, fmt.Errorf("reading the kubeconfig: %w", err)
	}
	name := kubeContext
	if name == "" {
		name = raw.CurrentContext
	}
	if _, ok := raw.Contexts[name]; !ok || name == "" {
		return deploy.Target{}, fmt.Errorf("the kubeconfig has no context %q; pass --context or --kubeconfig", name)
	}
	cfg, err := cc.ClientConfig()
	if err != nil {
		return deploy.Target{}, fmt.Errorf("reading the kubeconfig: %w", err)
	}
	cfg.Timeout = 30 * time.Second
	return deploy.Target{Config: cfg, Context: name}, nil
}

// readOutput reads one environment's folder of the output in apply order (synth.ObjectFiles).
func readOutput(dir string) ([]*unstructured.Unstructured, error) {
	if _, err := os.Stat(filepath.Join(dir, synth.KustomizationFile)); err != nil {
		return nil, fmt.Errorf("%s holds no synthesized environment (%v); synthesize it first: go run . --env %s", dir, err, filepath.Base(dir))
	}
	paths, err := synth.ObjectFiles(dir)
	if err != nil {
		return nil, err
	}
	var objs []*unstructured.Unstructured
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := yaml.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("reading %s: %w", p, err)
		}
		objs = append(objs, &unstructured.Unstructured{Object: m})
	}
	return objs, nil
}

// oneLine keeps an error to one line: API errors can carry newlines.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
