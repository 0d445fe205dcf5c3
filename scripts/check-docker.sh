#!/usr/bin/env bash
# Validates docker/docker-compose.yml without a Docker engine.
set -euo pipefail
if [ "${1:-}" = "--help" ]; then
	echo "Usage: ./scripts/check-docker.sh  (validates docker/docker-compose.yml with docker-compose config)"
	exit 0
fi
cd "$(dirname "${BASH_SOURCE[0]}")/../docker"
docker-compose -f docker-compose.yml config --quiet
echo "docker/docker-compose.yml is valid"
