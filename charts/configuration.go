package charts

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"

	c "github.com/screenshot-algo/k8s/constructs"
)

// Annotations on each pod template with a digest of the configuration its pods consume. A change
// to a consumed value changes the template, so Kubernetes rolls the pods, as Kustomize's hash
// suffixes or Helm's checksum annotations do; a change to anything else leaves them alone.
const (
	ConfigChecksumAnnotation  = "screenshot-algo.io/config-checksum"
	SecretsChecksumAnnotation = "screenshot-algo.io/secrets-checksum"
)

// appSettings are the app's non-secret settings, loaded into the app tiers' environment.
func appSettings(env Environment) map[string]string {
	settings := map[string]string{
		"APP_ENV":                    env.Name,
		"LOG_LEVEL":                  env.LogLevel,
		"PUBLIC_URL":                 "https://" + env.Ingress.Host,
		"REDIS_HOST":                 c.ObjectName("redis"),
		"REDIS_PORT":                 strconv.Itoa(c.RedisPort),
		"DATABASE_HOST":              env.Database.Endpoint,
		"DATABASE_SSLMODE":           env.Database.SSLMode,
		"DATABASE_PORT":              strconv.Itoa(int(env.Database.Port)),
		"DATABASE_NAME":              env.Database.Name,
		"WORKER_JOB_TIMEOUT_SECONDS": strconv.Itoa(WorkerJobTimeoutSeconds),
	}
	if env.Database.CABundleConfigMap != "" {
		settings["DATABASE_SSLROOTCERT"] = DatabaseCADir + "/" + DatabaseCAKey
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
	DatabaseSecret = c.ObjectName(databaseCredentials)
	RedisSecret    = c.ObjectName(redisCredentials)
)

// credential is one credentials Secret: literal development values, or remote values the
// External Secrets Operator fetches.
type credential struct {
	name    string // short name; the Secret is c.ObjectName(name)
	literal map[string]string
	remote  []c.RemoteValue
}

// credentials are the database's and Redis's Secrets in this environment.
func credentials(env Environment) map[string]credential {
	if env.Secrets.DevelopmentLiterals {
		return map[string]credential{
			Postgres: {name: databaseCredentials, literal: map[string]string{"username": "screenshot_algo", "password": "development-only-postgres-password"}},
			Redis:    {name: redisCredentials, literal: map[string]string{"password": "development-only-redis-password"}},
		}
	}
	s := env.Secrets
	return map[string]credential{
		Postgres: {name: databaseCredentials, remote: []c.RemoteValue{
			{SecretKey: "username", RemoteKey: s.DatabaseKey, Property: "username"},
			{SecretKey: "password", RemoteKey: s.DatabaseKey, Property: "password"},
		}},
		Redis: {name: redisCredentials, remote: []c.RemoteValue{{SecretKey: "password", RemoteKey: s.RedisKey, Property: "password"}}},
	}
}

// newCredentials builds the Secrets, or the ExternalSecrets that write them.
func newCredentials(scope constructs.Construct, env Environment) {
	creds := credentials(env)
	for _, dep := range []string{Postgres, Redis} {
		cred := creds[dep]
		id := map[string]string{Postgres: "DatabaseCredentials", Redis: "RedisCredentials"}[dep]
		if cred.literal != nil {
			c.NewDevelopmentSecret(scope, id, c.DevelopmentSecretProps{Namespace: env.Namespace, Name: cred.name, Data: cred.literal})
		} else {
			c.NewExternalSecret(scope, id, c.ExternalSecretProps{Namespace: env.Namespace, Name: cred.name, Store: env.Secrets.Store, Values: cred.remote,
				RefreshInterval: env.Secrets.RefreshInterval})
		}
	}
}

// podAnnotations are the checksums of what a pod consumes: the app settings when it loads them,
// and the credentials of the services it connects to. For an ExternalSecret the digest covers
// where the values come from; a new value in the store is picked up by the operator, not here.
func podAnnotations(env Environment, usesSettings bool, deps ...string) map[string]string {
	out := map[string]string{}
	if usesSettings {
		out[ConfigChecksumAnnotation] = digest(appSettings(env))
	}
	secrets := map[string]string{}
	creds := credentials(env)
	for _, dep := range deps {
		cred, ok := creds[dep]
		if !ok {
			continue
		}
		for k, v := range cred.literal {
			secrets[cred.name+"/"+k] = v
		}
		for _, r := range cred.remote {
			secrets[cred.name+"/"+r.SecretKey] = env.Secrets.Store + ":" + r.RemoteKey + "#" + r.Property
		}
	}
	if len(secrets) > 0 {
		out[SecretsChecksumAnnotation] = digest(secrets)
	}
	for k, v := range proxyAnnotations(env) {
		out[k] = v
	}
	return out
}

// proxyAnnotations size the Istio sidecar of every pod, so that the quota that counts them
// (Quota) holds: without them Istio's defaults apply, which the quota does not know.
// Ephemeral storage has no annotation: the mesh's injection template must give the sidecar
// Mesh.ProxyResources.EphemeralStorage (the README says how).
func proxyAnnotations(env Environment) map[string]string {
	if !env.Mesh.Istio {
		return nil
	}
	r := env.Mesh.ProxyResources
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
