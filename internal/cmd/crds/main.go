// Command crds prints, as one YAML stream, every CustomResourceDefinition the output uses, read
// from the Go modules pinned in tools/crds: the same files the simulated cluster installs. A
// real cluster gets them with `make crds` (or as part of `make kind-up`), so that
// `kubectl apply -k dist/<env>` finds every kind it names.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/screenshot-algo/k8s/internal/controlplane"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "crds:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	files, err := controlplane.CRDFiles(root)
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		text := strings.TrimSpace(string(b))
		if !strings.HasPrefix(text, "---") {
			fmt.Println("---")
		}
		fmt.Println(text)
	}
	return nil
}
