package constructs

import (
	"cmp"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// ExternalDatabaseProps describe a database that runs outside the cluster.
type ExternalDatabaseProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Service. Required.
	Namespace string
	// Name is the Service's short name; the Service is ObjectName(PartOf, Name). Empty means "postgres".
	Name string
	// Endpoint is the database's DNS name, e.g. an RDS instance endpoint. Required.
	Endpoint string
	// Port is the database port. Zero means 5432.
	Port int32
}

// ExternalDatabase is the in-cluster name of a database hosted elsewhere.
type ExternalDatabase struct {
	constructs.Construct
	// Name is the in-cluster host name that aliases the database.
	Name string
	// Port is the database port.
	Port int32
	// Service is the ExternalName Service.
	Service k8s.KubeService
}

// NewExternalDatabase builds an ExternalName Service: the cluster DNS answers its stable
// in-cluster name with a CNAME to the RDS endpoint. It is a convenience for people (psql from a
// debug pod). Clients that verify the server's certificate (sslmode verify-full) must dial the
// endpoint itself, which the certificate names; the alias would fail that check.
func NewExternalDatabase(scope constructs.Construct, id string, props ExternalDatabaseProps) *ExternalDatabase {
	c := constructs.NewConstruct(scope, jsii.String(id))
	short := cmp.Or(props.Name, "postgres")
	port := cmp.Or(props.Port, 5432)
	ident := Identity{PartOf: props.PartOf, Name: short, Component: "database"}
	name := ident.ObjectName()
	svc := k8s.NewKubeService(c, jsii.String("Service"), &k8s.KubeServiceProps{
		Metadata: ident.Meta(name, props.Namespace),
		Spec: &k8s.ServiceSpec{
			Type:         jsii.String("ExternalName"),
			ExternalName: jsii.String(props.Endpoint),
			Ports: &[]*k8s.ServicePort{{
				Name: jsii.String("postgres"), Port: num(port), Protocol: jsii.String("TCP"),
			}},
		},
	})
	return &ExternalDatabase{Construct: c, Name: name, Port: port, Service: svc}
}
