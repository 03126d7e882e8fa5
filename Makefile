# regc — two commands: `make compile` and `make test`. Every target does its own set-up.
SHELL := /bin/bash
NODE_MODULES := node_modules/.package-lock.json
DIST := dist/.built

.PHONY: compile test unit golden corpus conformance bench clean install build

$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(NODE_MODULES)

$(DIST): $(NODE_MODULES) tsconfig.json $(shell find src -type f 2>/dev/null)
	npx tsc -p tsconfig.json
	@chmod +x dist/cli/main.js 2>/dev/null || true
	@touch $@

build: $(DIST)

compile: $(DIST)
	node dist/cli/main.js compile

test: unit

unit: $(NODE_MODULES)
	npx mocha

clean:
	rm -rf dist node_modules .cache
