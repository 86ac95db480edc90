package env

// Variant is a way of releasing an environment other than its defaults: what a release's
// --strategy flags, or an environment that enables the mesh, produce.
type Variant struct {
	// Name is appended to the environment's name, e.g. "production-canary".
	Name string
	// Apply changes the environment.
	Apply func(e *Environment)
}

// Variants are the releases the snapshots and the control-plane tests cover besides the
// defaults: every public tier as a canary, every one blue-green, the Istio mesh with both
// strategies (the first public tier blue-green, the others canaries), and the legacy
// ingress-nginx front door with both, alone and while the cluster moves from it to Traefik.
func Variants() []Variant {
	// strategies releases the first public tier with first, the others with rest.
	strategies := func(first, rest Strategy) func(e *Environment) {
		return func(e *Environment) {
			strategy := first
			for i := range e.Tiers {
				if e.Tiers[i].Public() {
					e.Tiers[i].Strategy, strategy = strategy, rest
				}
			}
		}
	}
	return []Variant{
		{Name: "canary", Apply: strategies(Canary, Canary)},
		{Name: "bluegreen", Apply: strategies(BlueGreen, BlueGreen)},
		{Name: "istio", Apply: func(e *Environment) {
			strategies(BlueGreen, Canary)(e)
			e.Mesh.Istio = true
		}},
		{Name: "ingress-nginx", Apply: func(e *Environment) {
			strategies(BlueGreen, Canary)(e)
			e.Ingress.Controller = IngressNginx
		}},
		{Name: "ingress-nginx-to-traefik", Apply: func(e *Environment) {
			strategies(BlueGreen, Canary)(e)
			e.Ingress.MigratingFrom = IngressNginx
		}},
	}
}

// Of returns base released as the variant, or false when base's cluster runs no Argo Rollouts
// controller: such an environment has no variants. base is not changed.
func (v Variant) Of(base Environment) (Environment, bool) {
	if !base.Delivery.ArgoRollouts {
		return Environment{}, false
	}
	env := base
	env.Tiers = append([]Tier(nil), base.Tiers...)
	v.Apply(&env)
	return env, true
}
