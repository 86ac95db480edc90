package nodejs

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/aws/jsii-runtime-go"

	"github.com/screenshot-algo/k8s/internal/deadpid"
)

// TestMain closes jsii when the tests end, so that its runtime folder goes.
func TestMain(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}

// TestPrivateTempFoldersOfLiveRunsStay: a dead process's folder goes, a live one's (this test's) stays,
// and anything not named by PrivateTemp, such as another program's jsii folder, is never touched.
func TestPrivateTempFoldersOfLiveRunsStay(t *testing.T) {
	base := t.TempDir()
	dead := filepath.Join(base, tempPrefix+"999999999")
	live := filepath.Join(base, tempPrefix+strconv.Itoa(os.Getpid()))
	other := filepath.Join(base, "jsii-runtime.12345")
	for _, d := range []string{dead, live, other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	deadpid.RemoveIn(base, tempPrefix)
	for dir, want := range map[string]bool{dead: false, live: true, other: true} {
		if _, err := os.Stat(dir); (err == nil) != want {
			t.Errorf("%s: exists=%v, want %v", dir, err == nil, want)
		}
	}
}
