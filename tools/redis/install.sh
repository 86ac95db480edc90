#!/usr/bin/env bash
# Prints the path of a real redis-server for the tests that run Redis with the output's
# arguments, installing Debian's package first when the machine has none. Debian's is Redis
# 7.0, not the 7.4 the output pins (no 7.4 build is served here): what the tests use it for,
# --maxmemory with the noeviction policy, behaves the same in both.
set -euo pipefail
if ! command -v redis-server > /dev/null; then
  echo "redis: installing Debian's redis-server ..." >&2
  sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends redis-server > /dev/null 2>&1 ||
    { $sudo apt-get update > /dev/null && $sudo apt-get install -y --no-install-recommends redis-server > /dev/null; }
fi
command -v redis-server
