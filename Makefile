# VisitPlanner: the two commands a newcomer needs are `make run` and `make test`.
# Recipes stay short; the work is done by the scripts in meson-helpers/.
#
#   make run       install what is missing, build, create the sample visit, open the app
#                  (DATABASE=path uses another SQLite file for both steps)
#   make test      install what is missing, build, swift test, data tests, GUI tests; a summary
#   make bench     startup, search-as-you-type, interpreter-assignment and booklet benchmarks (meson-helpers/bench.sh)
#   make bench-import  10,000-row import against sqlite3's .import (meson-helpers/bench-import.sh)
#   make bench-assign  placement solver vs HiGHS on 50/500/5,000-unit instances (bench-assign.sh)
#   make fuzz      libFuzzer run of the spreadsheet reader, FUZZ_SECONDS=120 (not in CI)
#   make install   release build installed under $(DESTDIR)$(PREFIX); make uninstall removes it
#   make resources bundle resources/ui/*.ui and style.css into .build/visitplanner.gresource (build and test do it)
#   make pot       regenerate po/visitplanner.pot (make update-po also merges it into po/*.po)
#   make clean     remove the build folder and test output

SHELL := /bin/bash
.DEFAULT_GOAL := build

PREFIX ?= /usr/local
DESTDIR ?=
DATABASE ?=
export PREFIX DESTDIR DATABASE

# Swift is not an apt package; its toolchain is often unpacked into /opt/swift.
ifeq ($(shell command -v swift 2>/dev/null),)
ifneq ($(wildcard /opt/swift/usr/bin/swift),)
export PATH := /opt/swift/usr/bin:$(PATH)
endif
endif

.PHONY: all deps build translations resources run test bench bench-import bench-assign fuzz release install uninstall pot update-po clean

all: build

deps:
	@bash meson-helpers/install-deps.sh

build: deps translations resources
	swift build
	@bash meson-helpers/stage-plugins.sh debug

translations:
	@bash meson-helpers/compile-translations.sh .build/locale

resources:
	@bash meson-helpers/compile-resources.sh .build/visitplanner.gresource

run: build
	@bash meson-helpers/run.sh

test: deps translations resources
	@bash meson-helpers/run-tests.sh

bench: deps release
	@bash meson-helpers/bench.sh

bench-import: deps release
	@bash meson-helpers/bench-import.sh

fuzz:
	@bash meson-helpers/fuzz.sh

bench-assign: deps release
	@bash meson-helpers/bench-assign.sh

release: deps resources
	swift build -c release
	@bash meson-helpers/stage-plugins.sh release

install: release
	@bash meson-helpers/install.sh

uninstall:
	@bash meson-helpers/install.sh --uninstall

pot:
	@bash meson-helpers/update-pot.sh

update-po:
	@bash meson-helpers/update-pot.sh --update-po

clean:
	rm -rf .build Sources/PlannerCore/.build test-output bench-output
