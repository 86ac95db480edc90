// Package projectnode finds the project's Node 22, which `npm ci` installs into node_modules. It
// has no init(): the program's start-up (package startup) and the tests' (internal/nodejs) both
// use it, and only the program should get startup's side effects.
package projectnode

import (
	"os"
	"path/filepath"
)

// Root returns the nearest folder above the working folder that holds node_modules/.bin/node:
// the project's checkout. It is "" when there is none.
func Root() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(NodeIn(dir)); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Find returns the project's node_modules/.bin/node, or "" when there is none.
func Find() string {
	if root := Root(); root != "" {
		return NodeIn(root)
	}
	return ""
}

// NodeIn is where `npm ci` puts Node in the checkout at root.
func NodeIn(root string) string { return filepath.Join(root, "node_modules", ".bin", "node") }
