//go:build tools

// Package tools pins redis_exporter for the tests' build (tools/controlplane/build.sh).
package tools

import _ "github.com/oliver006/redis_exporter"
