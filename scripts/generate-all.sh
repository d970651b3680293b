#!/usr/bin/env bash
# Regenerates every committed generated file, in dependency order.
# Each drift test names the one command it needs; this runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

npm run build -w @czt/domain
npx tsx scripts/examples/build.ts                     # examples/
npm run generate -w @czt/schemas                      # enums from code lists, src/generated, docs/reference
npm run build -w @czt/schemas
npm run generate -w @czt/types                        # TypeScript types
npm run build -w @czt/types
npm run generate -w @czt/validator                    # compiled schema validators, docs/rules.md
npm run build -w @czt/validator
npm run generate:schema-code -w @czt/mapping         # the mapping schema's validator (no eval in the page)
npm run build -w @czt/mapping
npm run examples:legacy -w @czt/mapping               # examples/legacy/ from the examples
npm run build -w @czt/conformance
npm run generate -w @czt/conformance                  # conformance/vectors
npm run build -w @czt/reference-server
npm run generate -w @czt/client                       # openapi-typescript client types
npm run build -w @czt/standard-diff
npm run build -w @czt/cli
npm run generate -w @czt/cli                          # CHANGELOG.md change lists (czt diff)
