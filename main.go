// Command screenshot-algo-k8s synthesizes the Kubernetes manifests of Screenshot_Algo for every
// environment into dist/<env>/. Run it with --help for its flags.
package main

import (
	"os"

	"github.com/screenshot-algo/k8s/internal/nodejs"
	"github.com/screenshot-algo/k8s/synth"
)

func main() {
	nodejs.UseProjectNode()
	code := run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	// Stop Node and remove jsii's /tmp/jsii-runtime.* folder; os.Exit skips deferred calls.
	synth.Close()
	os.Exit(code)
}
