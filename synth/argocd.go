package synth

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"sigs.k8s.io/yaml"
)

// Argo CD annotations that carry the apply order and the folders' meaning to a sync by the
// environment's Application (GitOpsDir).
const (
	// SyncWaveAnnotation orders a sync: Argo CD applies one wave, waits until it is healthy,
	// then applies the next.
	SyncWaveAnnotation = "argocd.argoproj.io/sync-wave"
	// SyncOptionsAnnotation holds one object's sync options.
	SyncOptionsAnnotation = "argocd.argoproj.io/sync-options"
)

// argoCDAnnotations are the annotations an object of kind gets: its apply rank as its sync
// wave, so that Argo CD applies in the order that `go run . deploy` and the file names follow;
// and, for what outlives the app (ClusterDir's), never to be pruned nor deleted with the
// Application, as deploy never prunes it. Argo CD's own objects get none.
func argoCDAnnotations(kind string) map[string]string {
	switch folders[kind] {
	case GitOpsDir:
		return nil
	case ClusterDir:
		return map[string]string{SyncWaveAnnotation: strconv.Itoa(rank(kind)), SyncOptionsAnnotation: "Prune=false,Delete=false"}
	default:
		return map[string]string{SyncWaveAnnotation: strconv.Itoa(rank(kind))}
	}
}

// kindLine is the top-level kind of an object's YAML.
var kindLine = regexp.MustCompile(`(?m)^kind: (\S+)$`)

// annotate returns doc, one object's YAML as cdk8s writes it (keys sorted, two-space indents,
// annotations first under metadata), with add among its annotations, in key order.
//
// It edits the text because the other ways cost too much: cdk8s has no chart-wide annotations,
// and adding them through jsii (walk the construct tree, ask each node whether it is an API
// object, annotate it) made every synthesis about 170 ms slower, measured on the whole program.
// Split parses the result and checks that it holds exactly these annotations.
func annotate(doc string, add map[string]string) (string, error) {
	if len(add) == 0 {
		return doc, nil
	}
	keys := make([]string, 0, len(add))
	for k := range add {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	lines := strings.Split(doc, "\n")
	meta := -1
	for i, l := range lines {
		if l == "metadata:" {
			meta = i
			break
		}
	}
	if meta < 0 {
		return "", fmt.Errorf("an object without metadata:\n%s", doc)
	}
	at := meta + 1
	if at >= len(lines) || lines[at] != "  annotations:" {
		lines = slices.Insert(lines, at, "  annotations:")
	}
	for _, k := range keys {
		v, err := yaml.Marshal(add[k])
		if err != nil {
			return "", err
		}
		p := at + 1
		for ; p < len(lines) && strings.HasPrefix(lines[p], "    "); p++ {
			if key, _, ok := strings.Cut(lines[p][4:], ":"); ok && lines[p][4] != ' ' && key >= k {
				if key == k {
					return "", fmt.Errorf("annotation %s is set already:\n%s", k, doc)
				}
				break
			}
		}
		lines = slices.Insert(lines, p, "    "+k+": "+strings.TrimSpace(string(v)))
	}
	return strings.Join(lines, "\n"), nil
}
