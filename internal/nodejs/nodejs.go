// Package nodejs points jsii at the project's Node 22, which `npm ci` installs into
// node_modules, so that tests do not run on the machine's end-of-life Node. The program itself
// gets it earlier, from internal/startup.
package nodejs

import (
	"os"

	"github.com/aws/jsii-runtime-go"

	"early.screenshot-algo.io/startup/projectnode"
)

// UseProjectNode sets JSII_NODE to the project's Node (projectnode.Find), unless JSII_NODE is
// already set or there is none. It must run before the first cdk8s call.
//
// The cdk8s packages register their types with jsii in init(), and that creates jsii's client,
// which reads JSII_NODE there and then. Node itself only starts on the first request, so closing
// that client, which has not started anything yet, makes the next call build one that sees the
// new setting.
func UseProjectNode() {
	if os.Getenv("JSII_NODE") != "" {
		return
	}
	if node := projectnode.Find(); node != "" {
		os.Setenv("JSII_NODE", node)
		jsii.Close()
	}
}
