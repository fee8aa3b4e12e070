#!/usr/bin/env bash
# Run by Maven (exec-maven-plugin, phase initialize): gives Vaadin's frontend build the Node.js
# and npm it needs (Node 24, npm 11.3+) in DEST/bin, the folder the vaadin-maven-plugin's
# nodeFolder points at. Vaadin's own installer downloads Node from nodejs.org, which is not
# reachable from every build machine; the npm registry is, so Node comes from there as the npm
# package node-<os>-<arch> (the official binary), and npm is installed into it with the npm the
# machine already has.
#
#   provide-node.sh DEST NODE_VERSION NPM_VERSION      e.g. target/node 24.17.0 11.13.0
#
# Nothing is downloaded when DEST already holds a suitable Node, or when one is found on the PATH
# or in ~/.vaadin (Vaadin's own install folder): DEST/bin then links to that one. When Node cannot
# be provided the build goes on with a warning: it needs Node only if the committed frontend bundle
# (src/main/bundles/dev.bundle) is out of date, and Vaadin then says which folder it missed.
set -euo pipefail
dest=$1 node_version=$2 npm_version=$3
want_major=${node_version%%.*}

log() { echo "[node] $*"; }

# true when $1 is a Node of the wanted major version with npm 11.3+ beside it, laid out as
# Vaadin looks for it: <bin>/node and <bin>/../lib/node_modules/npm/bin/npm-cli.js
suitable() {
  local node=$1 v npm_cli npm_v major minor
  [ -x "$node" ] || return 1
  v=$("$node" --version 2>/dev/null) || return 1
  v=${v#v}
  [ "${v%%.*}" = "$want_major" ] || return 1
  npm_cli="$(dirname "$node")/../lib/node_modules/npm/bin/npm-cli.js"
  [ -f "$npm_cli" ] || return 1
  npm_v=$("$node" "$npm_cli" --version 2>/dev/null) || return 1
  major=${npm_v%%.*} minor=${npm_v#*.}
  minor=${minor%%.*}
  [ "$major" -gt 11 ] || { [ "$major" -eq 11 ] && [ "$minor" -ge 3 ]; }
}

if suitable "$dest/bin/node"; then
  exit 0
fi

candidates=()
if command -v node >/dev/null 2>&1; then
  candidates+=("$(readlink -f "$(command -v node)")")
fi
shopt -s nullglob
for n in "$HOME"/.vaadin/node-v"$want_major".*/bin/node; do
  candidates+=("$n")
done
shopt -u nullglob
for n in ${candidates[@]+"${candidates[@]}"}; do
  if suitable "$n"; then
    rm -rf "$dest"
    mkdir -p "$dest"
    ln -s "$(dirname "$n")" "$dest/bin"
    log "using Node $("$n" --version) at $(dirname "$n")"
    exit 0
  fi
done

give_up() {
  echo "[node] WARNING: $* Install Node $want_major with npm 11.3+ on the PATH if the frontend bundle must be rebuilt." >&2
  exit 0
}
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) give_up "no Node package for $(uname -s) here." ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) give_up "no Node package for $(uname -m) here." ;;
esac
command -v npm >/dev/null 2>&1 || give_up "Node $want_major is fetched with npm, and there is no npm on the PATH."

log "fetching Node $node_version (node-$os-$arch) and npm $npm_version from the npm registry into $dest"
mkdir -p "$(dirname "$dest")"
work=$(mktemp -d "$dest.partial.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-$os-$arch@$node_version" >/dev/null) \
  || give_up "npm could not fetch node-$os-$arch@$node_version."
mkdir "$work/node"
tar -xzf "$work"/node-"$os-$arch"-*.tgz -C "$work/node" --strip-components=1
npm install --global --prefix "$work/node" --no-audit --no-fund --loglevel=error "npm@$npm_version" >/dev/null \
  || give_up "npm could not fetch npm@$npm_version."
suitable "$work/node/bin/node" || give_up "the fetched Node does not run here."
rm -rf "$dest"
mv "$work/node" "$dest"
log "Node $("$dest/bin/node" --version), npm $("$dest/bin/npm" --version) ready in $dest"
