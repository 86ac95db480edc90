// Package projectnode finds the project's Node 22, which `npm ci` installs into node_modules. It
// has no init(): the program's start-up (package startup) and the tests' (internal/nodejs) both
// use it, and only the program should get startup's side effects.
package projectnode

import (
	"os"
	"path/filepath"
)

// Find returns the nearest node_modules/.bin/node above the working folder, or "" when there is
// none.
func Find() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		node := filepath.Join(dir, "node_modules", ".bin", "node")
		if _, err := os.Stat(node); err == nil {
			return node
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
