package deploy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/fake"
	"sigs.k8s.io/controller-runtime/pkg/client/interceptor"

	"github.com/screenshot-algo/k8s/env"
)

// TestClaimRacesAnotherDeploy covers two first deploys that claim an unclaimed cluster at
// once: the one that loses the create goes on if the winner claimed it for the same
// environment, and is refused if for another.
func TestClaimRacesAnotherDeploy(t *testing.T) {
	production := env.Production()
	cases := []struct {
		name    string
		winner  string // the environment the concurrent deploy claims the cluster for
		wantErr string
	}{
		{name: "same environment", winner: production.Name},
		{name: "other environment", winner: env.Staging().Name, wantErr: `belongs to "` + env.Staging().Name + `"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := fake.NewClientBuilder().Build()
			raced := false
			c := interceptor.NewClient(base.(client.WithWatch), interceptor.Funcs{
				Create: func(ctx context.Context, c client.WithWatch, obj client.Object, opts ...client.CreateOption) error {
					if !raced {
						raced = true
						winner := &corev1.ConfigMap{
							ObjectMeta: metav1.ObjectMeta{Namespace: IdentityNamespace, Name: IdentityName},
							Data:       map[string]string{"environment": tc.winner},
						}
						require.NoError(t, c.Create(ctx, winner))
					}
					return c.Create(ctx, obj, opts...)
				},
			})
			err := checkIdentity(context.Background(), c, production, Target{Config: &rest.Config{Host: "https://sim"}}, Options{ClaimCluster: true})
			assert.True(t, raced, "the create raced")
			if tc.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.wantErr)
		})
	}
}
