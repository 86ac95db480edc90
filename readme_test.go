package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/graph"
	"github.com/screenshot-algo/k8s/synth"
)

// readmeGraph is the README's generated picture: the Mermaid block between its markers.
var readmeGraph = regexp.MustCompile("(?s)(<!-- graph: go run \\. graph production[^\n]*-->\n```mermaid\n)(.*?)(```\n<!-- end graph -->)")

// TestSnapshotsOfTheTopology keeps the README's picture of production what `go run . graph
// production` draws now; make snapshots (UPDATE_SNAPSHOTS=1) rewrites it.
func TestSnapshotsOfTheTopology(t *testing.T) {
	chart, err := graph.Mermaid(synth.Bundle(synth.Applied(render(t, env.Production()))))
	require.NoError(t, err)
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	m := readmeGraph.FindSubmatchIndex(b)
	require.NotNil(t, m, "README.md has the graph markers")
	if updateSnapshots {
		updated := string(b[:m[3]]) + chart + string(b[m[5]:])
		require.NoError(t, os.WriteFile("README.md", []byte(updated), 0o644))
		return
	}
	assert.Equal(t, chart, string(b[m[4]:m[5]]), "README.md's graph is stale: run make snapshots and review the diff")
}

// TestREADMEIsShort keeps the README a front door: the two commands, what gets deployed, the
// picture, everyday commands, and where the rest is. Details belong in docs/.
func TestREADMEIsShort(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	text := readmeGraph.ReplaceAllString(string(b), "") // the generated picture does not count
	assert.LessOrEqual(t, strings.Count(text, "\n"), 150, "README.md grows past ~150 lines: move details to docs/")
}
