// Package jsiicache keeps the project's jsii package cache (.cache/jsii/packages) honest.
//
// jsii's kernel unpacks each cdk8s bundle into its package cache once and loads it from there on
// every later run, which saves about half a second a run. The kernel trusts what it finds: a
// truncated or edited file there (a run killed while unpacking, a full disk, a clean-up tool)
// made every later synthesis fail with a message about cdk8s, not about the cache. So after a
// good run the program records what the cache holds, and before each run it checks the cache
// against that record and against a key of the Node binary and the jsii runtime; on any
// difference it removes the cache, and the kernel unpacks the bundles again. The output never
// depends on the cache: the kernel unpacks the same bundles either way.
package jsiicache

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// touchedEveryRun is the marker file the kernel touches on each use of a package, for its own
// expiry; its time is not part of the record.
const touchedEveryRun = ".jsii-runtime-package-cache"

// Cache is one run's view of the package cache.
type Cache struct {
	dir, record, key string
	// recorded is true when the cache matched its record, so there is nothing to write.
	recorded bool
}

// Check compares the package cache in dir with its record (dir + ".record") and key; when
// either differs, or there is no record, it removes the cache. dir "" means the program does not
// own the cache in use, and Check does nothing.
func Check(dir, key string) *Cache {
	c := &Cache{dir: dir, record: dir + ".record", key: key}
	if dir == "" {
		c.recorded = true
		return c
	}
	want, err := os.ReadFile(c.record)
	if err == nil {
		if got, err := c.describe(); err == nil && string(want) == got {
			c.recorded = true
			return c
		}
	}
	_ = os.Remove(c.record)
	_ = os.RemoveAll(dir)
	return c
}

// Record writes the record of the cache as it is now. Call it only after a run that succeeded,
// when the cache is known to be good; it does nothing when the cache already matched.
func (c *Cache) Record() {
	if c.recorded {
		return
	}
	got, err := c.describe()
	if err != nil {
		return
	}
	tmp := fmt.Sprintf("%s.%d", c.record, os.Getpid())
	if os.WriteFile(tmp, []byte(got), 0o644) != nil || os.Rename(tmp, c.record) != nil {
		_ = os.Remove(tmp)
	}
}

// describe lists the key, then every file in the cache with its size and modification time: the
// kernel unpacks files with the times stored in the bundle, so a file rewritten since, truncated
// or missing shows up.
func (c *Cache) describe() (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "key %s\n", c.key)
	err := filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(c.dir, path)
		if d.Name() == touchedEveryRun {
			fmt.Fprintf(&b, "%s\n", rel)
			return nil
		}
		fmt.Fprintf(&b, "%d %d %s\n", info.Size(), info.ModTime().UnixNano(), rel)
		return nil
	})
	return b.String(), err
}

// Key names what the cache's contents depend on: the jsii runtime (its kernel writes the index
// files) and the Node binary that runs it (its path, size and time, which change with its
// version). The bundles' own versions and digests are folder names in the cache, so the record
// covers them.
func Key() string {
	runtime := "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if m.Path == "github.com/aws/jsii-runtime-go" {
				runtime = m.Version
			}
		}
	}
	node := os.Getenv("JSII_NODE")
	if node == "" {
		node, _ = exec.LookPath("node")
	}
	if real, err := filepath.EvalSymlinks(node); err == nil {
		node = real
	}
	if info, err := os.Stat(node); err == nil {
		node = fmt.Sprintf("%s %d %d", node, info.Size(), info.ModTime().UnixNano())
	}
	return fmt.Sprintf("jsii-runtime-go %s, node %s", runtime, node)
}
