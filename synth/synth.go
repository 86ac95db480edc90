// Package synth turns validated environments into the files under dist/: one YAML file per
// object, named for its kind and name and prefixed so that lexical order is apply order, plus a
// Kustomization that lists them in that order. Writing is all or nothing per run.
package synth

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/charts"
	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/guardrails"
)

// File is one file of an environment's output folder.
type File struct {
	// Name is the file's path inside dist/<env>/: a name, or ClusterDir/name.
	Name string
	// Content is the file's bytes.
	Content []byte
	// Kind, Namespace and Name identify the object the file holds (empty for the Kustomization).
	Kind, Namespace, ObjectName string
	// json is the object as JSON, parsed once from Content, for the guardrails.
	json []byte
}

// Folder is the subfolder of dist/<env> that holds the file: ClusterDir, or "" for the top.
func (f File) Folder() string {
	dir, _ := path.Split(f.Name)
	return strings.TrimSuffix(dir, "/")
}

// KustomizationFile is the kustomization's file name. kustomize accepts it as well as
// kustomization.yaml, and `kubectl apply -f DIR` skips it because it has no .yaml extension:
// with kustomization.yaml, -f would try to apply it as an object and fail.
const KustomizationFile = "Kustomization"

// ClusterDir is the subfolder of dist/<env> that holds what must outlive the app: its Namespace,
// which holds Redis's volume, and the cluster-wide PriorityClasses. It has a Kustomization of
// its own and is applied first. `kubectl delete -k dist/<env>` (or -f) then removes the app and
// keeps the namespace, and with it the queued jobs on Redis's volume.
const ClusterDir = "cluster"

// GitOpsDir is the subfolder of dist/<env> that holds the environment's Argo CD objects; see
// charts.GitOpsDir.
const GitOpsDir = charts.GitOpsDir

// ObjectFiles lists the object files of one environment's folder of the output in apply order:
// ClusterDir's, then the folder's own (their names carry the rank). The Kustomizations, which
// have no .yaml extension, are not among them.
func ObjectFiles(dir string) ([]string, error) {
	var paths []string
	for _, folder := range []string{filepath.Join(dir, ClusterDir), dir} {
		found, err := filepath.Glob(filepath.Join(folder, "*.yaml"))
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		paths = append(paths, found...)
	}
	return paths, nil
}

// folders place kinds in subfolders of dist/<env>: what outlives the app in ClusterDir, Argo
// CD's objects in charts.GitOpsDir. Every other kind goes to the top.
var folders = map[string]string{
	"Namespace": ClusterDir, "PriorityClass": ClusterDir,
	"AppProject": GitOpsDir, "Application": GitOpsDir,
}

// folderOrder is the order in which the folders' files are listed: ClusterDir's are applied
// first, Argo CD's are not part of the environment.
var folderOrder = map[string]int{ClusterDir: 0, "": 1, GitOpsDir: 2}

// applyOrder ranks kinds so that whatever another object needs is applied first: the namespace,
// then its policies, identities, configuration, Services and their routes, workloads, and what
// points at workloads. The ranks prefix the file names and are the Argo CD sync waves, so they are
// fixed numbers with gaps: adding a kind later must not rename every file after it.
var applyOrder = map[string]int{
	"Namespace": 0, "PriorityClass": 0,
	"ResourceQuota": 10, "LimitRange": 10,
	"NetworkPolicy": 20, "PeerAuthentication": 20,
	"ServiceAccount": 30, "Role": 31, "RoleBinding": 32,
	"Secret": 40, "SecretStore": 35, "ExternalSecret": 40, "ConfigMap": 41,
	"PersistentVolumeClaim": 45,
	"Service":               50,
	// What routes to Services. A Rollout's traffic routing names its TraefikService, Ingress or
	// VirtualService, and the Rollouts controller refuses the Rollout (InvalidSpec) while that
	// is missing: an Argo CD sync, which waits for each wave to be healthy, then never gets past
	// the Rollout. The Gateways and Middlewares the routes name come just before them.
	"Gateway": 51, "Middleware": 51,
	"Ingress": 52, "HTTPRoute": 52, "TraefikService": 52, "VirtualService": 52, "DestinationRule": 52,
	"AnalysisTemplate": 55,
	// Scraping and alerts before the workloads: a release's pods are watched from their start,
	// and an Argo CD sync held at the workloads' wave by a paused release (a Rollout is
	// Suspended until promoted or aborted) does not hold back a change to the alerts.
	"ServiceMonitor": 56, "PrometheusRule": 56,
	"StatefulSet": 60, "Deployment": 61, "Rollout": 61,
	// After the workloads they point at: an autoscaler whose target does not exist yet is
	// Degraded (FailedGetScale), which would fail a first sync. A paused release holds these
	// back, with the certificates below (docs/runbooks/releases.md, "Under Argo CD").
	"HorizontalPodAutoscaler": 70, "PodDisruptionBudget": 70,
	// Certificates come last. An Ingress serves nginx's default certificate until its Secret is
	// issued, but an Argo CD sync waits for each wave to be healthy, and a Certificate is not
	// while it is issued or renewed: an ACME order that takes hours must not hold back a release.
	"Issuer": 89, "Certificate": 90,
	"AppProject": 0, "Application": 10,
}

// rank is a kind's apply rank; kinds not listed come last.
func rank(kind string) int {
	if r, ok := applyOrder[kind]; ok {
		return r
	}
	return 90
}

// NewChart builds one environment's chart into app, unchecked: Render's first step, for tests
// that change a chart before checking it.
func NewChart(app constructs.Construct, e env.Environment) cdk8s.Chart {
	return charts.NewScreenshotAlgo(app, e.Name, e)
}

// Render builds one environment's chart, checks the result against the guardrails, and returns
// its files: the objects in apply order, then the Kustomization. The environment must have
// passed Validate.
func Render(e env.Environment) ([]File, error) {
	app := cdk8s.NewApp(nil)
	NewChart(app, e)
	files, err := split(*app.SynthYaml())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.Name, err)
	}
	manifests := make([][]byte, 0, len(files))
	for _, f := range files {
		if f.Kind != "" {
			manifests = append(manifests, f.json)
		}
	}
	if err := guardrails.Check(e, manifests); err != nil {
		return nil, err
	}
	return files, nil
}

// split cuts cdk8s's multi-document YAML into one file per object.
func split(all string) ([]File, error) {
	var files []File
	seen := map[string]bool{}
	for _, doc := range strings.Split(all, "\n---\n") {
		doc = strings.TrimPrefix(strings.TrimSpace(doc), "---\n")
		if doc == "" {
			continue
		}
		var kind string
		if m := kindLine.FindStringSubmatch(doc); m != nil {
			kind = m[1]
		}
		added := argoCDAnnotations(kind)
		doc, err := annotate(doc, added)
		if err != nil {
			return nil, err
		}
		// Each document is parsed once: its JSON serves the head here and the guardrails later.
		j, err := yaml.YAMLToJSON([]byte(doc))
		if err != nil {
			return nil, fmt.Errorf("reading synthesized YAML: %w", err)
		}
		var head struct {
			Kind     string `json:"kind"`
			Metadata struct {
				Name        string            `json:"name"`
				Namespace   string            `json:"namespace"`
				Annotations map[string]string `json:"annotations"`
			} `json:"metadata"`
		}
		if err := json.Unmarshal(j, &head); err != nil {
			return nil, fmt.Errorf("reading synthesized YAML: %w", err)
		}
		for k, v := range added {
			if head.Kind != kind || head.Metadata.Annotations[k] != v {
				return nil, fmt.Errorf("%s %s: annotating it for Argo CD gave YAML without %s=%s:\n%s", head.Kind, head.Metadata.Name, k, v, doc)
			}
		}
		name := fmt.Sprintf("%02d-%s-%s.yaml", rank(head.Kind), strings.ToLower(head.Kind), head.Metadata.Name)
		if dir := folders[head.Kind]; dir != "" {
			name = dir + "/" + name
		}
		if seen[name] {
			return nil, fmt.Errorf("two %s objects are named %q", head.Kind, head.Metadata.Name)
		}
		seen[name] = true
		files = append(files, File{Name: name, Content: []byte(doc + "\n"),
			Kind: head.Kind, Namespace: head.Metadata.Namespace, ObjectName: head.Metadata.Name, json: j})
	}
	sort.Slice(files, func(i, j int) bool {
		if fi, fj := files[i].Folder(), files[j].Folder(); fi != fj {
			return folderOrder[fi] < folderOrder[fj]
		}
		return files[i].Name < files[j].Name
	})
	return append(files, kustomization(files, ClusterDir), kustomization(files, ""), kustomization(files, GitOpsDir)), nil
}

// kustomization lists the object files of one folder (dir, or the top for "") in apply order.
func kustomization(files []File, dir string) File {
	var b strings.Builder
	b.WriteString("# Generated by `go run .`: do not edit. Lists this folder's manifests in apply order.\n")
	switch dir {
	case ClusterDir:
		b.WriteString("# Apply it before the folder above; the app's removal leaves it, and Redis's volume, in place.\n")
	case GitOpsDir:
		b.WriteString("# Not part of the environment: apply it where Argo CD runs, which then syncs the folder above.\n")
	}
	// fifo keeps the resources' order: kustomize's default orders by kind, with custom
	// resources alphabetically last, which puts a Rollout before the TraefikService it routes
	// through.
	b.WriteString("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsortOptions:\n  order: fifo\nresources:\n")
	for _, f := range files {
		if f.Folder() == dir {
			fmt.Fprintf(&b, "  - %s\n", path.Base(f.Name))
		}
	}
	return File{Name: path.Join(dir, KustomizationFile), Content: []byte(b.String())}
}

// Applied returns the files of the environment itself, which `go run . deploy` and
// `kubectl apply -k` apply to its cluster: every object file but Argo CD's (GitOpsDir's).
func Applied(files []File) []File {
	var out []File
	for _, f := range files {
		if f.Kind != "" && f.Folder() != GitOpsDir {
			out = append(out, f)
		}
	}
	return out
}

// Bundle joins an environment's object files into one multi-document YAML stream, in apply order,
// each preceded by a comment naming its file. It is what the snapshots hold.
func Bundle(files []File) []byte {
	var b bytes.Buffer
	for _, f := range files {
		if f.Kind == "" {
			continue
		}
		fmt.Fprintf(&b, "---\n# %s\n", f.Name)
		b.Write(f.Content)
	}
	return b.Bytes()
}

// Written is what Write produced for one environment.
type Written struct {
	// Env is the environment's name; Dir is the folder written.
	Env, Dir string
	// Files are the files written, objects first.
	Files []File
	// Took is the time the environment took to render and check.
	Took time.Duration
}

// Kinds counts the objects of each kind, in apply order.
func (w Written) Kinds() []KindCount {
	var out []KindCount
	for _, f := range w.Files {
		if f.Kind == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Kind == f.Kind {
			out[n-1].Count++
			continue
		}
		out = append(out, KindCount{Kind: f.Kind, Count: 1})
	}
	return out
}

// KindCount is a number of objects of one kind.
type KindCount struct {
	Kind  string
	Count int
}

// Write renders every environment, then replaces outdir/<env> for each of them. Nothing under
// outdir changes unless every environment rendered and was written to a staging folder beside
// it; each environment's folder is then swapped in with a rename. Folders of environments not in
// envs are left alone.
func Write(envs []env.Environment, outdir string) ([]Written, error) {
	rendered := make(map[string][]File, len(envs))
	var written []Written
	for _, e := range envs {
		start := time.Now()
		files, err := Render(e)
		if err != nil {
			return nil, err // it names the environment
		}
		rendered[e.Name] = files
		written = append(written, Written{Env: e.Name, Dir: filepath.Join(outdir, e.Name), Files: files, Took: time.Since(start)})
	}

	parent := filepath.Dir(filepath.Clean(outdir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	unlock, err := lockOutput(outdir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	removeStale(outdir)
	staging, err := newStaging(outdir)
	if err != nil {
		return nil, err
	}
	defer dropStaging(staging)

	// Writing and the swap hold the lock that Abort waits for: a signal then either finds the
	// staging folder not yet written, or the output wholly replaced, and removes the staging
	// folder itself; nothing writes into it afterwards.
	swap.Lock()
	defer swap.Unlock()
	if aborted {
		return nil, ErrAborted
	}
	for _, e := range envs {
		dir := filepath.Join(staging, "new", e.Name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		for _, f := range rendered[e.Name] {
			path := filepath.Join(dir, f.Name)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return nil, err
			}
			if err := writeFile(path, f.Content, 0o644); err != nil {
				return nil, err
			}
		}
	}
	if err := os.MkdirAll(outdir, 0o755); err != nil {
		return nil, err
	}
	if err := os.Mkdir(filepath.Join(staging, "old"), 0o755); err != nil {
		return nil, err
	}
	for _, e := range envs {
		target := filepath.Join(outdir, e.Name)
		old := filepath.Join(staging, "old", e.Name)
		if err := os.Rename(target, old); err != nil && !os.IsNotExist(err) {
			return nil, err
		}
		if err := os.Rename(filepath.Join(staging, "new", e.Name), target); err != nil {
			_ = os.Rename(old, target) // put the previous output back
			return nil, err
		}
	}
	if err := writeGuard(outdir, staging); err != nil {
		return nil, err
	}
	return written, nil
}

// GuardFile sits at the top of the output, beside the environments' folders. The environments
// share names and a namespace, so applying the output as a whole (kubectl apply -f dist, or -R)
// would leave the cluster running whichever environment came last. kubectl cannot be stopped
// from reading the other files, so this one makes it fail loudly instead: its kind exists in no
// cluster, and the error names the kind and the object, which say what to do.
const GuardFile = "README.yaml"

// guard is GuardFile's content.
const guard = `# This folder holds one folder per environment. Never apply it as a whole: the environments
# share names and a namespace, so the cluster would end up running whichever came last.
# Deploy one environment:
#   go run . deploy ENV              checks the cluster is ENV's, applies, waits, prunes
#   kubectl apply -k dist/ENV/cluster && kubectl apply -k dist/ENV
# kubectl apply -f dist (or -R -f dist) fails on this object, which no cluster knows.
apiVersion: screenshot-algo.io/v1
kind: ApplyOneEnvironmentOnly
metadata:
  name: use-go-run-deploy-env-or-kubectl-apply-k-dist-env
`

// writeGuard writes GuardFile into outdir through the staging folder, so that it is whole.
func writeGuard(outdir, staging string) error {
	tmp := filepath.Join(staging, GuardFile)
	if err := writeFile(tmp, []byte(guard), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(outdir, GuardFile))
}

// Close releases the Node process behind jsii and its temporary files. Call it once, when the
// program is done with cdk8s.
func Close() {
	c.ForgetValues()
	jsii.Close()
}
