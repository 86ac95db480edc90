package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	argo "github.com/screenshot-algo/k8s/constructs/imports/argoproj_argoprojio"
)

// AnalysisMetric is one Prometheus query a release must pass.
type AnalysisMetric struct {
	// Name names the metric in the analysis run.
	Name string
	// Query is the PromQL; it may use {{args.NAME}} for the template's arguments.
	Query string
	// SuccessCondition and FailureCondition are evaluated on the query's result, e.g.
	// "result[0] >= 0.99". A measurement that meets neither is inconclusive, which pauses the
	// release for a person; one that meets the failure condition aborts it. An empty
	// SuccessCondition makes every measurement that does not fail a success: a background
	// analysis's metrics, which only watch for failure.
	SuccessCondition, FailureCondition string
}

// AnalysisTemplateProps describe the checks a release runs against Prometheus.
type AnalysisTemplateProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the template, beside the Rollouts that use it. Required.
	Namespace string
	// Name is the short name; the template is ObjectName(PartOf, Name). Required.
	Name string
	// PrometheusURL is where the queries go. Required.
	PrometheusURL string
	// Args are the arguments the queries use, given by the Rollout (e.g. PodTemplateHashArg).
	Args []string
	// Metrics are the checks. Required.
	Metrics []AnalysisMetric
	// InitialDelay is how long after the analysis starts the first measurement is taken, e.g.
	// the length of the queries' range, so that it sees the new version only. Required.
	InitialDelay string
	// Interval is the time between measurements. Required.
	Interval string
	// Count is how many measurements are taken. Zero measures until the release ends: a
	// background analysis.
	Count int32
}

// AnalysisFailureLimit tolerates one failed measurement, so that a single slow scrape does not
// abort a release: the second one fails the metric. Inconclusive measurements are not tolerated
// (the limit is 0): one stops the release. Unreachable Prometheus errors count towards Argo's
// consecutive error limit and then fail the analysis, so nothing passes blind.
const AnalysisFailureLimit = 1

// NewAnalysisTemplate builds an Argo Rollouts AnalysisTemplate of Prometheus queries.
func NewAnalysisTemplate(scope constructs.Construct, id string, props AnalysisTemplateProps) argo.AnalysisTemplate {
	args := make([]*argo.AnalysisTemplateSpecArgs, 0, len(props.Args))
	for _, a := range props.Args {
		args = append(args, &argo.AnalysisTemplateSpecArgs{Name: jsii.String(a)})
	}
	metrics := make([]*argo.AnalysisTemplateSpecMetrics, 0, len(props.Metrics))
	for _, m := range props.Metrics {
		metric := &argo.AnalysisTemplateSpecMetrics{
			Name:             jsii.String(m.Name),
			InitialDelay:     jsii.String(props.InitialDelay),
			Interval:         jsii.String(props.Interval),
			FailureLimit:     argo.AnalysisTemplateSpecMetricsFailureLimit_FromNumber(num(AnalysisFailureLimit)),
			FailureCondition: jsii.String(m.FailureCondition),
			Provider: &argo.AnalysisTemplateSpecMetricsProvider{Prometheus: &argo.AnalysisTemplateSpecMetricsProviderPrometheus{
				Address: jsii.String(props.PrometheusURL), Query: jsii.String(m.Query),
			}},
		}
		if props.Count > 0 {
			metric.Count = argo.AnalysisTemplateSpecMetricsCount_FromNumber(num(props.Count))
		}
		if m.SuccessCondition != "" {
			metric.SuccessCondition = jsii.String(m.SuccessCondition)
		}
		metrics = append(metrics, metric)
	}
	return argo.NewAnalysisTemplate(scope, jsii.String(id), &argo.AnalysisTemplateProps{
		Metadata: Identity{PartOf: props.PartOf, Name: props.Name, Component: "analysis"}.APIMeta(ObjectName(props.PartOf, props.Name), props.Namespace),
		Spec:     &argo.AnalysisTemplateSpec{Args: &args, Metrics: &metrics},
	})
}
