package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"strings"
	"time"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/envdiff"
	"github.com/screenshot-algo/k8s/graph"
	"github.com/screenshot-algo/k8s/synth"
)

// Exit codes.
const (
	exitOK       = 0
	exitInvalid  = 1 // the configuration or the synthesis failed
	exitUsage    = 2 // the command line is wrong
	defaultOut   = "dist"
	flagsSummary = "--env NAME (repeatable), --output DIR, --image-tag TAG[@DIGEST], --image-digest TIER=DIGEST, --strategy TIER=STRATEGY, --cloud CLOUD, --quiet, --help"
)

const usage = `Usage: go run . [flags]
       go run . diff A B
       go run . graph ENV

Synthesizes the Screenshot_Algo Kubernetes manifests into DIR/<env>/ for each environment:
one YAML file per object, in apply order, and a Kustomization listing them. Apply one with
  kubectl apply -k DIR/<env>/cluster    (the namespace and PriorityClasses, first), then
  kubectl apply -f DIR/<env>     or     kubectl apply -k DIR/<env>
Removing the app (kubectl delete -k DIR/<env>) leaves cluster/, and Redis's data, in place.

Every environment is validated before anything is built; all problems are reported together.
On any error nothing under DIR changes.

Flags:
  --env NAME       synthesize only this environment; repeat the flag (or separate names with
                   commas) for several. Allowed: %s. Default: all of them.
  --output DIR     where to write. Default: $CDK8S_OUTDIR when cdk8s synth runs the program,
                   else "dist".
  --image-tag TAG[@DIGEST]
                   deploy this image tag in every tier instead of the environment's own, e.g.
                   a CI build's commit, with the environment's digests dropped. With @DIGEST
                   (sha256:...), every tier runs that one image. Default: $IMAGE_TAG, else each
                   environment's tag. Never "latest". Staging and production run images by
                   digest only: give @DIGEST, or --image-digest for each tier.
  --image-digest TIER=DIGEST
                   pin one tier's image to DIGEST (sha256:...), e.g. the digest CI pushed it
                   with. Repeat the flag or separate pairs with commas.
  --strategy TIER=STRATEGY
                   release a tier with another strategy than its environment's, for this
                   synthesis: rollingupdate (a Deployment), bluegreen or canary (an Argo
                   Rollout). Repeat the flag or separate pairs with commas, e.g.
                   --strategy backend=canary,frontend=bluegreen.
  --cloud CLOUD    synthesize for another cloud than each environment's own: aws (EKS), azure
                   (AKS), gcp (GKE) or kind. The environment's settings there (registry,
                   database, secret store identity) come from its Clouds in env/environments.go;
                   docs/clouds/ says what each cloud must provide.
  --quiet          print nothing but errors (the summary of what was written is left out).
  --help           show this help.

diff A B compares two sets of objects, object by object and field by field: "+" only in B,
"-" only in A, "~" in both but different. A and B are each an environment name, synthesized
afresh (e.g. "diff staging production"), ENV:CLOUD for an environment on another cloud
(e.g. "diff production production:gcp"), or a folder of manifests (e.g. "diff dist/production
production" shows what synthesizing production would change in dist/).

graph ENV prints the environment's topology as a Mermaid flowchart, read off its synthesized
objects: Ingress routes, Services and the workloads they select, and every connection the
NetworkPolicies allow, with its ports. GitHub renders it in a "mermaid" code block.
`

// listFlag collects a repeatable flag whose values may also be comma-separated (--env,
// --strategy).
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, name := range strings.Split(v, ",") {
		*l = append(*l, strings.TrimSpace(name))
	}
	return nil
}

// options are the parsed command line.
type options struct {
	envs     []env.Environment
	output   string
	imageTag string
	quiet    bool
}

// errHelp asks for the usage text.
var errHelp = errors.New("help requested")

// parse reads the command line and the environment variables into options, choosing among the
// environments in all. Every error it returns is a single line naming the bad input and what is
// allowed.
func parse(all []env.Environment, args []string, getenv func(string) string) (options, error) {
	fs := flag.NewFlagSet("screenshot-algo-k8s", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var names listFlag
	fs.Var(&names, "env", "")
	output := fs.String("output", "", "")
	tag := fs.String("image-tag", "", "")
	var digests listFlag
	fs.Var(&digests, "image-digest", "")
	var strategies listFlag
	fs.Var(&strategies, "strategy", "")
	cloud := fs.String("cloud", "", "")
	quiet := fs.Bool("quiet", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return options{}, errHelp
		}
		return options{}, fmt.Errorf("%v; allowed flags: %s", err, flagsSummary)
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected argument %q; allowed flags: %s", fs.Arg(0), flagsSummary)
	}
	if err := refuseEmpty(fs); err != nil {
		return options{}, err
	}

	opts := options{output: *output, imageTag: *tag, quiet: *quiet}
	if opts.output == "" {
		opts.output = getenv("CDK8S_OUTDIR")
	}
	if opts.output == "" {
		opts.output = defaultOut
	}
	source := "--image-tag"
	if opts.imageTag == "" {
		opts.imageTag, source = getenv("IMAGE_TAG"), "IMAGE_TAG"
	}
	var tagDigest string
	if opts.imageTag != "" {
		ref := opts.imageTag
		opts.imageTag, tagDigest, _ = strings.Cut(ref, "@")
		if allowed, ok := env.ValidateImageTag(opts.imageTag); !ok {
			return options{}, fmt.Errorf("%s %q is invalid; allowed: %s", source, ref, allowed)
		}
		if strings.Contains(ref, "@") {
			if allowed, ok := env.ValidateDigest(tagDigest); !ok {
				return options{}, fmt.Errorf("%s %q has an invalid digest %q; allowed: %s", source, ref, tagDigest, allowed)
			}
		}
	}

	var allowed []string
	byName := map[string]env.Environment{}
	for _, e := range all {
		allowed = append(allowed, e.Name)
		byName[e.Name] = e
	}
	if len(names) == 0 {
		opts.envs = append(opts.envs, all...)
	}
	picked := map[string]bool{}
	for _, name := range names {
		e, ok := byName[name]
		if !ok {
			return options{}, fmt.Errorf("unknown environment %q for --env; allowed: %s", name, strings.Join(allowed, ", "))
		}
		if !picked[name] {
			opts.envs = append(opts.envs, e)
			picked[name] = true
		}
	}
	if opts.imageTag != "" {
		for i := range opts.envs {
			// The environment's digests belong to its own tag.
			opts.envs[i].ImageTag, opts.envs[i].ImageDigests = opts.imageTag, map[string]string{}
			if tagDigest != "" {
				for _, t := range opts.envs[i].Tiers {
					opts.envs[i].ImageDigests[t.Name] = tagDigest
				}
			}
		}
	}
	if *cloud != "" {
		name, ok := env.ParseCloud(*cloud)
		if !ok {
			return options{}, fmt.Errorf("unknown cloud %q for --cloud; allowed: %s", *cloud, env.CloudList())
		}
		for i := range opts.envs {
			opts.envs[i] = opts.envs[i].OnCloud(name)
		}
	}
	for _, pair := range digests {
		if err := overrideDigest(opts.envs, pair); err != nil {
			return options{}, err
		}
	}
	for _, pair := range strategies {
		if err := overrideStrategy(opts.envs, pair); err != nil {
			return options{}, err
		}
	}
	return opts, nil
}

// refuseEmpty fails on a flag given an empty value, such as --output= from a CI script whose
// variable is unset: taking it as "not given" would write the default dist/ over the committed
// output, or deploy the environment's own tag instead of the build's.
func refuseEmpty(fs *flag.FlagSet) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		if err != nil {
			return
		}
		values := []string{f.Value.String()}
		if l, ok := f.Value.(*listFlag); ok {
			values = *l
		}
		for _, v := range values {
			if strings.TrimSpace(v) == "" {
				err = fmt.Errorf("--%s was given an empty value; leave the flag out to use its default, or give %s", f.Name, emptyHelp[f.Name])
				return
			}
		}
	})
	return err
}

// emptyHelp says what each flag that takes a value expects, for refuseEmpty's error.
var emptyHelp = map[string]string{
	"env":          "an environment name (" + strings.Join(env.EnvironmentNames(), ", ") + ")",
	"output":       "a folder",
	"image-tag":    "a tag such as 1.4.0, or 1.4.0@sha256:...",
	"image-digest": "TIER=sha256:..., e.g. backend=sha256:...",
	"strategy":     "TIER=STRATEGY, e.g. backend=canary",
	"cloud":        "a cloud (" + env.CloudList() + ")",
}

// overrideDigest applies one --image-digest TIER=DIGEST to every chosen environment.
func overrideDigest(envs []env.Environment, pair string) error {
	tier, digest, ok := strings.Cut(pair, "=")
	if allowed, valid := env.ValidateDigest(digest); !ok || !valid {
		return fmt.Errorf("--image-digest %q: expected TIER=DIGEST with DIGEST %s", pair, allowed)
	}
	for i := range envs {
		if _, err := tierOf(&envs[i], "--image-digest", pair, tier); err != nil {
			return err
		}
		digests := maps.Clone(envs[i].ImageDigests)
		if digests == nil {
			digests = map[string]string{}
		}
		digests[tier] = digest
		envs[i].ImageDigests = digests
	}
	return nil
}

// overrideStrategy applies one --strategy TIER=STRATEGY to every chosen environment.
func overrideStrategy(envs []env.Environment, pair string) error {
	tier, name, ok := strings.Cut(pair, "=")
	var allowed []string
	for _, s := range env.Strategies {
		allowed = append(allowed, strings.ToLower(string(s)))
	}
	strategy, known := env.ParseStrategy(name)
	if !ok || !known {
		return fmt.Errorf("--strategy %q: expected TIER=STRATEGY with STRATEGY one of %s", pair, strings.Join(allowed, ", "))
	}
	for i := range envs {
		t, err := tierOf(&envs[i], "--strategy", pair, tier)
		if err != nil {
			return err
		}
		t.Strategy = strategy
	}
	return nil
}

// tierOf is the named tier of env, for a flag's TIER=VALUE pair, or an error that lists the
// environment's tiers.
func tierOf(e *env.Environment, flag, pair, name string) (*env.Tier, error) {
	if t := e.TierRef(name); t != nil {
		return t, nil
	}
	return nil, fmt.Errorf("%s %q: %s has no tier %q; allowed: %s", flag, pair, e.Name, name, strings.Join(e.TierNames(), ", "))
}

// run is the whole program over the environments of env/environments.go: it returns the
// exit code.
func run(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	return runWith(env.Environments(), args, getenv, stdout, stderr)
}

// runWith is run over any set of environments, so tests can hand it broken ones.
func runWith(all []env.Environment, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "diff" {
		return runDiff(all, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "graph" {
		return runGraph(all, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "deploy" {
		return runDeploy(all, args[1:], stdout, stderr)
	}
	opts, err := parse(all, args, getenv)
	if errors.Is(err, errHelp) {
		fmt.Fprintf(stdout, usage, strings.Join(env.EnvironmentNames(), ", "))
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "error: %v\n", err)
		return exitUsage
	}
	return synthesize(opts, stdout, stderr)
}

// synthesize validates every chosen environment, then writes them all, or nothing.
func synthesize(opts options, stdout, stderr io.Writer) int {
	var problems env.Problems
	for _, e := range opts.envs {
		var ps env.Problems
		if errors.As(e.Validate(), &ps) {
			problems = append(problems, ps...)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "error: invalid configuration, nothing was written:\n%v\n", problems)
		return exitInvalid
	}

	written, err := synth.Write(opts.envs, opts.output)
	if errors.Is(err, synth.ErrAborted) {
		select {} // the signal handler says so and exits
	}
	if err != nil {
		fmt.Fprintf(stderr, "error: synthesis failed, nothing was written:\n%v\n", err)
		return exitInvalid
	}
	if !opts.quiet {
		for _, w := range written {
			printSummary(stdout, w)
		}
	}
	return exitOK
}

// printSummary tells what one environment's synthesis wrote: objects by kind, in apply order,
// the files and the time it took.
func printSummary(w io.Writer, s synth.Written) {
	var kinds []string
	objects := 0
	for _, k := range s.Kinds() {
		kinds = append(kinds, fmt.Sprintf("%d %s", k.Count, k.Kind))
		objects += k.Count
	}
	fmt.Fprintf(w, "%s: %d objects in %d files under %s, %s\n  %s\n",
		s.Env, objects, len(s.Files), s.Dir, s.Took.Round(time.Millisecond), strings.Join(kinds, ", "))
}

// runDiff is the diff subcommand.
func runDiff(all []env.Environment, args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 {
		fmt.Fprintf(stderr, "error: diff takes two operands, got %d; each is an environment (%s) or a folder of manifests\n",
			len(args), strings.Join(env.EnvironmentNames(), ", "))
		return exitUsage
	}
	var sides [2][]envdiff.Object
	for i, operand := range args {
		objs, code := load(all, operand, stderr)
		if code != exitOK {
			return code
		}
		sides[i] = objs
	}
	envdiff.Write(stdout, args[0], args[1], envdiff.Compare(sides[0], sides[1]))
	return exitOK
}

// runGraph is the graph subcommand.
func runGraph(all []env.Environment, args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintf(stderr, "error: graph takes one environment (%s), got %d operands\n", strings.Join(env.EnvironmentNames(), ", "), len(args))
		return exitUsage
	}
	e, ok := environmentNamed(all, args[0])
	if !ok {
		fmt.Fprintf(stderr, "error: graph: unknown environment %q; allowed: %s\n", args[0], strings.Join(env.EnvironmentNames(), ", "))
		return exitUsage
	}
	files, code := validateAndRender(e, stderr)
	if code != exitOK {
		return code
	}
	chart, err := graph.Mermaid(synth.Bundle(synth.Applied(files)))
	if err != nil {
		fmt.Fprintf(stderr, "error: %s: %v\n", e.Name, err)
		return exitInvalid
	}
	fmt.Fprint(stdout, chart)
	return exitOK
}

// environmentNamed finds the environment called name among all.
func environmentNamed(all []env.Environment, name string) (env.Environment, bool) {
	for _, e := range all {
		if e.Name == name {
			return e, true
		}
	}
	return env.Environment{}, false
}

// validateAndRender validates and synthesizes one environment, reporting what fails on stderr.
func validateAndRender(e env.Environment, stderr io.Writer) ([]synth.File, int) {
	if err := e.Validate(); err != nil {
		fmt.Fprintf(stderr, "error: invalid configuration:\n%v\n", err)
		return nil, exitInvalid
	}
	files, err := synth.Render(e)
	if err != nil {
		fmt.Fprintf(stderr, "error: synthesis failed:\n%v\n", err)
		return nil, exitInvalid
	}
	return files, exitOK
}

// load reads a diff operand: an environment, synthesized afresh, or a folder of manifests.
func load(all []env.Environment, operand string, stderr io.Writer) ([]envdiff.Object, int) {
	name, cloud, onCloud := strings.Cut(operand, ":")
	if e, ok := environmentNamed(all, name); ok {
		if onCloud {
			c, ok := env.ParseCloud(cloud)
			if !ok {
				fmt.Fprintf(stderr, "error: unknown cloud %q in diff operand %q; allowed: %s\n", cloud, operand, env.CloudList())
				return nil, exitUsage
			}
			e = e.OnCloud(c)
		}
		files, code := validateAndRender(e, stderr)
		if code != exitOK {
			return nil, code
		}
		objs, err := envdiff.Decode(synth.Bundle(files))
		if err != nil {
			fmt.Fprintf(stderr, "error: %s: %v\n", operand, err)
			return nil, exitInvalid
		}
		return objs, exitOK
	}
	if info, err := os.Stat(operand); err == nil && info.IsDir() {
		objs, err := envdiff.ReadDir(operand)
		if err != nil {
			fmt.Fprintf(stderr, "error: %v\n", err)
			return nil, exitInvalid
		}
		return objs, exitOK
	}
	fmt.Fprintf(stderr, "error: diff operand %q is neither an environment (%s) nor a folder\n", operand, strings.Join(env.EnvironmentNames(), ", "))
	return nil, exitUsage
}
