# regc — two commands: `make compile` and `make test`. Every target does its own set-up.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
NODE_MODULES := node_modules/.package-lock.json
DIST := dist/.built
REGC := node dist/cli/main.js
SRC := $(shell find src -type f -name '*.ts' 2>/dev/null)

.PHONY: compile test unit golden corpus conformance bench clean install build typecheck

## set-up
$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: $(NODE_MODULES)

$(DIST): $(NODE_MODULES) tsconfig.json $(SRC)
	npx tsc -p tsconfig.json
	@chmod +x dist/cli/main.js
	@touch $@

build: $(DIST)

## the main job: compile the shipped regulations into compiled/
compile: $(DIST)
	$(REGC) compile

## every test tier
test: typecheck unit golden corpus conformance

typecheck: $(NODE_MODULES)
	npx tsc -p tsconfig.test.json

unit: $(NODE_MODULES)
	npx mocha

# `make compile` must reproduce the committed compiled/ byte for byte.
golden: $(DIST)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(REGC) compile --out "$$tmp/compiled" 2>"$$tmp/log" || { cat "$$tmp/log"; exit 1; }; \
	if diff -r compiled "$$tmp/compiled" >"$$tmp/diff"; then echo "golden: compiled/ reproduced byte for byte"; \
	else head -50 "$$tmp/diff"; echo "golden: compiled/ differs from a fresh compile (run make compile and review the diff)"; exit 1; fi

corpus: $(NODE_MODULES)
	npx mocha --no-config --node-option import=tsx --extension ts --timeout 120000 --reporter dot 'test/corpus/**/*.test.ts'

conformance: $(NODE_MODULES)
	npx tsx test/conformance/run.ts

bench: $(DIST)
	@for f in test/perf/*.perf.ts; do npx tsx "$$f"; done

clean:
	rm -rf dist node_modules .cache
