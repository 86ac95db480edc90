// Package envdiff compares two sets of Kubernetes objects, such as two environments' output or a
// folder of dist/ and a fresh synthesis, object by object and field by field.
package envdiff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"sigs.k8s.io/yaml"
)

// Object is one manifest, identified by kind, namespace and name.
type Object struct {
	Kind, Namespace, Name string
	// Fields maps each leaf's path (e.g. "spec.replicas", "spec.ports[0].port") to its value.
	Fields map[string]any
}

// ID names the object for people: Kind/namespace/name, or Kind/name when cluster-scoped.
func (o Object) ID() string {
	if o.Namespace == "" {
		return o.Kind + "/" + o.Name
	}
	return o.Kind + "/" + o.Namespace + "/" + o.Name
}

// Change is one field that differs. A missing side is nil.
type Change struct {
	Path     string
	From, To any
}

// Result is what differs between a set A and a set B.
type Result struct {
	// Added are only in B, Removed only in A.
	Added, Removed []Object
	// Changed maps the ID of each object in both to its changed fields, sorted by path.
	Changed map[string][]Change
}

// Empty reports whether the sets are the same.
func (r Result) Empty() bool { return len(r.Added) == 0 && len(r.Removed) == 0 && len(r.Changed) == 0 }

// Compare diffs two sets of objects.
func Compare(a, b []Object) Result {
	index := func(objs []Object) map[string]Object {
		m := map[string]Object{}
		for _, o := range objs {
			m[o.ID()] = o
		}
		return m
	}
	ia, ib := index(a), index(b)
	r := Result{Changed: map[string][]Change{}}
	for id, ob := range ib {
		oa, ok := ia[id]
		if !ok {
			r.Added = append(r.Added, ob)
			continue
		}
		if changes := compareFields(oa.Fields, ob.Fields); len(changes) > 0 {
			r.Changed[id] = changes
		}
	}
	for id, oa := range ia {
		if _, ok := ib[id]; !ok {
			r.Removed = append(r.Removed, oa)
		}
	}
	byID := func(objs []Object) { sort.Slice(objs, func(i, j int) bool { return objs[i].ID() < objs[j].ID() }) }
	byID(r.Added)
	byID(r.Removed)
	return r
}

func compareFields(a, b map[string]any) []Change {
	var out []Change
	for path, va := range a {
		vb, ok := b[path]
		if !ok {
			out = append(out, Change{Path: path, From: va})
		} else if !reflect.DeepEqual(va, vb) {
			out = append(out, Change{Path: path, From: va, To: vb})
		}
	}
	for path, vb := range b {
		if _, ok := a[path]; !ok {
			out = append(out, Change{Path: path, To: vb})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// Write prints a result for people: "+" added, "-" removed and "~" changed objects, each changed
// field on its own line as "path: from -> to".
func Write(w io.Writer, nameA, nameB string, r Result) {
	if r.Empty() {
		fmt.Fprintf(w, "%s and %s describe the same objects\n", nameA, nameB)
		return
	}
	fmt.Fprintf(w, "--- %s\n+++ %s\n", nameA, nameB)
	for _, o := range r.Removed {
		fmt.Fprintf(w, "- %s\n", o.ID())
	}
	for _, o := range r.Added {
		fmt.Fprintf(w, "+ %s\n", o.ID())
	}
	ids := make([]string, 0, len(r.Changed))
	for id := range r.Changed {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(w, "~ %s\n", id)
		for _, c := range r.Changed[id] {
			fmt.Fprintf(w, "    %s: %s -> %s\n", c.Path, show(c.From), show(c.To))
		}
	}
	fmt.Fprintf(w, "%d added, %d removed, %d changed\n", len(r.Added), len(r.Removed), len(r.Changed))
}

func show(v any) string {
	if v == nil {
		return "(none)"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// Decode reads objects from a YAML or JSON manifest, one or more documents.
func Decode(manifest []byte) ([]Object, error) {
	var out []Object
	for _, doc := range bytes.Split(manifest, []byte("\n---")) {
		var m map[string]any
		if err := yaml.Unmarshal(doc, &m); err != nil {
			return nil, err
		}
		if len(m) == 0 {
			continue
		}
		meta, _ := m["metadata"].(map[string]any)
		o := Object{Fields: map[string]any{}}
		o.Kind, _ = m["kind"].(string)
		o.Name, _ = meta["name"].(string)
		o.Namespace, _ = meta["namespace"].(string)
		flatten("", m, o.Fields)
		out = append(out, o)
	}
	return out, nil
}

// ReadDir reads every *.yaml file of a folder, such as dist/production, and of its folders one
// level down, such as dist/production/cluster.
func ReadDir(dir string) ([]Object, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	nested, err := filepath.Glob(filepath.Join(dir, "*", "*.yaml"))
	if err != nil {
		return nil, err
	}
	paths = append(paths, nested...)
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s holds no *.yaml manifests", dir)
	}
	var out []Object
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		objs, err := Decode(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, objs...)
	}
	return out, nil
}

// flatten records every leaf of v under its path.
func flatten(prefix string, v any, out map[string]any) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			out[prefix] = x
		}
		for k, child := range x {
			key := k
			if strings.ContainsAny(k, ".[]") { // label keys such as app.kubernetes.io/name
				key = fmt.Sprintf("%q", k)
			}
			if prefix != "" {
				key = prefix + "." + key
			}
			flatten(key, child, out)
		}
	case []any:
		if len(x) == 0 {
			out[prefix] = x
		}
		for i, child := range x {
			flatten(fmt.Sprintf("%s[%d]", prefix, i), child, out)
		}
	default:
		out[prefix] = x
	}
}
