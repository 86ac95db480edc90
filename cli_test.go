package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/env"
)

// fakeEnv is a process environment for run.
func fakeEnv(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// treeDigest fingerprints every path, mode and byte under dir.
func treeDigest(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %v\n", path, info.Mode())
		if !d.IsDir() {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			h.Write(b)
		}
		return nil
	}))
	return fmt.Sprintf("%x", h.Sum(nil))
}

// seededOutput is an output folder holding a previous synthesis and a file of the user's.
func seededOutput(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "production"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "production", "old.yaml"), []byte("kind: Old\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "NOTES"), []byte("mine\n"), 0o644))
	return dir
}

// TestCLIRejects gives the program bad input and expects a non-zero exit, a one-line error that
// names the input and what is allowed, and an output folder left byte-identical.
func TestCLIRejects(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		e        map[string]string
		wantCode int
		want     []string
	}{
		// Each case runs with --output pointing at a seeded folder, prepended to its args.
		{"unknown environment", []string{"--env", "nope"}, nil, exitUsage, []string{`unknown environment "nope"`, "dev, staging, production"}},
		{"empty environment", []string{"--env", ""}, nil, exitUsage, []string{"--env was given an empty value", "dev, staging, production"}},
		{"empty environment in a list", []string{"--env", "dev,"}, nil, exitUsage, []string{"--env was given an empty value"}},
		{"empty output", []string{"--output="}, nil, exitUsage, []string{"--output was given an empty value", "a folder"}},
		{"empty image tag", []string{"--image-tag="}, map[string]string{"IMAGE_TAG": "1.2.3"}, exitUsage, []string{"--image-tag was given an empty value"}},
		{"empty strategy", []string{"--strategy", " "}, nil, exitUsage, []string{"--strategy was given an empty value", "TIER=STRATEGY"}},
		{"one unknown among several", []string{"--env", "dev,prod"}, nil, exitUsage, []string{`unknown environment "prod"`, "dev, staging, production"}},
		{"unknown flag", []string{"--environment", "dev"}, nil, exitUsage, []string{"-environment", "--env NAME", "--output DIR", "--image-tag TAG"}},
		{"flag without its value", []string{"--output"}, nil, exitUsage, []string{"needs an argument", "--output DIR"}},
		{"stray argument", []string{"production"}, nil, exitUsage, []string{`unexpected argument "production"`, "--env NAME"}},
		{"latest tag", []string{"--image-tag", "latest"}, nil, exitUsage, []string{`--image-tag "latest"`, `never "latest"`}},
		{"tag with a space", []string{"--image-tag", "1.0 beta"}, nil, exitUsage, []string{`--image-tag "1.0 beta"`, "letters, digits"}},
		{"tag with a leading dot", []string{"--image-tag", ".9"}, nil, exitUsage, []string{`".9"`, "not starting with '.' or '-'"}},
		{"tag of 129 characters", []string{"--image-tag", strings.Repeat("a", 129)}, nil, exitUsage, []string{"1 to 128 characters"}},
		{"bad IMAGE_TAG variable", nil, map[string]string{"IMAGE_TAG": "-rc1"}, exitUsage, []string{`IMAGE_TAG "-rc1"`, "not starting with '.' or '-'"}},
		{"IMAGE_TAG latest", []string{"--env", "dev"}, map[string]string{"IMAGE_TAG": "latest"}, exitUsage, []string{`IMAGE_TAG "latest"`}},
		{"tag with a bad digest", []string{"--image-tag", "1.4.0@sha256:abc"}, nil, exitUsage, []string{`--image-tag "1.4.0@sha256:abc" has an invalid digest "sha256:abc"`, "64 lowercase hex digits"}},
		{"digest of an unknown tier", []string{"--env", "production", "--image-digest", "api=" + digest('c')}, nil, exitUsage, []string{`production has no tier "api"`, strings.Join(env.Production().TierNames(), ", ")}},
		{"digest without a tier", []string{"--image-digest", digest('c')}, nil, exitUsage, []string{"expected TIER=DIGEST"}},
		{"production by tag only", []string{"--env", "production", "--image-tag", "1.4.0"}, nil, exitInvalid,
			[]string{"production: ImageDigests[frontend]", "runs images by digest only"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := seededOutput(t)
			before := treeDigest(t, filepath.Dir(out))
			// A program that took --output= as "not given" would write dist/ here, not in the repo.
			t.Chdir(t.TempDir())
			var stdout, stderr bytes.Buffer
			args := tc.args
			if len(args) == 0 || args[len(args)-1] != "--output" { // that case must end without a value
				args = append([]string{"--output", out}, args...)
			}
			assert.Equal(t, tc.wantCode, run(args, fakeEnv(tc.e), &stdout, &stderr))
			msg := stderr.String()
			if tc.wantCode == exitUsage { // a bad configuration lists every problem, one a line
				assert.Equal(t, 1, strings.Count(msg, "\n"), "one line: %q", msg)
			}
			for _, w := range tc.want {
				assert.Contains(t, msg, w)
			}
			assert.Equal(t, before, treeDigest(t, filepath.Dir(out)), "the output folder must not change")
			assert.NoDirExists(t, defaultOut, "nothing may be written to the default output")
		})
	}
}

func TestCLIHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, exitOK, run([]string{"--help"}, fakeEnv(nil), &stdout, &stderr))
	for _, w := range []string{"--env NAME", "--output DIR", "--image-tag TAG", "dev, staging, production", "IMAGE_TAG", "CDK8S_OUTDIR"} {
		assert.Contains(t, stdout.String(), w)
	}
}

// TestCLIWrites covers the successful paths: which environments are written, where, and with
// which image tag.
func TestCLIWrites(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		e        map[string]string
		wantEnvs []string
		wantTag  string
	}{
		{"one environment", []string{"--env", "production"}, nil, []string{"production"}, "1.0.0"},
		{"repeated and comma-separated", []string{"--env", "dev", "--env", "staging,dev"}, nil, []string{"dev", "staging"}, "dev"},
		{"--image-tag overrides the environment's tag", []string{"--env", "production", "--image-tag", "2.1.0-abc123@" + digest('e')}, nil, []string{"production"}, "2.1.0-abc123"},
		{"IMAGE_TAG overrides it too", []string{"--env", "production"}, map[string]string{"IMAGE_TAG": "sha-0f1e2d@" + digest('e')}, []string{"production"}, "sha-0f1e2d"},
		{"--image-tag wins over IMAGE_TAG", []string{"--env", "production", "--image-tag", "3.0.0@" + digest('e')}, map[string]string{"IMAGE_TAG": "sha-0f1e2d@" + digest('f')}, []string{"production"}, "3.0.0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := seededOutput(t)
			var stdout, stderr bytes.Buffer
			code := run(append(tc.args, "--output", out), fakeEnv(tc.e), &stdout, &stderr)
			require.Equal(t, exitOK, code, stderr.String())

			for _, name := range env.EnvironmentNames() {
				chosen := slices.Contains(tc.wantEnvs, name)
				if chosen {
					assert.FileExists(t, filepath.Join(out, name, "Kustomization"))
				} else {
					assert.NoFileExists(t, filepath.Join(out, name, "Kustomization"), "%s was not asked for", name)
				}
				if name == "production" {
					_, err := os.Stat(filepath.Join(out, name, "old.yaml"))
					assert.Equal(t, chosen, os.IsNotExist(err), "a chosen environment's folder is replaced whole, another is left alone")
				}
			}
			assert.FileExists(t, filepath.Join(out, "NOTES"), "files of the user's are left alone")

			e, _ := env.Lookup(tc.wantEnvs[0])
			// A Rollout where the environment runs Argo Rollouts, else a Deployment.
			paths, err := filepath.Glob(filepath.Join(out, e.Name, "61-*-screenshot-algo-backend.yaml"))
			require.NoError(t, err)
			require.Len(t, paths, 1)
			b, err := os.ReadFile(paths[0])
			require.NoError(t, err)
			assert.Regexp(t, "/backend:"+regexp.QuoteMeta(tc.wantTag)+"(@sha256:[0-9a-f]{64})?\n", string(b))
			assert.Contains(t, string(b), "app.kubernetes.io/version: "+tc.wantTag+"\n")
		})
	}
}

func TestCLIOutputDefaultsToCdk8sOutdir(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cdk8s-out")
	var stdout, stderr bytes.Buffer
	require.Equal(t, exitOK, run([]string{"--env", "dev"}, fakeEnv(map[string]string{"CDK8S_OUTDIR": out}), &stdout, &stderr), stderr.String())
	assert.FileExists(t, filepath.Join(out, "dev", "Kustomization"))
}

// TestCLIInvalidConfiguration breaks an environment's value and expects a refusal that names it,
// with nothing written.
func TestCLIInvalidConfiguration(t *testing.T) {
	out := seededOutput(t)
	before := treeDigest(t, filepath.Dir(out))
	opts, err := parse(env.Environments(), []string{"--env", "staging", "--output", out}, fakeEnv(nil))
	require.NoError(t, err)
	opts.envs[0].TierRef("frontend").Scaling.Min = 0
	var stderr bytes.Buffer
	assert.Equal(t, exitInvalid, synthesize(opts, &bytes.Buffer{}, &stderr))
	assert.Contains(t, stderr.String(), `staging: Tiers[frontend].Scaling.Min: "0" is invalid; allowed: a whole number of at least 1`)
	assert.Equal(t, before, treeDigest(t, filepath.Dir(out)))
}

// TestCLISummary checks what a synthesis reports, and that --quiet silences it but not errors.
func TestCLISummary(t *testing.T) {
	cases := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout []string
		emptyOut   bool
		wantStderr string
	}{
		// The counts are the written folder's own (writtenSummary).
		{"a summary per environment", []string{"--env", "production"}, exitOK, nil, false, ""},
		{"--quiet prints nothing", []string{"--env", "production", "--quiet"}, exitOK, nil, true, ""},
		{"--quiet still reports errors", []string{"--env", "nope", "--quiet"}, exitUsage, nil, true, `unknown environment "nope"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			out := filepath.Join(t.TempDir(), "dist")
			code := run(append(tc.args, "--output", out), fakeEnv(nil), &stdout, &stderr)
			assert.Equal(t, tc.wantCode, code, stderr.String())
			if !tc.emptyOut {
				tc.wantStdout = append(tc.wantStdout, writtenSummary(t, filepath.Join(out, tc.args[1]))...)
			}
			for _, w := range tc.wantStdout {
				assert.Contains(t, stdout.String(), w)
			}
			if tc.emptyOut {
				assert.Empty(t, stdout.String())
			}
			if tc.wantStderr != "" {
				assert.Contains(t, stderr.String(), tc.wantStderr)
			}
		})
	}
}

// writtenSummary is what the summary must say of a written environment folder, read from the
// folder itself: how many objects in how many files, and "<count> <Kind>" for each kind.
func writtenSummary(t *testing.T, dir string) []string {
	t.Helper()
	objects, files := 0, 0
	kinds := map[string]int{}
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		if filepath.Ext(path) != ".yaml" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var head struct{ Kind string }
		if err := yaml.Unmarshal(b, &head); err != nil {
			return err
		}
		objects++
		kinds[head.Kind]++
		return nil
	}))
	require.NotZero(t, objects)
	want := []string{fmt.Sprintf("%s: %d objects in %d files under ", filepath.Base(dir), objects, files)}
	for kind, n := range kinds {
		want = append(want, fmt.Sprintf("%d %s", n, kind))
	}
	return want
}

// digest is a well-formed digest of one repeated hex digit.
func digest(hex rune) string { return "sha256:" + strings.Repeat(string(hex), 64) }

// TestCLIPinsImages: --image-tag TAG@DIGEST pins every tier to one image, --image-digest pins
// one tier, and a tag without digests is taken where digests are not required (dev).
func TestCLIPinsImages(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want map[string]string // tier -> image, under the environment's registry
	}{
		{"one image for every tier", []string{"--env", "production", "--image-tag", "1.4.0@" + digest('a')},
			map[string]string{"backend": "backend:1.4.0@" + digest('a'), "worker": "worker:1.4.0@" + digest('a')}},
		{"a digest per tier", []string{"--env", "production", "--image-tag", "1.4.0@" + digest('a'), "--image-digest", "worker=" + digest('d')},
			map[string]string{"backend": "backend:1.4.0@" + digest('a'), "worker": "worker:1.4.0@" + digest('d')}},
		{"dev by tag", []string{"--env", "dev", "--image-tag", "feature-x"},
			map[string]string{"backend": "backend:feature-x", "worker": "worker:feature-x"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			var stdout, stderr bytes.Buffer
			require.Equal(t, exitOK, run(append(tc.args, "--output", out, "--quiet"), fakeEnv(nil), &stdout, &stderr), stderr.String())
			e := tc.args[1]
			for tier, want := range tc.want {
				files, err := filepath.Glob(filepath.Join(out, e, "61-*-screenshot-algo-"+tier+".yaml"))
				require.NoError(t, err)
				require.Len(t, files, 1)
				b, err := os.ReadFile(files[0])
				require.NoError(t, err)
				assert.Contains(t, string(b), "/screenshot-algo/"+want+"\n", tier)
			}
		})
	}
}
