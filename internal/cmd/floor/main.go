// Command floor is the smallest cdk8s Go app: one chart with one Deployment, synthesized to
// stdout. It measures the cost every cdk8s Go program pays (starting Node, loading the cdk8s and
// cdk8s-plus bundles through jsii) that `make bench` compares the real program against.
package main

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"

	"github.com/screenshot-algo/k8s/internal/nodejs"
)

func main() {
	nodejs.UseProjectNode()
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("floor"), nil)
	labels := &map[string]*string{"app": jsii.String("floor")}
	k8s.NewKubeDeployment(chart, jsii.String("Deployment"), &k8s.KubeDeploymentProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String("floor")},
		Spec: &k8s.DeploymentSpec{
			Selector: &k8s.LabelSelector{MatchLabels: labels},
			Template: &k8s.PodTemplateSpec{
				Metadata: &k8s.ObjectMeta{Labels: labels},
				Spec:     &k8s.PodSpec{Containers: &[]*k8s.Container{{Name: jsii.String("app"), Image: jsii.String("nginx:1.27")}}},
			},
		},
	})
	fmt.Print(*app.SynthYaml())
	jsii.Close()
}
