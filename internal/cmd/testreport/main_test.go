package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReport: a package's result lines pass through, a failed test's output is shown and a
// passing one's is not, the slowest tests are listed slowest first, and failures, interrupted
// packages and build errors make the report fail.
func TestReport(t *testing.T) {
	cases := []struct {
		name       string
		in         string
		wantFailed bool
		want       []string
		notWant    []string
	}{
		{"all pass", `{"Action":"start","Package":"p"}
{"Action":"run","Package":"p","Test":"TestFast"}
{"Action":"output","Package":"p","Test":"TestFast","Output":"chatter\n"}
{"Action":"pass","Package":"p","Test":"TestFast","Elapsed":0.5}
{"Action":"pass","Package":"p","Test":"TestSlow","Elapsed":42}
{"Action":"pass","Package":"p","Test":"TestSlow/sub","Elapsed":41}
{"Action":"output","Package":"p","Output":"ok  \tp\t42.6s\n"}
{"Action":"pass","Package":"p","Elapsed":42.6}
`, false, []string{"ok  \tp\t42.6s", "The 2 slowest tests:\n    42.0s  p TestSlow\n     0.5s  p TestFast\n"}, []string{"chatter", "TestSlow/sub"}},
		{"a failure shows its output, and its failed subtest's", `{"Action":"start","Package":"p"}
{"Action":"output","Package":"p","Test":"TestBroken","Output":"--- FAIL: TestBroken (1.00s)\n"}
{"Action":"output","Package":"p","Test":"TestBroken/case","Output":"    broken_test.go:9: want 1, got 2\n"}
{"Action":"output","Package":"p","Test":"TestBroken/fine","Output":"    fine_test.go:3: chatter\n"}
{"Action":"pass","Package":"p","Test":"TestBroken/fine","Elapsed":1}
{"Action":"fail","Package":"p","Test":"TestBroken/case","Elapsed":1}
{"Action":"fail","Package":"p","Test":"TestBroken","Elapsed":1}
{"Action":"output","Package":"p","Output":"FAIL\tp\t1.0s\n"}
{"Action":"fail","Package":"p","Elapsed":1}
`, true, []string{"want 1, got 2", "--- FAIL: TestBroken (1.00s)", "FAIL\tp\t1.0s"}, []string{"chatter"}},
		{"an interrupted package fails", `{"Action":"start","Package":"p"}
{"Action":"pass","Package":"p","Test":"TestA","Elapsed":1}
`, true, []string{"FAIL\tp: no result"}, nil},
		{"a build error passes through", "# p\n./x.go:1: syntax error\n" + `{"Action":"fail","Package":"p"}` + "\n", true, []string{"syntax error"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			failed, err := report(strings.NewReader(tc.in), &out)
			assert.NoError(t, err)
			assert.Equal(t, tc.wantFailed, failed)
			for _, w := range tc.want {
				assert.Contains(t, out.String(), w)
			}
			for _, w := range tc.notWant {
				assert.NotContains(t, out.String(), w)
			}
		})
	}
}
