// Package signals catches SIGINT and SIGTERM from the program's first millisecond, while cdk8s's
// packages still initialize and before main runs, so that a signal then waits for main's handler
// (one line, a clean exit) instead of killing the process with the default action. It imports
// only what os/signal needs, so that it initializes among the first packages; the fault test
// (TestFaults/SIGTERM at 0 and 5 ms) checks that it does.
package signals

import (
	"os"
	"os/signal"
	"syscall"
)

// C receives SIGINT and SIGTERM; main reads it.
var C = make(chan os.Signal, 1)

func init() {
	signal.Notify(C, syscall.SIGINT, syscall.SIGTERM)
}

// Release gives SIGINT and SIGTERM back their default action. Test binaries that link the main
// package call it from TestMain, so that Ctrl-C still stops `go test`.
func Release() {
	signal.Stop(C)
}
