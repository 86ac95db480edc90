// Command screenshot-algo-k8s synthesizes the Kubernetes manifests of Screenshot_Algo for every
// environment into dist/<env>/. Run it with --help for its flags.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"early.screenshot-algo.io/startup"
	"early.screenshot-algo.io/startup/signals"

	"github.com/screenshot-algo/k8s/internal/jsiicache"
	"github.com/screenshot-algo/k8s/synth"
)

func main() {
	stderr := os.Stderr
	node := captureNodeOutput()
	stopOnSignal(stderr)
	cache := jsiicache.Check(startup.PackageCache(), jsiicache.Key())
	code := guarded(stderr, node, func() int { return run(os.Args[1:], os.Getenv, os.Stdout, stderr) })
	if code == 0 {
		cache.Record()
	}
	// Stop Node and remove jsii's temporary folders; os.Exit skips deferred calls.
	synth.Close()
	startup.RemoveTemp()
	node.passOn(stderr)
	os.Exit(code)
}

// nodeOutput holds what Node and the jsii runtime print while cdk8s runs (they write to
// os.Stderr), so that a run that fails or is interrupted ends in one line of its own rather than
// in their stack traces. A run that ends normally passes it on.
type nodeOutput struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	done chan struct{}
	w    *os.File
}

// captureNodeOutput points os.Stderr, which the jsii runtime writes Node's output to, at a pipe
// read into a buffer.
func captureNodeOutput() *nodeOutput {
	r, w, err := os.Pipe()
	n := &nodeOutput{done: make(chan struct{})}
	if err != nil {
		close(n.done)
		return n
	}
	n.w, os.Stderr = w, w
	go func() {
		defer close(n.done)
		chunk := make([]byte, 4096)
		for {
			k, err := r.Read(chunk)
			n.mu.Lock()
			n.buf.Write(chunk[:k])
			n.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return n
}

// text is what Node and jsii printed so far.
func (n *nodeOutput) text() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.buf.String()
}

// stop closes the pipe and waits until everything written to it is held.
func (n *nodeOutput) stop() {
	if n.w != nil {
		n.w.Close()
		n.w = nil
		<-n.done
	}
}

// passOn writes what was held to w, once the runtime has stopped.
func (n *nodeOutput) passOn(w io.Writer) {
	n.stop()
	_, _ = io.WriteString(w, n.text())
}

// exitStatus finds how the Node process ended in the jsii runtime's output, e.g. "signal:
// killed" or "exit status 1".
var exitStatus = regexp.MustCompile(`exited abnormally: ([^\n]*?)(node:|$|\n)`)

// interrupted is set by the signal handler, so that a panic its shutdown of Node provokes in the
// running synthesis prints nothing.
var interrupted atomic.Bool

// stopOnSignal makes SIGINT and SIGTERM (Ctrl-C, a CI cancel, a timeout) stop the run cleanly:
// a swap in progress finishes, so every dist/<env> is wholly old or wholly new; the staging folder
// and jsii's runtime folder go; one line says so; the exit code is 130 or 143.
func stopOnSignal(stderr io.Writer) {
	go func() {
		s := <-signals.C
		interrupted.Store(true)
		synth.Abort()
		synth.Close()
		startup.RemoveTemp()
		fmt.Fprintf(stderr, "interrupted by %s: the output folder was left as it was, or wholly replaced if writing had begun; nothing else is left behind\n", s)
		os.Exit(128 + int(s.(syscall.Signal)))
	}()
}

// guarded runs f, turning a panic from the Node process behind cdk8s (killed, out of memory,
// missing, a jsii protocol error) into one line and exit code 1, instead of a goroutine dump.
// Write's deferred clean-up has run by then, so the output folder is as it was.
func guarded(stderr io.Writer, node *nodeOutput, f func() int) (code int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if interrupted.Load() {
			select {} // the signal handler is exiting the process
		}
		synth.Close()
		node.stop()
		status := ""
		if m := exitStatus.FindStringSubmatch(node.text()); m != nil {
			status = strings.TrimSpace(m[1])
		}
		fmt.Fprintf(stderr, "error: %s; the output folder is unchanged\n", nodeFailure(fmt.Sprint(r), status))
		node.buf.Reset() // held back: the line above says it
		code = exitInvalid
	}()
	return f()
}

// nodeFailure says, in one line, what stopped and what to do.
func nodeFailure(panicked, status string) string {
	node := os.Getenv("JSII_NODE")
	if node == "" {
		node = "node"
	}
	msg := strings.Join(strings.Fields(panicked), " ")
	if status != "" {
		msg += ", " + status
	}
	switch {
	case strings.Contains(msg, "no such file") || strings.Contains(msg, "executable file not found"):
		return fmt.Sprintf("Node (%s), which runs cdk8s, could not be started (%s): run make deps to install Node 22", node, msg)
	case strings.Contains(msg, "child process") || strings.Contains(msg, "broken pipe") || strings.Contains(msg, "EOF"):
		return fmt.Sprintf("Node (%s), which runs cdk8s, stopped during the synthesis (%s): it was killed or ran out of memory; run again, and check the machine's memory", node, msg)
	default:
		return fmt.Sprintf("the synthesis failed inside cdk8s or jsii (%s)", msg)
	}
}
