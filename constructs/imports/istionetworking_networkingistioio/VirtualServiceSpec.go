package istionetworking_networkingistioio


// Configuration affecting label/content routing, sni routing, etc.
//
// See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
type VirtualServiceSpec struct {
	// A list of namespaces to which this virtual service is exported.
	ExportTo *[]*string `field:"optional" json:"exportTo" yaml:"exportTo"`
	// The names of gateways and sidecars that should apply these routes.
	Gateways *[]*string `field:"optional" json:"gateways" yaml:"gateways"`
	// The destination hosts to which traffic is being sent.
	Hosts *[]*string `field:"optional" json:"hosts" yaml:"hosts"`
	// An ordered list of route rules for HTTP traffic.
	Http *[]*VirtualServiceSpecHttp `field:"optional" json:"http" yaml:"http"`
	// An ordered list of route rules for opaque TCP traffic.
	Tcp *[]*VirtualServiceSpecTcp `field:"optional" json:"tcp" yaml:"tcp"`
	// An ordered list of route rule for non-terminated TLS & HTTPS traffic.
	Tls *[]*VirtualServiceSpecTls `field:"optional" json:"tls" yaml:"tls"`
}

