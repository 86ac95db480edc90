package verify

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// The Redis steps of docs/runbooks/rotating-credentials.md, which TestRedisPasswordRotation runs
// as written: the scripts run in Redis's container through kubectl exec, the hash on the
// operator's machine.
const (
	// rotationSees prints the SHA-256 of the password that Redis's pod reads now.
	rotationSees = `tr -d "\n" < /etc/redis/auth/password | sha256sum | cut -d " " -f 1`
	// rotationHash is NEW's SHA-256, the only form of NEW that leaves the operator's machine.
	rotationHash = `NEW_SHA=$(printf %s "$NEW" | sha256sum | cut -d ' ' -f 1)`
	// rotationAdd makes Redis accept the password whose SHA-256 is $1 as well.
	rotationAdd = `REDISCLI_AUTH="$(cat /etc/redis/auth/password)" redis-cli --no-auth-warning ACL SETUSER default on "#$1"`
	// rotationDrop makes Redis refuse the password whose SHA-256 is $1.
	rotationDrop = `REDISCLI_AUTH="$(cat /etc/redis/auth/password)" redis-cli --no-auth-warning ACL SETUSER default "!$1"`
)

// TestRedisPasswordRotation runs the runbook's Redis rotation, as written, on Redis's pod as
// production's output defines it (redisPod: its init container, its arguments, its readiness
// probe, a real redis-server), while the readiness probe runs every 50 ms as the kubelet's
// would: not one probe fails, so Redis never leaves its Service's endpoints. Clients get in with
// OLD until the last step and with NEW from the first; a restart keeps NEW alone; neither
// password is on Redis's command line or in any file but the Secret's. The break-test is the
// probe as it was, with REDISCLI_AUTH frozen at the container's start: the last step fails it.
func TestRedisPasswordRotation(t *testing.T) {
	needsCluster(t)
	e := env.Production()
	tpl := workloadTemplate(t, manifests(t, synthFolder(t, e)), "StatefulSet", env.ObjectName("redis"))
	ctr := tpl.Spec.Containers[0]
	for _, m := range ctr.VolumeMounts {
		if m.MountPath == constructs.RedisAuthDir {
			require.Empty(t, m.SubPath, "the kubelet never updates a subPath mount: a rotation would not reach the probe")
		}
	}

	runbook, err := os.ReadFile(filepath.Join(repoRoot, "docs", "runbooks", "rotating-credentials.md"))
	require.NoError(t, err)
	kubectlExec := fmt.Sprintf("kubectl exec -n %s %s-0 -c %s -- sh -c ", e.Namespace, env.ObjectName("redis"), ctr.Name)
	for _, line := range []string{
		"OLD_SHA=$(" + kubectlExec + "'" + rotationSees + "')",
		rotationHash,
		kubectlExec + "'" + rotationAdd + `' - "$NEW_SHA"`,
		kubectlExec + "'" + rotationSees + "'",
		kubectlExec + "'" + rotationDrop + `' - "$OLD_SHA"`,
	} {
		assert.Contains(t, string(runbook), line, "the runbook says what this test runs")
	}

	// Passwords with the characters that break quoting.
	const oldPassword, newPassword = `old'pa$$word "1" \n`, `new pa$(word) '2'`
	hash := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	p := newRedisPod(t, tpl.Spec)
	p.setPassword(constructs.RedisAuthDir, "password", oldPassword)
	p.start()
	require.NoError(t, p.ready(), "Redis is ready with the password it started with")

	t.Run("the password is on no command line and in no file but the Secret's", func(t *testing.T) {
		cmdline, err := os.ReadFile("/proc/" + strconv.Itoa(p.pid) + "/cmdline")
		require.NoError(t, err)
		assert.NotContains(t, string(cmdline), oldPassword)
		for _, m := range ctr.VolumeMounts {
			if m.MountPath == constructs.RedisAuthDir {
				continue
			}
			_ = filepath.WalkDir(p.volumes[m.Name], func(path string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					b, _ := os.ReadFile(path)
					assert.NotContains(t, string(b), oldPassword, "%s holds the password", path)
				}
				return nil
			})
		}
	})

	var probes, failures atomic.Int64
	var firstFailure atomic.Value
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
			}
			probes.Add(1)
			if err := p.ready(); err != nil {
				failures.Add(1)
				firstFailure.CompareAndSwap(nil, err.Error())
			}
		}
	}()
	settle := func() { time.Sleep(300 * time.Millisecond) } // a few probes between steps

	oldSHA, err := p.sh(rotationSees)
	require.NoError(t, err, oldSHA)
	require.Equal(t, hash(oldPassword), oldSHA, "OLD_SHA is the SHA-256 of the password Redis has")
	cmd := exec.Command("sh", "-c", rotationHash+` && printf %s "$NEW_SHA"`)
	cmd.Env = append(os.Environ(), "NEW="+newPassword)
	out, err := cmd.Output()
	require.NoError(t, err)
	newSHA := string(out)
	require.Equal(t, hash(newPassword), newSHA, "NEW_SHA is the SHA-256 of NEW")

	reply, err := p.sh(rotationAdd, newSHA)
	require.NoError(t, err, reply)
	require.Equal(t, "OK", reply)
	settle()
	for _, pw := range []string{oldPassword, newPassword} {
		_, auth := p.connect(pw)
		assert.Equal(t, "+OK", auth, "after the first step, Redis accepts %q", pw)
	}

	p.setPassword(constructs.RedisAuthDir, "password", newPassword) // the ExternalSecret's refresh, then the kubelet's
	settle()
	seen, err := p.sh(rotationSees)
	require.NoError(t, err, seen)
	assert.Equal(t, newSHA, seen, "the runbook's check prints NEW_SHA once the pod reads NEW")

	reply, err = p.sh(rotationDrop, oldSHA)
	require.NoError(t, err, reply)
	require.Equal(t, "OK", reply)
	settle()
	close(done)
	<-stopped
	assert.Zero(t, failures.Load(), "the readiness probe failed during the rotation: %v", firstFailure.Load())
	assert.Greater(t, probes.Load(), int64(5), "the probe ran throughout")
	_, auth := p.connect(oldPassword)
	assert.Contains(t, auth, "WRONGPASS", "after the last step, OLD is refused")
	_, auth = p.connect(newPassword)
	assert.Equal(t, "+OK", auth, "after the last step, NEW is accepted")

	t.Run("break-test: a probe with the password of the container's start fails the last step", func(t *testing.T) {
		frozen := `REDISCLI_AUTH="$1" redis-cli --no-auth-warning -h 127.0.0.1 ping | grep -q PONG`
		_, err := p.sh(frozen, oldPassword)
		assert.Error(t, err, "a probe that kept OLD would take Redis out of its Service")
	})

	t.Run("a restart keeps NEW alone", func(t *testing.T) {
		p.stop()
		p.start()
		require.NoError(t, p.ready())
		_, auth := p.connect(oldPassword)
		assert.Contains(t, auth, "WRONGPASS")
		_, auth = p.connect(newPassword)
		assert.Equal(t, "+OK", auth)
	})
}
