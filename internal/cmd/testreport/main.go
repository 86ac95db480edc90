// Command testreport reads `go test -json` on its standard input and writes what `go test`
// writes without -v: each package's result line, and the whole output of every test that
// failed. At the end it lists the slowest tests with their times, so that whoever waits for
// `make test` sees where the time goes. It exits non-zero when a test or a package failed, or
// when the input ends without a result for every package that started.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

// slowest is how many tests the report lists.
const slowest = 10

// timing is one test's time.
type timing struct {
	name    string
	elapsed time.Duration
}

func main() {
	failed, err := report(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testreport:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

// report copies the results from in to out and says whether anything failed.
func report(in io.Reader, out io.Writer) (failed bool, err error) {
	buffered := map[string][]string{} // a test's output, by "<package> <test>"
	started := map[string]bool{}      // packages without a result yet
	var times []timing
	lines := bufio.NewScanner(in)
	lines.Buffer(make([]byte, 1<<20), 16<<20)
	for lines.Scan() {
		var e event
		if err := json.Unmarshal(lines.Bytes(), &e); err != nil {
			// go test writes build errors as plain text.
			fmt.Fprintln(out, lines.Text())
			continue
		}
		key := e.Package + " " + e.Test
		switch {
		case e.Test == "" && e.Action == "start":
			started[e.Package] = true
		case e.Test == "" && e.Action == "output":
			if !strings.HasPrefix(e.Output, "=== ") && e.Output != "PASS\n" && e.Output != "FAIL\n" {
				fmt.Fprint(out, e.Output)
			}
		case e.Test == "" && (e.Action == "pass" || e.Action == "fail" || e.Action == "skip"):
			delete(started, e.Package)
			failed = failed || e.Action == "fail"
		case e.Action == "output":
			buffered[key] = append(buffered[key], e.Output)
		case e.Action == "fail":
			// Each test's output, a subtest's included, is its own: a failed subtest ends
			// before its parent, and is printed first.
			failed = true
			fmt.Fprint(out, strings.Join(buffered[key], ""))
			fallthrough
		case e.Action == "pass" || e.Action == "skip":
			if !strings.Contains(e.Test, "/") && e.Action != "skip" {
				times = append(times, timing{name: e.Package + " " + e.Test, elapsed: time.Duration(e.Elapsed * float64(time.Second))})
			}
			delete(buffered, key)
		}
	}
	if err := lines.Err(); err != nil {
		return true, err
	}
	for pkg := range started {
		fmt.Fprintf(out, "FAIL\t%s: no result (interrupted?)\n", pkg)
		failed = true
	}
	sort.Slice(times, func(i, j int) bool { return times[i].elapsed > times[j].elapsed })
	if len(times) > 0 {
		fmt.Fprintf(out, "\nThe %d slowest tests:\n", min(slowest, len(times)))
		for _, t := range times[:min(slowest, len(times))] {
			fmt.Fprintf(out, "%8.1fs  %s\n", t.elapsed.Seconds(), t.name)
		}
	}
	return failed, nil
}
