# shopsite: `make site` builds the example shop, `make test` runs every test.
SWIFT ?= swift
APT_PACKAGES := libcmark-dev libyaml-dev pkg-config
TEST_PACKAGES := chromium poppler-utils fonts-wqy-microhei
SIZE ?= small
BIN := .build/release/shopsite

.PHONY: site test deps test-deps build bench fuzz clean

# Installs what is missing from Debian's packages (only when root; otherwise says what to install).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing packages:$$missing (run: sudo apt-get install$$missing)" >&2; exit 1; fi; \
	fi

test-deps: deps
	@missing=""; for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing test packages:$$missing (browser tests will be skipped)" >&2; fi; \
	fi

build: deps
	$(SWIFT) build -c release --product shopsite

site: build
	$(BIN) build . --output public

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	python3 ../shared/bench/compare $(BIN) --size $(SIZE)

clean:
	rm -rf .build public
