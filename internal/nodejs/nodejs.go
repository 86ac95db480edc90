// Package nodejs points jsii at the project's Node 22, which `npm ci` installs into
// node_modules, so that neither the program nor its tests run on the machine's end-of-life Node.
package nodejs

import (
	"os"
	"path/filepath"

	"github.com/aws/jsii-runtime-go"
)

// UseProjectNode sets JSII_NODE to the nearest node_modules/.bin/node above the working folder,
// unless JSII_NODE is already set or there is none. It must run before the first cdk8s call.
//
// The cdk8s packages register their types with jsii in init(), and that creates jsii's client,
// which reads JSII_NODE there and then. Node itself only starts on the first request, so closing
// that client, which has not started anything yet, makes the next call build one that sees the
// new setting.
func UseProjectNode() {
	if os.Getenv("JSII_NODE") != "" {
		return
	}
	dir, err := os.Getwd()
	if err != nil {
		return
	}
	for {
		node := filepath.Join(dir, "node_modules", ".bin", "node")
		if _, err := os.Stat(node); err == nil {
			os.Setenv("JSII_NODE", node)
			jsii.Close()
			return
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return
		}
		dir = parent
	}
}
