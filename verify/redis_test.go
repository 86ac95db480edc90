package verify

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// redisServer is the real redis-server that `make test` provides (tools/redis/install.sh).
func redisServer(t *testing.T) string {
	t.Helper()
	if path := os.Getenv("REDIS_SERVER"); path != "" {
		return path
	}
	path, err := exec.LookPath("redis-server")
	require.NoError(t, err, "no redis-server: run `make test`, which installs Debian's")
	return path
}

// respConn is a connection to Redis speaking just enough of its protocol for these tests.
type respConn struct {
	conn net.Conn
	r    *bufio.Reader
}

// do sends a command and returns its reply: a status, an error ("-..."), an integer or a bulk
// string.
func (c *respConn) do(args ...string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(a), a)
	}
	if _, err := c.conn.Write([]byte(b.String())); err != nil {
		return "", err
	}
	line, err := c.r.ReadString('\n')
	if err != nil {
		return "", err
	}
	line = strings.TrimSuffix(line, "\r\n")
	if !strings.HasPrefix(line, "$") {
		return line, nil
	}
	n, err := strconv.Atoi(line[1:])
	if err != nil || n < 0 {
		return "", fmt.Errorf("reply %q", line)
	}
	buf := make([]byte, n+2)
	_, err = io.ReadFull(c.r, buf)
	return string(buf[:n]), err
}

// redisPodAt starts Redis's pod, with args in place of its container's if any, and returns a
// connection authenticated with the Secret's password.
func redisPodAt(t *testing.T, spec corev1.PodSpec, args []string) *respConn {
	t.Helper()
	const password = "redis-test-password"
	p := newRedisPod(t, spec)
	if args != nil {
		p.Args = args
	}
	p.setPassword(constructs.RedisAuthDir, "password", password)
	p.start()
	c, reply := p.connect(password)
	require.Equal(t, "+OK", reply)
	return c
}

// fill writes 1 MiB job payloads until Redis refuses one or holds more than ceiling bytes, and
// returns how much it holds and the refusal, if any.
func fill(t *testing.T, c *respConn, ceiling int64) (used int64, refusal string) {
	t.Helper()
	payload := strings.Repeat("x", 1<<20)
	usedMemory := regexp.MustCompile(`(?m)^used_memory:(\d+)`)
	for i := 0; ; i++ {
		reply, err := c.do("SET", fmt.Sprintf("job:%d", i), payload)
		require.NoError(t, err)
		info, err := c.do("INFO", "memory")
		require.NoError(t, err)
		m := usedMemory.FindStringSubmatch(info)
		require.NotNil(t, m, info)
		used, _ = strconv.ParseInt(m[1], 10, 64)
		if strings.HasPrefix(reply, "-") {
			return used, reply
		}
		if used > ceiling {
			return used, ""
		}
	}
}

// checkRedisCap says why Redis would be OOM-killed instead of refusing writes: it took more
// than its share of the container's memory limit without refusing anything.
func checkRedisCap(used int64, refusal string, limit int64) error {
	if refusal == "" || !strings.HasPrefix(refusal, "-OOM") {
		return fmt.Errorf("Redis took %d MiB of a %d MiB memory limit and refused nothing: it grows until the kernel kills it", used>>20, limit>>20)
	}
	return nil
}

// TestRedisRefusesWritesAtItsCap runs a real redis-server with the arguments of production's
// Redis container, sized to a 64Mi limit so that the test fills it in seconds: once its data
// reaches --maxmemory, it refuses new jobs with an OOM error (noeviction), well under the
// container's limit, instead of growing until the kernel kills it and replays its AOF. The
// break-test drops --maxmemory, and Redis takes the whole limit without refusing anything.
func TestRedisRefusesWritesAtItsCap(t *testing.T) {
	needsCluster(t)
	e := env.Production()
	e.Redis.Resources.MemoryLimit, e.Redis.Resources.MemoryRequest = "64Mi", "64Mi"
	folder := synthFolder(t, e)
	objs := manifests(t, folder)
	tpl := workloadTemplate(t, objs, "StatefulSet", env.ObjectName("redis"))
	ctr := tpl.Spec.Containers[0]
	limit := ctr.Resources.Limits.Memory().Value()
	want := resource.MustParse("64Mi")
	require.Equal(t, want.Value(), limit)

	used, refusal := fill(t, redisPodAt(t, tpl.Spec, nil), limit)
	require.NoError(t, checkRedisCap(used, refusal, limit))
	t.Logf("Redis refused at %d MiB of a %d MiB limit: %s", used>>20, limit>>20, refusal)
	i := slices.Index(ctr.Args, "--maxmemory")
	require.GreaterOrEqual(t, i, 0)
	maxMemory, err := strconv.ParseInt(ctr.Args[i+1], 10, 64)
	require.NoError(t, err)
	// Redis refuses the write that finds it over the cap, so it may hold one more payload, and
	// counts the refused command's buffer: 1 MiB each, allowed twice over.
	assert.Less(t, used, maxMemory+4<<20, "Redis stops at its cap (%d bytes), leaving the rest of the limit for a rewrite's fork", maxMemory)

	var uncapped []string
	for i := 0; i < len(ctr.Args); i++ {
		if ctr.Args[i] == "--maxmemory" {
			i++
			continue
		}
		uncapped = append(uncapped, ctr.Args[i])
	}
	used, refusal = fill(t, redisPodAt(t, tpl.Spec, uncapped), limit)
	assert.ErrorContains(t, checkRedisCap(used, refusal, limit), "refused nothing", "Redis without --maxmemory is caught")
}
