# regc — two commands: `make compile` and `make test`. Every target does its own set-up.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
NODE_MODULES := node_modules/.package-lock.json
DIST := dist/.built
REGC := node dist/cli/main.js
SRC := $(shell find src -type f -name '*.ts' 2>/dev/null)

.PHONY: compile test unit golden corpus conformance e2e promptfoo bench clean install build typecheck

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
test: typecheck unit golden corpus conformance e2e promptfoo

typecheck: $(NODE_MODULES)
	npx tsc -p tsconfig.test.json

unit: $(NODE_MODULES)
	npx mocha

# `make compile` must reproduce the committed compiled/ byte for byte.
golden: $(DIST)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	if [ -f compiled/framer/feedback.jsonl ]; then mkdir -p "$$tmp/compiled/framer"; cp compiled/framer/feedback.jsonl "$$tmp/compiled/framer/"; fi; \
	$(REGC) compile --out "$$tmp/compiled" 2>"$$tmp/log" || { cat "$$tmp/log"; exit 1; }; \
	if diff -r -x results compiled "$$tmp/compiled" >"$$tmp/diff"; then echo "golden: compiled/ reproduced byte for byte"; \
	else head -50 "$$tmp/diff"; echo "golden: compiled/ differs from a fresh compile (run make compile and review the diff)"; exit 1; fi

corpus: $(NODE_MODULES)
	npx mocha --no-config --node-option import=tsx --extension ts --timeout 120000 --reporter dot 'test/corpus/**/*.test.ts'

conformance: $(NODE_MODULES)
	npx tsx test/conformance/run.ts

# audits end to end: `regc audit` against models served on 127.0.0.1, the report in headless Chromium
# (Debian's chromium; the test skips without it outside CI, `.ci/run` installs it)
e2e: $(NODE_MODULES)
	npx mocha --no-config --node-option import=tsx --extension ts --timeout 900000 --reporter dot 'test/e2e/audit.e2e.ts' 'test/e2e/feedback.e2e.ts' 'test/e2e/report.e2e.ts'

# the real promptfoo runs the emitted configuration; promptfoo and a Node.js 22 runtime (the npm package `node`)
# come from the npm registry into .cache/promptfoo, leaving the project's own Node.js requirement alone
PROMPTFOO_VERSION := 0.121.20
NODE22 := node@22
PROMPTFOO_STAMP := .cache/promptfoo/.installed-$(PROMPTFOO_VERSION)
$(PROMPTFOO_STAMP):
	@mkdir -p .cache/promptfoo
	@[ -f .cache/promptfoo/package.json ] || echo '{"private": true}' > .cache/promptfoo/package.json
	@start=$$(date +%s); \
	npm install --prefix .cache/promptfoo --no-audit --no-fund --loglevel=error promptfoo@$(PROMPTFOO_VERSION) $(NODE22); \
	echo "promptfoo: installed promptfoo $(PROMPTFOO_VERSION) and $$(.cache/promptfoo/node_modules/.bin/node --version) in $$(( $$(date +%s) - start )) s"
	@touch $@

promptfoo: $(NODE_MODULES) $(PROMPTFOO_STAMP)
	npx mocha --no-config --node-option import=tsx --extension ts --timeout 1200000 --reporter dot 'test/e2e/promptfoo.e2e.ts'

bench: $(DIST)
	@for f in test/perf/*.perf.ts; do npx tsx "$$f"; done

clean:
	rm -rf dist node_modules .cache
