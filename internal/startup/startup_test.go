package startup

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestPrivateTemp: the run gets a folder named for its PID as TMPDIR; a dead process's folder
// goes, a live one's (this test's) stays, and anything not named by privateTemp, such as another
// program's jsii folder, is never touched.
func TestPrivateTemp(t *testing.T) {
	t.Setenv("TMPDIR", os.TempDir())
	base := t.TempDir()
	dead := filepath.Join(base, tempPrefix+"999999999")
	live := filepath.Join(base, tempPrefix+strconv.Itoa(os.Getpid()))
	other := filepath.Join(base, "jsii-runtime.12345")
	for _, d := range []string{dead, live, other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// The PID of the run is that of a live process other than this one: the parent.
	got := privateTemp(base, os.Getppid())
	if want := filepath.Join(base, tempPrefix+strconv.Itoa(os.Getppid())); got != want || os.Getenv("TMPDIR") != want {
		t.Errorf("privateTemp = %q and TMPDIR = %q, want both %q", got, os.Getenv("TMPDIR"), want)
	}
	for dir, want := range map[string]bool{dead: false, live: true, other: true, got: true} {
		if _, err := os.Stat(dir); (err == nil) != want {
			t.Errorf("%s: exists=%v, want %v", dir, err == nil, want)
		}
	}
}
