#!/bin/sh
# `atk deploy --env dev` (m365agents.yml): builds Tillit's image from ./Dockerfile
# in Azure Container Registry (no local Docker) and tells the toolkit its name
# (TILLIT_CONTAINER_IMAGE); the next action redeploys infra/main.bicep with it.
# Needs the Azure CLI (`az login`); the variables come from env/.env.dev.
set -eu
for name in AZURE_SUBSCRIPTION_ID AZURE_CONTAINER_REGISTRY_NAME AZURE_CONTAINER_REGISTRY_LOGIN_SERVER; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "atk-deploy-container: fel: $name saknas; kör \"atk provision --env dev\" först." >&2
    exit 1
  fi
done
if ! command -v az >/dev/null 2>&1; then
  echo "atk-deploy-container: fel: Azure CLI (az) saknas: https://aka.ms/installazurecli, sedan az login." >&2
  exit 1
fi
tag="$(git rev-parse --short=12 HEAD 2>/dev/null || date -u +%Y%m%d%H%M%S)"
if [ -n "$(git status --porcelain 2>/dev/null || true)" ]; then tag="$tag-$(date -u +%Y%m%d%H%M%S)"; fi
image="$AZURE_CONTAINER_REGISTRY_LOGIN_SERVER/tillit:$tag"
az acr build --subscription "$AZURE_SUBSCRIPTION_ID" --registry "$AZURE_CONTAINER_REGISTRY_NAME" --image "tillit:$tag" --file Dockerfile .
echo "::set-teamsfx-env TILLIT_CONTAINER_IMAGE=$image"
