package controlplane

import (
	"fmt"
	"net/netip"
	"os/exec"
	"strings"
)

// The simulated cluster's pod addresses. EndpointSlices refuse loopback addresses
// (127.0.0.0/8), so the pods get addresses of RFC 2544's benchmarking block, which no network
// routes; RoutePodsLocally makes this machine deliver them on its loopback device, where a test's
// stand-ins for the apps answer them.
var (
	// PodNetwork is where kwok gives its pods their addresses.
	PodNetwork = netip.MustParsePrefix("198.18.0.0/16")
	// KubeletPodNetwork is where a test picks addresses for the real kubelet's pods
	// (fakecri's pod-ip annotation).
	KubeletPodNetwork = netip.MustParsePrefix("198.19.0.0/16")
	// localPods covers both.
	localPods = netip.MustParsePrefix("198.18.0.0/15")
)

// FakeCRIPodIPAnnotation, on a pod of the real kubelet, is the address fakecri gives it.
const FakeCRIPodIPAnnotation = "fakecri.screenshot-algo.io/pod-ip"

// RoutePodsLocally makes this machine deliver the pods' addresses to itself, on the loopback
// device, until the control plane stops: a "local" route of iproute2, as for 127.0.0.0/8. It
// needs CAP_NET_ADMIN (root, as CI runs). A route already there is left as it is.
func (cp *ControlPlane) RoutePodsLocally() error {
	show, err := exec.Command("ip", "route", "show", "table", "local", localPods.String()).CombinedOutput()
	if err != nil {
		return fmt.Errorf("the traffic tests give pods addresses of %s on the loopback device with iproute2's ip, which failed: %v: %s", localPods, err, show)
	}
	if strings.Contains(string(show), localPods.String()) {
		return nil
	}
	if out, err := exec.Command("ip", "route", "add", "local", localPods.String(), "dev", "lo").CombinedOutput(); err != nil {
		return fmt.Errorf("routing %s to the loopback device (needs root or CAP_NET_ADMIN): %v: %s", localPods, err, out)
	}
	cp.afterStop = append(cp.afterStop, func() { _ = exec.Command("ip", "route", "del", "local", localPods.String(), "dev", "lo").Run() })
	return nil
}
