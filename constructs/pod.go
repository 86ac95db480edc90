// This file holds what every pod of an application shares: names and labels, the restricted
// security context, resources and volumes.

package constructs

import (
	"cmp"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// ManagedBy is the app.kubernetes.io/managed-by label of every object.
const ManagedBy = "cdk8s"

// Standard label keys, from the Kubernetes recommended labels.
const (
	LabelName      = "app.kubernetes.io/name"
	LabelComponent = "app.kubernetes.io/component"
	LabelPartOf    = "app.kubernetes.io/part-of"
	LabelVersion   = "app.kubernetes.io/version"
	LabelManagedBy = "app.kubernetes.io/managed-by"
)

// ObjectName is the deterministic name of a part of an application, "<app>-<part>" (say
// "screenshot-algo-backend"), or the part alone for an application without a name.
func ObjectName(app, part string) string {
	if app == "" {
		return part
	}
	return app + "-" + part
}

// Identity says which part of which application an object belongs to.
type Identity struct {
	// PartOf is the application, e.g. "screenshot-algo": it prefixes the names of the part's
	// objects and becomes app.kubernetes.io/part-of. Empty means a stand-alone part: its objects
	// are named after the part alone, without that label.
	PartOf string
	// Name is the part's short name ("backend"); it becomes app.kubernetes.io/name.
	Name string
	// Component is its role ("api"); it becomes app.kubernetes.io/component.
	Component string
	// Version is the deployed version, usually the image tag; it becomes app.kubernetes.io/version.
	Version string
}

// ObjectName is the name of the part's objects: ObjectName(PartOf, Name).
func (id Identity) ObjectName() string { return ObjectName(id.PartOf, id.Name) }

// SelectorLabels are the labels that select the part's pods. They exclude the version, because a
// Deployment's selector is immutable and must survive every release.
func (id Identity) SelectorLabels() map[string]string {
	labels := map[string]string{LabelName: id.Name}
	if id.PartOf != "" {
		labels[LabelPartOf] = id.PartOf
	}
	return labels
}

// APIMeta is Meta in the form the imported CRD bindings take.
func (id Identity) APIMeta(name, namespace string) *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{Name: jsii.String(name), Namespace: jsii.String(namespace), Labels: StringMap(id.Labels())}
}

// SelectorMatches reports whether a non-empty label selector matches labels: every one of its
// labels is there with the same value. An empty selector matches nothing here, because in this
// app only a namespace-wide NetworkPolicy selects everything, and callers handle that case.
func SelectorMatches(selector, labels map[string]string) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

// Labels are the full recommended label set for the part's objects and pods.
func (id Identity) Labels() map[string]string {
	l := id.SelectorLabels()
	l[LabelManagedBy] = ManagedBy
	if id.Component != "" {
		l[LabelComponent] = id.Component
	}
	if id.Version != "" {
		l[LabelVersion] = id.Version
	}
	return l
}

// Meta is the metadata of a namespaced object of this part.
func (id Identity) Meta(name, namespace string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Namespace: jsii.String(namespace), Labels: StringMap(id.Labels())}
}

// Resources are a container's requests and limits as Kubernetes quantities ("250m", "256Mi").
// All are required: no size is ever left to a library or cluster default.
type Resources struct {
	CPURequest    string
	MemoryRequest string
	CPULimit      string
	MemoryLimit   string
	// EphemeralStorage is the node-local disk the pod may use (its writable /tmp, logs),
	// requested and limited alike so the scheduler only places the pod where that space exists.
	EphemeralStorage string
}

// requirements renders the resources for a container.
func (r Resources) requirements() *k8s.ResourceRequirements {
	return &k8s.ResourceRequirements{
		Requests: &map[string]k8s.Quantity{"cpu": quantity(r.CPURequest), "memory": quantity(r.MemoryRequest), "ephemeral-storage": quantity(r.EphemeralStorage)},
		Limits:   &map[string]k8s.Quantity{"cpu": quantity(r.CPULimit), "memory": quantity(r.MemoryLimit), "ephemeral-storage": quantity(r.EphemeralStorage)},
	}
}

// RunAsUser is the unprivileged user and group every container runs as, Redis included. A
// number, not a name, so that the kubelet can verify runAsNonRoot without reading the image, and
// above 10000 so that it matches no user of the host.
const RunAsUser = 10001

// podSecurityContext is the restricted Pod Security profile at pod level: non-root, RuntimeDefault
// seccomp, and fsGroup so that mounted volumes are writable by that user.
func podSecurityContext() *k8s.PodSecurityContext {
	return &k8s.PodSecurityContext{
		RunAsNonRoot:   jsii.Bool(true),
		RunAsUser:      num(RunAsUser),
		RunAsGroup:     num(RunAsUser),
		FsGroup:        num(RunAsUser),
		SeccompProfile: &k8s.SeccompProfile{Type: jsii.String("RuntimeDefault")},
	}
}

// containerSecurityContext is the restricted profile at container level. Both levels carry
// runAsNonRoot and seccomp so that a container copied into another pod stays compliant.
func containerSecurityContext() *k8s.SecurityContext {
	return &k8s.SecurityContext{
		RunAsNonRoot:             jsii.Bool(true),
		ReadOnlyRootFilesystem:   jsii.Bool(true),
		AllowPrivilegeEscalation: jsii.Bool(false),
		Privileged:               jsii.Bool(false),
		Capabilities:             &k8s.Capabilities{Drop: jsii.Strings("ALL")},
		SeccompProfile:           &k8s.SeccompProfile{Type: jsii.String("RuntimeDefault")},
	}
}

// ImagePullPolicy is Always: with pinned tags a pull is only a manifest check, and it makes the
// node prove its registry credentials on every start instead of reusing another pod's image.
const ImagePullPolicy = "Always"

// emptyDir is a scratch volume; medium "Memory" makes it tmpfs. The size limit keeps one pod from
// filling the node's disk or memory.
func emptyDir(name, medium, sizeLimit string) *k8s.Volume {
	src := &k8s.EmptyDirVolumeSource{SizeLimit: quantity(sizeLimit)}
	if medium != "" {
		src.Medium = jsii.String(medium)
	}
	return &k8s.Volume{Name: jsii.String(name), EmptyDir: src}
}

// httpProbe checks an HTTP path on the named container port. A zero initialDelaySeconds is left
// out, as Kubernetes does: the Argo Rollouts controller drops it when it writes a Rollout back,
// and a field the output sets but the cluster drops reads as a change on every deploy.
func httpProbe(path, port string, initialDelay, period, failures int) *k8s.Probe {
	probe := &k8s.Probe{
		HttpGet:          &k8s.HttpGetAction{Path: jsii.String(path), Port: intOrString(port)},
		PeriodSeconds:    num(int64(period)),
		TimeoutSeconds:   num(3),
		FailureThreshold: num(int64(failures)),
	}
	if initialDelay > 0 {
		probe.InitialDelaySeconds = num(int64(initialDelay))
	}
	return probe
}

// startupProbe holds off liveness until the app has answered on path once, for up to seconds
// (zero means 60): a slow Chromium or Node cold start is not killed half-way.
func startupProbe(path, port string, seconds int64) *k8s.Probe {
	seconds = cmp.Or(seconds, 60)
	const period = 5
	return httpProbe(path, port, 0, period, int((seconds+period-1)/period))
}

// newPodController builds a Deployment or Rollout as a plain ApiObject: manifest is the object
// as its typed class renders it, and the pod template is the Kubernetes one, rendered by the 1.28
// API classes and spliced in, with what those classes lack added (the preStop sleep action of
// Kubernetes 1.30). A typed object would not do: the L1 classes and the imported Rollout class
// re-map their JSON through their own types after patches, dropping what they do not know.
func newPodController(scope constructs.Construct, id, apiVersion, kind string, manifest any, meta *cdk8s.ApiObjectMetadata,
	template *k8s.PodTemplateSpec, preStopSleepSeconds int64) cdk8s.ApiObject {
	spec := manifest.(map[string]any)["spec"].(map[string]any)
	rendered := k8s.KubePodTemplate_Manifest(&k8s.KubePodTemplateProps{Template: template}).(map[string]any)["template"].(map[string]any)
	if preStopSleepSeconds > 0 {
		for _, ctr := range rendered["spec"].(map[string]any)["containers"].([]any) {
			ctr.(map[string]any)["lifecycle"] = map[string]any{"preStop": map[string]any{"sleep": map[string]any{"seconds": preStopSleepSeconds}}}
		}
	}
	spec["template"] = rendered
	obj := cdk8s.NewApiObject(scope, jsii.String(id), &cdk8s.ApiObjectProps{ApiVersion: jsii.String(apiVersion), Kind: jsii.String(kind), Metadata: meta})
	obj.AddJsonPatch(cdk8s.JsonPatch_Add(jsii.String("/spec"), spec))
	return obj
}

// secretEnv reads one key of a Secret into an environment variable.
func secretEnv(name, secret, key string) *k8s.EnvVar {
	return &k8s.EnvVar{Name: jsii.String(name), ValueFrom: &k8s.EnvVarSource{
		SecretKeyRef: &k8s.SecretKeySelector{Name: jsii.String(secret), Key: jsii.String(key)},
	}}
}

// num converts an integer to the float64 pointer that jsii uses for every number.
func num[T ~int | ~int32 | ~int64](v T) *float64 { f := float64(v); return &f }

// StringMap converts a Go map to the pointer form jsii expects.
func StringMap(m map[string]string) *map[string]*string {
	out := make(map[string]*string, len(m))
	for k, v := range m {
		out[k] = jsii.String(v)
	}
	return &out
}

// optionalString is the jsii form of s, or nil for an empty s, so that no empty field is written.
func optionalString(s string) *string {
	if s == "" {
		return nil
	}
	return jsii.String(s)
}

// optionalStringMap is StringMap, or nil for an empty map, so that no empty field is written.
func optionalStringMap(m map[string]string) *map[string]*string {
	if len(m) == 0 {
		return nil
	}
	return StringMap(m)
}

// Image joins a registry path, a repository, a tag and, when not empty, a digest: with both, the
// runtime pulls by digest, and the tag only tells people what it is.
func Image(registry, repository, tag, digest string) string {
	ref := fmt.Sprintf("%s/%s:%s", registry, repository, tag)
	if digest != "" {
		ref += "@" + digest
	}
	return ref
}
