package charts

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// Annotations on each pod template with a digest of the configuration its pods consume. A change
// to a consumed value changes the template, so Kubernetes rolls the pods, as Kustomize's hash
// suffixes or Helm's checksum annotations do; a change to anything else leaves them alone.
const (
	ConfigChecksumAnnotation  = "screenshot-algo.io/config-checksum"
	SecretsChecksumAnnotation = "screenshot-algo.io/secrets-checksum"
)

// appSettings are the app's non-secret settings, loaded into the app tiers' environment.
func appSettings(e env.Environment) map[string]string {
	settings := map[string]string{
		"APP_ENV":                    e.Name,
		"LOG_LEVEL":                  e.LogLevel,
		"PUBLIC_URL":                 "https://" + e.Ingress.Host,
		"REDIS_HOST":                 env.ObjectName("redis"),
		"REDIS_PORT":                 strconv.Itoa(c.RedisPort),
		"REDIS_QUEUE_KEY":            env.JobQueueKey,
		"DATABASE_HOST":              e.On().DatabaseEndpoint,
		"DATABASE_SSLMODE":           e.Database.SSLMode,
		"DATABASE_PORT":              strconv.Itoa(int(e.Database.Port)),
		"DATABASE_NAME":              e.Database.Name,
		"WORKER_JOB_TIMEOUT_SECONDS": strconv.Itoa(env.WorkerJobTimeoutSeconds),
	}
	if e.On().DatabaseCABundle != "" {
		settings["DATABASE_SSLROOTCERT"] = env.DatabaseCADir + "/" + env.DatabaseCAKey
	}
	return settings
}

// Short names of the credentials Secrets. In dev this program writes them with public values;
// elsewhere ExternalSecrets of the same names have the External Secrets Operator write them
// from AWS Secrets Manager.
const (
	databaseCredentials = "postgres-credentials"
	redisCredentials    = "redis-credentials"
)

// DatabaseSecret and RedisSecret are the credentials Secrets' full names.
var (
	DatabaseSecret = env.ObjectName(databaseCredentials)
	RedisSecret    = env.ObjectName(redisCredentials)
)

// credential is one credentials Secret: literal development values, or remote values the
// External Secrets Operator fetches.
type credential struct {
	name    string // short name; the Secret is env.ObjectName(name)
	literal map[string]string
	remote  []c.RemoteValue
}

// credentials are the database's and Redis's Secrets in this environment.
func credentials(e env.Environment) map[string]credential {
	if e.Secrets.DevelopmentLiterals {
		return map[string]credential{
			env.Postgres: {name: databaseCredentials, literal: map[string]string{"username": "screenshot_algo", "password": "development-only-postgres-password"}},
			env.Redis:    {name: redisCredentials, literal: map[string]string{"password": "development-only-redis-password"}},
		}
	}
	db, redis := e.Profile().SecretName(e.Secrets.DatabaseKey), e.Profile().SecretName(e.Secrets.RedisKey)
	return map[string]credential{
		env.Postgres: {name: databaseCredentials, remote: []c.RemoteValue{
			{SecretKey: "username", RemoteKey: db, Property: "username"},
			{SecretKey: "password", RemoteKey: db, Property: "password"},
		}},
		env.Redis: {name: redisCredentials, remote: []c.RemoteValue{{SecretKey: "password", RemoteKey: redis, Property: "password"}}},
	}
}

// newCredentials builds the Secrets, or the ExternalSecrets that write them.
func newCredentials(scope constructs.Construct, e env.Environment) {
	creds := credentials(e)
	var store *c.SecretStore
	if !e.Secrets.DevelopmentLiterals {
		store = newSecretStore(scope, e)
	}
	for _, dep := range []string{env.Postgres, env.Redis} {
		cred := creds[dep]
		id := map[string]string{env.Postgres: "DatabaseCredentials", env.Redis: "RedisCredentials"}[dep]
		if cred.literal != nil {
			c.NewDevelopmentSecret(scope, id, c.DevelopmentSecretProps{PartOf: env.App, Namespace: e.Namespace, Name: cred.name, Data: cred.literal})
		} else {
			c.NewExternalSecret(scope, id, c.ExternalSecretProps{PartOf: env.App, Namespace: e.Namespace, Name: cred.name, Store: store.Name, Values: cred.remote,
				RefreshInterval: e.Secrets.RefreshInterval})
		}
	}
}

// newSecretStore is the app's own store in its cloud's secret manager, read through workload
// identity as the environment's cloud identity.
func newSecretStore(scope constructs.Construct, e env.Environment) *c.SecretStore {
	s, profile := e.On(), e.Profile()
	props := c.SecretStoreProps{PartOf: env.App, Namespace: e.Namespace,
		IdentityAnnotations: map[string]string{profile.IdentityAnnotation: s.Identity}}
	switch profile.StoreProvider {
	case env.SecretsManager:
		props.AWS = &c.AWSSecretsManager{Region: s.Region}
	case env.KeyVault:
		props.Azure = &c.AzureKeyVault{VaultURL: s.VaultURL, TenantID: s.TenantID}
	case env.SecretManager:
		props.GCP = &c.GCPSecretManager{ProjectID: s.ProjectID, ClusterName: s.ClusterName, ClusterLocation: s.ClusterLocation}
	}
	return c.NewSecretStore(scope, "SecretStore", props)
}

// podAnnotations are the checksums of what a pod consumes: the app settings when it loads them,
// and the credentials of the services it connects to. For an ExternalSecret the digest covers
// where the values come from; a new value in the store is picked up by the operator, not here.
func podAnnotations(e env.Environment, usesSettings bool, deps ...string) map[string]string {
	out := map[string]string{}
	if usesSettings {
		out[ConfigChecksumAnnotation] = digest(appSettings(e))
	}
	secrets := map[string]string{}
	creds := credentials(e)
	for _, dep := range deps {
		cred, ok := creds[dep]
		if !ok {
			continue
		}
		for k, v := range cred.literal {
			secrets[cred.name+"/"+k] = v
		}
		for _, r := range cred.remote {
			secrets[cred.name+"/"+r.SecretKey] = string(e.Cloud) + ":" + r.RemoteKey + "#" + r.Property
		}
	}
	if len(secrets) > 0 {
		out[SecretsChecksumAnnotation] = digest(secrets)
	}
	for k, v := range proxyAnnotations(e) {
		out[k] = v
	}
	return out
}

// proxyAnnotations size the Istio sidecar of every pod, so that the quota that counts them
// (Quota) holds: without them Istio's defaults apply, which the quota does not know.
// Ephemeral storage has no annotation: the mesh's injection template must give the sidecar
// Mesh.ProxyResources.EphemeralStorage (the README says how).
func proxyAnnotations(e env.Environment) map[string]string {
	if !e.Mesh.Istio {
		return nil
	}
	r := e.Mesh.ProxyResources
	return map[string]string{
		"sidecar.istio.io/proxyCPU":         r.CPURequest,
		"sidecar.istio.io/proxyMemory":      r.MemoryRequest,
		"sidecar.istio.io/proxyCPULimit":    r.CPULimit,
		"sidecar.istio.io/proxyMemoryLimit": r.MemoryLimit,
	}
}

// digest is a stable SHA-256 of a map: keys sorted, each "key=value" on its own line.
func digest(values map[string]string) string {
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s\n", k, values[k])
	}
	return fmt.Sprintf("%x", sha256.Sum256([]byte(b.String())))
}
