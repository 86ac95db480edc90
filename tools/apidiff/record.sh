#!/usr/bin/env bash
# Records the constructs library's exported API in constructs/api/constructs.api, the export
# data that golang.org/x/exp's apidiff compares the library with (TestLibraryAPIIsRecorded). A
# change of the API is recorded only once constructs/CHANGES.md says what changed: the record
# and the change note move together.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/.cache/bin/apidiff
(cd "$root/tools/apidiff" && go build -o "$bin" golang.org/x/exp/cmd/apidiff)
cd "$root/constructs"
changes=$("$bin" api/constructs.api github.com/screenshot-algo/k8s/constructs)
if [[ -z $changes ]]; then
  echo "api: the exported API is as recorded"
  exit 0
fi
echo "$changes"
if git -C "$root" diff --quiet HEAD -- constructs/CHANGES.md; then
  echo "api: the library's exported API changed (above): say so in constructs/CHANGES.md first, then run make api again" >&2
  exit 1
fi
"$bin" -w api/constructs.api github.com/screenshot-algo/k8s/constructs
echo "api: recorded in constructs/api/constructs.api"
