# shopsite: `make site` builds the example shop, `make test` runs every test.
SWIFT ?= swift
APT_PACKAGES := libcmark-dev libyaml-dev libvips-dev libzip-dev libexpat1-dev pkg-config
TEST_PACKAGES := chromium poppler-utils fonts-wqy-microhei
SIZE ?= small
BIN := .build/release/shopsite

.PHONY: site test deps test-deps browser-skips build bench fuzz fuzz-ci clean shape

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

# Installs the test packages too (as root), runs every test, then says how many browser tests skipped themselves.
test: test-deps
	$(SWIFT) build --build-tests
	@status=0; $(SWIFT) test --skip-build || status=$$?; $(MAKE) --no-print-directory browser-skips; exit $$status

# The browser tests skip themselves (`.enabled(if:)`) without Chromium (both files) or poppler's pdfinfo and
# pdftotext (BrowserTests); this counts their @Test functions by the same rule.
BROWSER_TESTS := Tests/SiteBuilderTests/BrowserTests.swift
CHROMIUM_TESTS := Tests/PreviewServerTests/CatalogSearchBrowserTests.swift
browser-skips:
	@chromium=; for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do \
	  if [ -x $$c ]; then chromium=$$c; break; fi; done; \
	skipped=0; \
	if [ -z "$$chromium" ] || [ ! -x /usr/bin/pdfinfo ] || [ ! -x /usr/bin/pdftotext ]; then \
	  skipped=$$((skipped + $$(grep -c '^ *@Test' $(BROWSER_TESTS)))); fi; \
	if [ -z "$$chromium" ]; then skipped=$$((skipped + $$(grep -c '^ *@Test' $(CHROMIUM_TESTS)))); fi; \
	if [ $$skipped -gt 0 ]; then \
	  echo "$$skipped browser tests skipped: Chromium or poppler-utils missing (as root make test installs them;" \
	       "else: sudo apt-get install $(TEST_PACKAGES))" >&2; \
	else echo "browser tests: none skipped (Chromium and poppler-utils found)"; fi

# The harness (shopsite build against Hugo, hugo-lite and the read+cmark floor), then report/check/build timings
# at 1k and 10k products (Benchmarks/bench-commands.sh; BENCH_SIZES="1k 10k 100k" for the scaling check).
# BENCH_DIR is where compare and gen-shop live (../shared/bench beside the main checkout).
BENCH_DIR ?= $(if $(wildcard ../shared/bench/compare),../shared/bench,/work/shared/bench)
BENCH_SIZES ?= 1k $(if $(filter 10k,$(SIZE)),10k,)
bench: build
	GEN_SHOP=$(BENCH_DIR)/gen-shop sh Benchmarks/bench-commands.sh $(BIN) $(BENCH_SIZES)
	python3 $(BENCH_DIR)/compare $(BIN) --size $(SIZE)

# Fuzzes the parsers and the loader with libFuzzer (see Tests/Fuzz/build.sh), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 120
fuzz: deps
	Tests/Fuzz/build.sh
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run.sh

# The CI's share of fuzzing: one minute per target.
fuzz-ci: deps
	$(MAKE) fuzz FUZZ_SECONDS=60

# Files under 200 lines, functions under 60, SiteBuilder's folders pointing one way (see ARCHITECTURE.md).
shape:
	python3 scripts/check-shape.py

clean:
	rm -rf .build public
