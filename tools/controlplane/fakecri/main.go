// Command fakecri serves k8s.io/cri-client's fake container runtime on the unix socket given as
// its argument, until interrupted. A kubelet pointed at it runs pods without containers: it
// schedules their volumes, probes nothing and reports them, which is what a test of the
// kubelet's own work (Secret and ConfigMap volumes) needs on a machine with no container runtime.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"k8s.io/cri-client/pkg/fake"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fakecri unix:///path/to.sock")
		os.Exit(2)
	}
	runtime := fake.NewFakeRemoteRuntime()
	if err := runtime.Start(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "fakecri:", err)
		os.Exit(1)
	}
	fmt.Println("fakecri: serving", os.Args[1])
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	runtime.Stop()
}
