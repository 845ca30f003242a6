#!/usr/bin/env bash
# What `npm run test:notebooks` needs besides Node, installed only when missing and timed:
# Debian's Jupyter client (nbclient, jupyter-client, ipykernel) and PyTorch, and Deno from the npm
# registry with its Jupyter kernel registered under its own name (the reader's "deno" kernel is left alone).
# Prints the paths the tests read: NOTEBOOK_TOOLS_PYTHON=… and NOTEBOOK_TOOLS_DENO=…
set -euo pipefail

PYTHON=/usr/bin/python3
CACHE="${ACTIVATION_LAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/activation-lab}"
DENO_VERSION="${DENO_VERSION:-2.9.6}"
DENO_PREFIX="$CACHE/deno-$DENO_VERSION"
KERNEL_NAME=activation-lab-deno
APT_PACKAGES=(python3-nbclient jupyter-client python3-ipykernel python3-torch)

seconds() { date +%s; }
say() { echo "notebook tools: $*" >&2; }

if ! "$PYTHON" -c 'import nbclient, jupyter_client, ipykernel, torch' 2>/dev/null; then
  started=$(seconds)
  say "installing Debian's ${APT_PACKAGES[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}" >&2
  say "apt install took $(( $(seconds) - started )) s"
fi

DENO="$DENO_PREFIX/node_modules/.bin/deno"
if ! "$DENO" --version >/dev/null 2>&1; then
  started=$(seconds)
  say "installing deno@$DENO_VERSION from the npm registry into $DENO_PREFIX"
  npm install --prefix "$DENO_PREFIX" --no-save --no-audit --no-fund "deno@$DENO_VERSION" >&2
  say "deno install took $(( $(seconds) - started )) s"
fi
"$DENO" jupyter --install --force --name "$KERNEL_NAME" --display "Deno (Activation Lab tests)" >&2

echo "NOTEBOOK_TOOLS_PYTHON=$PYTHON"
echo "NOTEBOOK_TOOLS_DENO=$DENO"
echo "NOTEBOOK_TOOLS_KERNEL=$KERNEL_NAME"
echo "NOTEBOOK_TOOLS_CACHE=$CACHE"
