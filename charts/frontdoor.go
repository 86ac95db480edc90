package charts

import (
	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// frontDoor is how the environment's public tiers are reached, on each of its controllers.
type frontDoor struct {
	e env.Environment
}

// newFrontDoor builds what the routes share: where a controller serves Gateway API, the
// Gateways, the HTTPS redirect and the body limit; and the ACME Issuer, whose challenges come
// in through the environment's controller. The controllers' own installations (Deployments,
// load balancers and GatewayClass) are the platform's, described in docs/cluster.md.
func newFrontDoor(scope constructs.Construct, e env.Environment) frontDoor {
	ns := e.Namespace
	if f, ok := e.GatewayFrontDoor(); ok {
		c.NewGateway(scope, "PublicGateway", c.GatewayProps{PartOf: env.App, Namespace: ns, Name: env.PublicGateway, ClassName: f.GatewayClass,
			Listeners: []c.Listener{
				{Name: env.HTTPListener, Port: f.HTTPPort, Hostname: e.Ingress.Host},
				{Name: env.HTTPSListener, Port: f.HTTPSPort, Hostname: e.Ingress.Host, TLSSecretName: e.Ingress.TLSSecretName},
			}})
		c.NewHTTPRoute(scope, "RedirectRoute", c.HTTPRouteProps{PartOf: env.App, Namespace: ns, Name: env.RedirectRoute,
			Gateway: env.ObjectName(env.PublicGateway), Listener: env.HTTPListener, Host: e.Ingress.Host, RedirectToHTTPS: true})
		if e.ReleasesWithRollouts() {
			c.NewGateway(scope, "InternalGateway", c.GatewayProps{PartOf: env.App, Namespace: ns, Name: env.InternalGateway, ClassName: f.GatewayClass,
				Listeners: []c.Listener{{Name: env.PreviewListener, Port: f.PreviewPort, Hostname: e.Ingress.PreviewHost, TLSSecretName: e.Ingress.PreviewTLSSecretName}}})
		}
		c.NewRequestBodyLimit(scope, "BodyLimit", c.RequestBodyLimitProps{PartOf: env.App, Namespace: ns, Name: env.BodyLimit, MaxBytes: env.MaxRequestBodyBytes})
	}
	if a := e.Ingress.ACME; a != nil {
		f := e.FrontDoor()
		issuer := c.ACMEIssuerProps{PartOf: env.App, Namespace: ns, Name: env.ACMEIssuer, Server: a.Server, Email: a.Email, IngressClass: f.IngressClass}
		if f.GatewayClass != "" {
			issuer.Gateway, issuer.Listener = env.ObjectName(env.PublicGateway), env.HTTPListener
		}
		c.NewACMEIssuer(scope, "ACMEIssuer", issuer)
	}
	return frontDoor{e: e}
}

// public are the routes of a tier's IngressPath on the public host, one per front door.
func (d frontDoor) public(t env.Tier) []c.WebIngress {
	var out []c.WebIngress
	for _, f := range d.e.FrontDoors() {
		out = append(out, d.route(f, t, d.e.Ingress.Host, env.PublicGateway, env.HTTPSListener, f.IngressClass, d.e.Ingress.TLSSecretName))
	}
	return out
}

// preview are the routes of a tier's IngressPath on the internal preview host, one per front
// door: its internal entry point, or its internal IngressClass.
func (d frontDoor) preview(t env.Tier) []c.WebIngress {
	var out []c.WebIngress
	for _, f := range d.e.FrontDoors() {
		out = append(out, d.route(f, t, d.e.Ingress.PreviewHost, env.InternalGateway, env.PreviewListener, f.PreviewIngressClass, d.e.Ingress.PreviewTLSSecretName))
	}
	return out
}

func (d frontDoor) route(f env.FrontDoor, t env.Tier, host, gateway, listener, class, tlsSecret string) c.WebIngress {
	r := c.WebIngress{Host: host, Path: t.IngressPath, RequestTimeoutSeconds: f.RequestTimeoutSeconds}
	if f.GatewayClass != "" {
		r.Gateway, r.Listener, r.Middlewares = env.ObjectName(gateway), listener, []string{env.ObjectName(env.BodyLimit)}
	} else {
		r.IngressClass, r.TLSSecretName = class, tlsSecret
	}
	return r
}

// certificateIssuer is the issuer of the public host's certificate, and whether it is the
// output's own Issuer rather than a ClusterIssuer.
func certificateIssuer(e env.Environment) (string, bool) {
	if e.Ingress.ACME != nil {
		return env.ObjectName(env.ACMEIssuer), true
	}
	return e.Ingress.CertificateIssuer, false
}
