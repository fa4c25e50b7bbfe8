# siovdm top-level Makefile. `make help` lists the targets.
#
# Everything is built under build/. The RTL and testbench file lists come from Bender.yml (through
# `bender` when installed, scripts/bender_flist.py otherwise). All C is compiled by gcc into
# archives and linked into the Verilator --binary simulator; there is no hand-written C++.

SHELL   := /bin/bash
BUILD   ?= build
PY      := .venv/bin/python
J       ?= $(shell nproc)
SEED    ?= 1
TEST    ?=
ARGS    ?=

CC      := gcc
CFLAGS  := -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror -fno-strict-aliasing \
           -Isw/include -Isw/lib -Isim/model -Itests/harness -MMD -MP
VERILATOR       := verilator
VERILATOR_FLAGS := --top-module siov_tb --timing -Wno-fatal -Wno-lint -Wno-style \
                   --x-assign fast --x-initial unique -O3 -CFLAGS -O1 rtl/lint.vlt

.DEFAULT_GOAL := help

# ---- sources -----------------------------------------------------------------------------------
CORE_SRC    := $(wildcard sw/lib/core/*.c)
PCI_SRC     := sw/lib/platform/pci.c
SIMBE_SRC   := sw/lib/platform/sim.c
MODEL_SRC   := $(wildcard sim/model/*.c)
HARNESS_SRC := tests/harness/siov_test.c tests/harness/diag.c tests/harness/adi_util.c \
               tests/harness/dsa_ref.c tests/harness/op_util.c tests/harness/ppt_util.c
SIM_HARNESS_SRC := tests/harness/adi_capture.c tests/harness/ppt_cases.c
TEST_SRC    := $(sort $(wildcard tests/*.c))
TOOL_SRC    := sw/tools/siovctl/siovctl.c sw/tools/demo/demo.c sw/tools/bench/bench.c
# Tests that need the simulator's platform model (fault injection, capture, the protocol
# checker) include sim.h; the others also run against a board (build/bin/siov-tests).
BOARD_TEST_SRC := $(shell grep -L '"sim.h"' $(TEST_SRC))
RTL_DEPS    := Bender.yml $(shell find rtl sim/tb -name '*.sv' -o -name '*.vlt')

obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(1))

LIBSIOV     := $(BUILD)/lib/libsiov.a
LIBSIM      := $(BUILD)/lib/libsiov_sim.a
SIM_BIN     := $(BUILD)/sim/Vsiov_tb
SIM_TRACE   := $(BUILD)/sim-trace/Vsiov_tb
REGISTRY    := $(BUILD)/gen/test_registry.c

# ---- help ----------------------------------------------------------------------------------------
.PHONY: help
help:
	@echo "siovdm make targets:"
	@echo "  demo        build the simulator and run the narrated scenario"
	@echo "  test        build and run every test; ends with 'N passed, N failed'"
	@echo "  run         one test: make run TEST=<name> [SEED=<n>] [ARGS=+tlptrace]"
	@echo "  waves       one test with an FST waveform: make waves TEST=<name> [SEED=<n>]"
	@echo "  lint        Verilator -Wall on all RTL, C with -Werror, cppcheck, register freshness"
	@echo "  bench       data-mover throughput table, build/bench.csv and plot (docs/performance.md)"
	@echo "  soak        the operation and PPT tests under many seeds: make soak [SOAK_SEEDS=n]"
	@echo "  synth       Yosys 0.23 reads all synthesizable RTL and reports cells"
	@echo "  ptile-tb    loopback testbench of the Intel P-tile shim (fpga/ptile)"
	@echo "  board-sim   the board top (shim + device) against cocotbext-pcie's P-tile model"
	@echo "  regs        regenerate register headers/docs from rtl/regs/*.rdl"
	@echo "  sim tools   build the simulator / the native siovctl and siov-tests"
	@echo "  deps        install missing Debian packages and Python tools (run by the others)"
	@echo "  clean       remove build/"

# ---- dependencies --------------------------------------------------------------------------------
.PHONY: deps
deps:
	@scripts/install-deps.sh

# ---- file lists from Bender.yml ------------------------------------------------------------------
FLIST = $(if $(shell command -v bender),bender script flist-plus,$(PY) scripts/bender_flist.py)

$(BUILD)/sim.f: Bender.yml scripts/bender_flist.py | deps
	@mkdir -p $(@D)
	$(FLIST) -t test > $@
$(BUILD)/rtl.f: Bender.yml scripts/bender_flist.py | deps
	@mkdir -p $(@D)
	$(FLIST) -t synthesis > $@
$(BUILD)/fpga.f: Bender.yml scripts/bender_flist.py | deps
	@mkdir -p $(@D)
	$(FLIST) -t synthesis -t fpga > $@

# ---- C -------------------------------------------------------------------------------------------
$(BUILD)/obj/%.o: %.c | deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@

# Each test file's test_main / configuration get names of their own (see tests/harness).
$(call obj,$(TEST_SRC)): $(BUILD)/obj/tests/%.o: tests/%.c | deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Dtest_main=siov_tm_$* -Dsiov_test_config=siov_tc_$* -c $< -o $@

$(REGISTRY): $(TEST_SRC) tests/gen_registry.sh
	@mkdir -p $(@D)
	tests/gen_registry.sh $@ $(TEST_SRC)

$(BUILD)/gen/board_registry.c: $(BOARD_TEST_SRC) tests/gen_registry.sh
	@mkdir -p $(@D)
	tests/gen_registry.sh $@ $(BOARD_TEST_SRC)

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@

$(LIBSIOV): $(call obj,$(CORE_SRC) $(PCI_SRC))
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

$(LIBSIM): $(call obj,$(SIMBE_SRC) $(MODEL_SRC) $(HARNESS_SRC) $(SIM_HARNESS_SRC) $(TEST_SRC) $(TOOL_SRC)) \
           $(BUILD)/obj/gen/test_registry.o
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

# ---- simulator -----------------------------------------------------------------------------------
SIM_LDFLAGS = -Wl,--whole-archive $(abspath $(LIBSIM)) -Wl,--no-whole-archive \
              $(abspath $(LIBSIOV)) -lpci

# The C archives are not prerequisites in Verilator's own makefile: remove the binary so that it
# is always relinked.
$(SIM_BIN): $(BUILD)/sim.f $(RTL_DEPS) $(LIBSIM) $(LIBSIOV)
	@mkdir -p $(@D)
	@rm -f $@
	$(VERILATOR) --binary -j $(J) $(VERILATOR_FLAGS) -f $(BUILD)/sim.f \
	  --Mdir $(BUILD)/sim/obj -o $(abspath $@) -LDFLAGS "$(SIM_LDFLAGS)" > $(BUILD)/sim/build.log 2>&1 \
	  || { tail -40 $(BUILD)/sim/build.log; exit 1; }

$(SIM_TRACE): $(BUILD)/sim.f $(RTL_DEPS) $(LIBSIM) $(LIBSIOV)
	@mkdir -p $(@D)
	@rm -f $@
	$(VERILATOR) --binary -j $(J) $(VERILATOR_FLAGS) --trace-fst +define+SIOV_TRACE \
	  -f $(BUILD)/sim.f --Mdir $(BUILD)/sim-trace/obj -o $(abspath $@) \
	  -LDFLAGS "$(SIM_LDFLAGS)" > $(BUILD)/sim-trace/build.log 2>&1 \
	  || { tail -40 $(BUILD)/sim-trace/build.log; exit 1; }

.PHONY: sim
sim: $(SIM_BIN)

# ---- native tools --------------------------------------------------------------------------------
$(BUILD)/bin/siovctl: sw/tools/siovctl/main.c sw/tools/siovctl/siovctl.c $(LIBSIOV)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -DSIOV_SIM_BIN='"$(abspath $(SIM_BIN))"' $(filter %.c,$^) $(LIBSIOV) \
	  -lpci -o $@

$(BUILD)/bin/siov-tests: tests/harness/board_main.c $(call obj,$(HARNESS_SRC) $(BOARD_TEST_SRC)) \
                         $(BUILD)/obj/gen/board_registry.o $(LIBSIOV)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $^ -lpci -o $@

.PHONY: tools
tools: $(BUILD)/bin/siovctl $(BUILD)/bin/siov-tests

# ---- running ---------------------------------------------------------------------------------------
.PHONY: demo test run waves
demo: deps $(SIM_BIN) tools
	$(SIM_BIN) +app=demo

# Benchmark in the deterministic simulator (docs/performance.md): table on stdout, build/bench.csv,
# build/bench.png/.svg, then the per-block cell counts of the synthesis check.
.PHONY: bench soak
bench: deps $(SIM_BIN) $(BUILD)/synth/stat.txt
	$(SIM_BIN) +app=bench
	gnuplot -e "out='$(BUILD)/bench'" scripts/bench.gp
	@echo "plot: $(BUILD)/bench.png $(BUILD)/bench.svg; csv: $(BUILD)/bench.csv"
	@echo; echo "cells per block (make synth):"; scripts/synth_report.sh $(BUILD)/synth/stat.txt

# Long randomized runs behind their own target: the operation and PPT tests under many seeds
# (every seed reorders and splits completions differently). SOAK_SEEDS=<n> (default 40).
SOAK_SEEDS ?= 40
# SOAK_TESTS: space-separated test names.
SOAK_TESTS ?= ops_match_reference_model ops_address_corners ops_read_fault_partial_completion \
              ppt_update_window_races_copies ppt_inter_domain_ops_tag_each_address_space \
              ppt_validation_failures_move_no_byte ppt_cache_hit_miss_eviction_invalidate
soak_comma := ,
soak_empty :=
soak_space := $(soak_empty) $(soak_empty)
soak: deps $(SIM_BIN) tools
	@for s in $$(seq 1 $(SOAK_SEEDS)); do \
	  $(PY) tests/run_tests.py --sim $(SIM_BIN) --siovctl $(BUILD)/bin/siovctl -j $(J) \
	    --seed $$s --logs $(BUILD)/soak-logs --only $(subst $(soak_space),$(soak_comma),$(strip $(SOAK_TESTS))) | tail -1 | sed "s/^/seed $$s: /"; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; done

test: deps $(SIM_BIN) tools
	$(PY) tests/run_tests.py --sim $(SIM_BIN) --siovctl $(BUILD)/bin/siovctl -j $(J) \
	  --seed $(SEED) --logs $(BUILD)/test-logs $(if $(TEST),--only $(TEST))

run: $(SIM_BIN)
	@test -n "$(TEST)" || { echo "usage: make run TEST=<name> [SEED=<n>]"; exit 2; }
	$(SIM_BIN) +app=$(TEST) +seed=$(SEED) +verilator+seed+$(SEED) +verilator+rand+reset+2 $(ARGS)

waves: $(SIM_TRACE)
	@test -n "$(TEST)" || { echo "usage: make waves TEST=<name> [SEED=<n>]"; exit 2; }
	@mkdir -p $(BUILD)/waves
	$(SIM_TRACE) +app=$(TEST) +seed=$(SEED) +verilator+seed+$(SEED) +verilator+rand+reset+2 \
	  +trace=$(BUILD)/waves/$(TEST).fst $(ARGS)
	@echo "waveform: $(BUILD)/waves/$(TEST).fst (gtkwave $(BUILD)/waves/$(TEST).fst)"

# ---- P-tile shim loopback testbench (SystemVerilog, see fpga/README.md) ------------------------
.PHONY: ptile-tb
ptile-tb: | deps
	$(VERILATOR) --binary -j $(J) --timing --assert -Wno-fatal -Wno-lint -Wno-style rtl/lint.vlt \
	  rtl/pcie/siov_tlp_pkg.sv fpga/ptile/siov_ptile_rx.sv fpga/ptile/siov_ptile_tx.sv \
	  fpga/ptile/tb/siov_ptile_loopback_tb.sv --top-module siov_ptile_loopback_tb \
	  --Mdir $(BUILD)/ptile_tb -o Vptile_tb > $(BUILD)/ptile_tb.log 2>&1 || { tail -20 $(BUILD)/ptile_tb.log; exit 1; }
	$(BUILD)/ptile_tb/Vptile_tb +tlps=20000 +verilator+seed+$(SEED)

# ---- board-mode testbench (sim/board/README.md) ----------------------------------------------------
# siov_agilex7_core (the Agilex 7 board top without its vendor IP) behind cocotbext-pcie's P-tile
# model and root complex, tests in Python (cocotb 1.9). The device is built smaller than the
# board's (BOARD_ADIS / BOARD_ENGINES) to simulate faster; the shim, the board glue and every
# device block are the same RTL. BOARD_TESTS=<name,...> runs a subset; BOARD_LONG=1 adds the runs
# past 2^16 TLPs of each header type (about 40 minutes more).
BOARD_BUILD   := $(BUILD)/board-sim
BOARD_BIN     := $(BOARD_BUILD)/Vtop
BOARD_ADIS    ?= 8
BOARD_ENGINES ?= 8
BOARD_TESTS   ?=
BOARD_VFLAGS  ?=   # extra Verilator flags, e.g. -GHipCplhBuf=4096 -GHipCpldBuf=16384 (experiments)
COCOTB_SHARE   = $(shell $(PY) -m cocotb.config --share 2>/dev/null)
COCOTB_LIBDIR  = $(shell $(PY) -m cocotb.config --lib-dir 2>/dev/null)

$(BUILD)/board.f: Bender.yml scripts/bender_flist.py | deps
	@mkdir -p $(@D)
	$(FLIST) -t synthesis -t fpga -t board_sim > $@

# The build's parameters, kept in a file that changes only when they do (so that changing them
# rebuilds).
BOARD_VARS := $(BOARD_BUILD)/vars
board_vars := $(BOARD_ADIS) $(BOARD_ENGINES) $(BOARD_VFLAGS)
$(shell mkdir -p $(BOARD_BUILD) && { echo '$(board_vars)' | cmp -s - $(BOARD_VARS) || \
  echo '$(board_vars)' > $(BOARD_VARS); })

$(BOARD_BIN): $(BUILD)/board.f $(RTL_DEPS) $(BOARD_VARS) \
              $(shell find fpga sim/board -name '*.sv' -o -name '*.vlt')
	@mkdir -p $(BOARD_BUILD)
	$(VERILATOR) -cc --exe --vpi --top-module siov_board_tb -DCOCOTB_SIM=1 \
	  -Wno-fatal -Wno-lint -Wno-style --x-assign fast --x-initial unique -O3 \
	  --timescale 1ns/1ps -GNumAdi=$(BOARD_ADIS) -GNumEngines=$(BOARD_ENGINES) $(BOARD_VFLAGS) \
	  rtl/lint.vlt sim/board/board.vlt -f $(BUILD)/board.f $(COCOTB_SHARE)/lib/verilator/verilator.cpp \
	  --Mdir $(BOARD_BUILD)/obj --prefix Vtop -o $(abspath $@) \
	  -LDFLAGS "-Wl,-rpath,$(COCOTB_LIBDIR) -L$(COCOTB_LIBDIR) -lcocotbvpi_verilator" \
	  > $(BOARD_BUILD)/build.log 2>&1 || { tail -40 $(BOARD_BUILD)/build.log; exit 1; }
	$(MAKE) -s -C $(BOARD_BUILD)/obj -j $(J) -f Vtop.mk >> $(BOARD_BUILD)/build.log 2>&1 \
	  || { tail -40 $(BOARD_BUILD)/build.log; exit 1; }

.PHONY: board-sim
board-sim: deps $(BOARD_BIN)
	$(PY) sim/board/run_board.py --bin $(BOARD_BIN) --seed $(SEED) --logs $(BOARD_BUILD)/logs \
	  $(if $(BOARD_TESTS),--only $(BOARD_TESTS)) $(if $(BOARD_LONG),--long)

# ---- registers -------------------------------------------------------------------------------------
RDL        := $(wildcard rtl/regs/*.rdl)
REGS_ARGS   = $(1) --sv rtl/regs/$(basename $(notdir $(1)))_reg_pkg.sv \
              --c sw/include/siov/$(basename $(notdir $(1)))_regs.h \
              --md docs/registers/$(basename $(notdir $(1))).md \
              --py sim/board/regs/$(basename $(notdir $(1)))_regs.py

.PHONY: regs regs-check
regs: | deps
	@$(foreach r,$(RDL),$(PY) scripts/regs/gen_regs.py $(call REGS_ARGS,$(r)) &&) true

regs-check: | deps
	@$(foreach r,$(RDL),$(PY) scripts/regs/gen_regs.py $(call REGS_ARGS,$(r)) --check &&) \
	  echo "registers: generated files are up to date"

# ---- lint --------------------------------------------------------------------------------------------
C_ALL := $(CORE_SRC) $(PCI_SRC) $(SIMBE_SRC) $(MODEL_SRC) $(HARNESS_SRC) $(SIM_HARNESS_SRC) $(TEST_SRC) $(TOOL_SRC) \
         sw/tools/siovctl/main.c tests/harness/board_main.c

.PHONY: lint lint-rtl lint-c
lint: lint-rtl lint-c regs-check

# The board top instantiates Quartus-generated IP: it is linted against stubs derived from its
# own instances (scripts/ip_stubs.py; they say nothing about the IP itself).
BOARD_TOP := fpga/boards/agilex7_ptile/siov_agilex7_top.sv
$(BUILD)/ip_stubs.sv: $(BOARD_TOP) scripts/ip_stubs.py | deps
	@mkdir -p $(@D)
	$(PY) scripts/ip_stubs.py $(BOARD_TOP) pcie_ptile_x16 siov_reset_release > $@

lint-rtl: $(BUILD)/rtl.f $(BUILD)/sim.f $(BUILD)/fpga.f $(BUILD)/board.f $(BUILD)/ip_stubs.sv
	$(VERILATOR) --lint-only -Wall rtl/lint.vlt -f $(BUILD)/rtl.f --top-module siov_top
	$(VERILATOR) --lint-only -Wall rtl/lint.vlt -f $(BUILD)/rtl.f --top-module siov_top -GBoardCfg=1\'b1
	$(VERILATOR) --lint-only -Wall --timing rtl/lint.vlt -f $(BUILD)/sim.f --top-module siov_tb
	$(VERILATOR) --lint-only -Wall rtl/lint.vlt -f $(BUILD)/fpga.f --top-module siov_ptile_if
	$(VERILATOR) --lint-only -Wall rtl/lint.vlt -f $(BUILD)/fpga.f --top-module siov_agilex7_core
	$(VERILATOR) --lint-only -Wall rtl/lint.vlt -f $(BUILD)/fpga.f $(BUILD)/ip_stubs.sv $(BOARD_TOP) \
	  --top-module siov_agilex7_top
	$(VERILATOR) --lint-only -Wall rtl/lint.vlt sim/board/board.vlt -f $(BUILD)/board.f \
	  --top-module siov_board_tb -GNumAdi=$(BOARD_ADIS) -GNumEngines=$(BOARD_ENGINES)
	@echo "lint-rtl: verilator -Wall clean"

lint-c: $(LIBSIOV) $(LIBSIM) tools
	cppcheck --std=c11 --enable=warning,performance,portability --error-exitcode=1 \
	  --inline-suppr --suppress=missingIncludeSystem -q -D_GNU_SOURCE \
	  -Isw/include -Isw/lib -Isim/model -Itests/harness $(C_ALL)
	@echo "lint-c: gcc -Wall -Wextra -Werror and cppcheck clean"

# ---- synthesis check -----------------------------------------------------------------------------
.PHONY: synth
# The synthesis check reruns only when an RTL file changed (it takes minutes): make synth prints
# the report either way, make bench reuses it.
SYNTH_SRC := $(shell find rtl fpga -name '*.sv' 2>/dev/null)
synth: $(BUILD)/synth/stat.txt
	@scripts/synth_report.sh $(BUILD)/synth/stat.txt
	@echo; echo "P-tile shim (fpga/ptile):"
	@scripts/synth_report.sh $(BUILD)/synth/stat-ptile.txt

$(BUILD)/synth/stat.txt: $(BUILD)/rtl.f $(BUILD)/fpga.f $(SYNTH_SRC)
	@mkdir -p $(BUILD)/synth
	yosys -q -l $(BUILD)/synth/yosys.log -p "read_verilog -sv $$(grep -v '^+' $(BUILD)/rtl.f | tr '\n' ' '); \
	  hierarchy -check -top siov_top; proc; opt -fast; tee -o $(BUILD)/synth/stat.txt stat" \
	  > /dev/null
	yosys -q -l $(BUILD)/synth/yosys-ptile.log -p "read_verilog -sv $$(grep -v '^+' $(BUILD)/fpga.f | tr '\n' ' '); \
	  hierarchy -check -top siov_ptile_if; proc; opt -fast; tee -o $(BUILD)/synth/stat-ptile.txt stat" \
	  > /dev/null
	@if grep -E "Resizing cell port|ERROR" $(BUILD)/synth/yosys.log $(BUILD)/synth/yosys-ptile.log; then \
	  rm -f $(BUILD)/synth/stat.txt; echo "synth: Yosys misread the RTL (see docs/rtl-style.md)"; exit 1; fi

# ---- clean ---------------------------------------------------------------------------------------------
.PHONY: clean
clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
