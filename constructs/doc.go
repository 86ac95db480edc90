// Package constructs is a library of cdk8s constructs for running a web application on
// Kubernetes as a careful platform team would: HTTP tiers and queue workers with their Services,
// Ingresses, autoscalers, disruption budgets, metrics and release strategies (Argo Rollouts), a
// Redis queue, network policies, quotas, certificates and credentials.
//
// Every construct is built the same way, as in cdk8s's own Go templates: NewX(scope, id, props)
// with a Props struct whose zero values are sensible defaults, and one construct per file. An
// Identity (PartOf, Name, Component, Version) names a part of the application: its objects are
// called "<PartOf>-<Name>" and carry the Kubernetes recommended labels, so that a Service, a
// budget or a policy selects exactly that part's pods.
//
// A tier owns what belongs to it. NewWorkload builds the pods' Deployment (or Argo Rollout),
// ServiceAccount and, when asked, its autoscaler, budget, metrics Service and ServiceMonitor;
// NewWebService adds its Services and Ingresses. They return typed references (Workload,
// WebService) that other code uses instead of rebuilding object names.
//
// Every pod runs under the restricted Pod Security profile, with explicit requests and limits,
// probes, a graceful stop and no ServiceAccount token. The constructs use the Kubernetes 1.28 API
// classes that cdk8s-plus-28 ships (package k8s), so every field in the output is one written
// here: no library default, no hashed name or label, and a single jsii call per object. The
// output needs Kubernetes 1.30 or newer (the preStop sleep action).
package constructs
