package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// AppConfigProps describe the app's non-secret settings.
type AppConfigProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the ConfigMap. Required.
	Namespace string
	// Data is the settings, as environment variable names and values. Required.
	Data map[string]string
}

// AppConfig is the ConfigMap the app tiers load into their environment.
type AppConfig struct {
	constructs.Construct
	// Name is the ConfigMap's name.
	Name string
	// ConfigMap holds the settings.
	ConfigMap k8s.KubeConfigMap
}

// NewAppConfig builds the "<app>-config" ConfigMap. Secrets never go here: they are
// read by reference from Secrets, one key at a time.
func NewAppConfig(scope constructs.Construct, id string, props AppConfigProps) *AppConfig {
	c := constructs.NewConstruct(scope, jsii.String(id))
	name := ObjectName(props.PartOf, "config")
	cm := k8s.NewKubeConfigMap(c, jsii.String("ConfigMap"), &k8s.KubeConfigMapProps{
		Metadata: Identity{PartOf: props.PartOf, Name: "config", Component: "config"}.Meta(name, props.Namespace),
		Data:     StringMap(props.Data),
	})
	return &AppConfig{Construct: c, Name: name, ConfigMap: cm}
}
