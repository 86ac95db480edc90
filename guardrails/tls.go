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

// tlsCertificates: every TLS Secret an Ingress names is written by exactly one Certificate that
// covers the Ingress's hosts. None, and ingress-nginx serves its own fake certificate; two (two
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
	for _, ing := range m.ingresses {
		for _, tls := range ing.Spec.TLS {
			switch w := writers[tls.SecretName]; {
			case len(w) == 0:
				m.fail(RuleTLSCertificates, "Ingress %s serves TLS from Secret %s, which no Certificate writes", ing.Name, tls.SecretName)
			case len(w) > 1:
				m.fail(RuleTLSCertificates, "Secret %s of Ingress %s is written by %s; exactly one may write it", tls.SecretName, ing.Name, strings.Join(dedupe(w), " and "))
			default:
				for _, h := range tls.Hosts {
					if !slices.Contains(hosts[tls.SecretName], h) {
						m.fail(RuleTLSCertificates, "Ingress %s serves %s with Secret %s, whose Certificate does not name that host", ing.Name, h, tls.SecretName)
					}
				}
			}
		}
	}
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
