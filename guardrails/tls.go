package guardrails

import (
	"slices"
	"strings"
)

// issuerAnnotations are cert-manager's ingress-shim annotations: an Ingress carrying one has
// cert-manager write a Certificate for each of its TLS Secrets.
var issuerAnnotations = []string{"cert-manager.io/cluster-issuer", "cert-manager.io/issuer"}

// certificate is what the rule needs of a cert-manager Certificate.
type certificate struct {
	Metadata struct{ Name string }
	Spec     struct {
		SecretName string
		DNSNames   []string `json:"dnsNames"`
	}
}

// tlsCertificates: every TLS Secret an Ingress or a Gateway listener names is written by exactly
// one Certificate that covers its hosts. None, and the controller serves its own default
// certificate (or none); two (two
// Certificates, or one plus an Ingress's issuer annotation, or two annotated Ingresses sharing
// the Secret), and each renewal overwrites the other's keys.
func (m *model) tlsCertificates() {
	writers := map[string][]string{}
	hosts := map[string][]string{}
	for _, crt := range m.certificates {
		writers[crt.Spec.SecretName] = append(writers[crt.Spec.SecretName], "Certificate "+crt.Metadata.Name)
		hosts[crt.Spec.SecretName] = append(hosts[crt.Spec.SecretName], crt.Spec.DNSNames...)
	}
	for _, ing := range m.ingresses {
		annotated := false
		for _, a := range issuerAnnotations {
			annotated = annotated || ing.Annotations[a] != ""
		}
		if !annotated {
			continue
		}
		for _, tls := range ing.Spec.TLS {
			writers[tls.SecretName] = append(writers[tls.SecretName], "the issuer annotation of Ingress "+ing.Name)
			hosts[tls.SecretName] = append(hosts[tls.SecretName], tls.Hosts...)
		}
	}
	for _, u := range m.tlsUsers() {
		switch w := writers[u.secret]; {
		case len(w) == 0:
			m.fail(RuleTLSCertificates, "%s serves TLS from Secret %s, which no Certificate writes", u.user, u.secret)
		case len(w) > 1:
			m.fail(RuleTLSCertificates, "Secret %s of %s is written by %s; exactly one may write it", u.secret, u.user, strings.Join(dedupe(w), " and "))
		default:
			for _, h := range u.hosts {
				if !slices.Contains(hosts[u.secret], h) {
					m.fail(RuleTLSCertificates, "%s serves %s with Secret %s, whose Certificate does not name that host", u.user, h, u.secret)
				}
			}
		}
	}
}

// tlsUser is an Ingress or a Gateway listener that serves hosts with a TLS Secret.
type tlsUser struct {
	user, secret string
	hosts        []string
}

// tlsUsers lists the Ingresses' TLS sections and the Gateways' HTTPS listeners.
func (m *model) tlsUsers() []tlsUser {
	var out []tlsUser
	for _, ing := range m.ingresses {
		for _, tls := range ing.Spec.TLS {
			out = append(out, tlsUser{user: "Ingress " + ing.Name, secret: tls.SecretName, hosts: tls.Hosts})
		}
	}
	for _, g := range m.gateways {
		for _, l := range g.Spec.Listeners {
			if l.TLS == nil {
				continue
			}
			var hosts []string
			if l.Hostname != nil {
				hosts = []string{*l.Hostname}
			}
			for _, ref := range l.TLS.CertificateRefs {
				out = append(out, tlsUser{user: "Gateway " + g.Metadata.Name + " listener " + l.Name, secret: ref.Name, hosts: hosts})
			}
		}
	}
	return out
}

// dedupe drops repeated entries, keeping the first order.
func dedupe(in []string) []string {
	var out []string
	for _, s := range in {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
