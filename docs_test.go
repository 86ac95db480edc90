package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDocLinksResolve: every relative link of the README and docs/ points at a file of this
// repository, so that nobody who clones it meets a dead link (a link to ../shared/..., say).
func TestDocLinksResolve(t *testing.T) {
	docs := []string{"README.md"}
	more, err := filepath.Glob(filepath.Join("docs", "*", "*.md")) // docs/runbooks/
	require.NoError(t, err)
	top, err := filepath.Glob(filepath.Join("docs", "*.md"))
	require.NoError(t, err)
	docs = append(append(docs, top...), more...)
	link := regexp.MustCompile(`\]\(([^)#\s]+)(#[^)]*)?\)`)
	root, err := filepath.Abs(".")
	require.NoError(t, err)
	for _, doc := range docs {
		b, err := os.ReadFile(doc)
		require.NoError(t, err)
		for _, m := range link.FindAllStringSubmatch(string(b), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, err := filepath.Abs(filepath.Join(filepath.Dir(doc), target))
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(path, root+string(filepath.Separator)), "%s links %s, outside the repository", doc, target)
			_, err = os.Stat(path)
			assert.NoError(t, err, "%s links %s", doc, target)
		}
	}
}
