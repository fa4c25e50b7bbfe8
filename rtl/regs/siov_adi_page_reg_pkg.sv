// Generated from rtl/regs/siov_adi_page.rdl by scripts/regs/gen_regs.py. DO NOT EDIT.
// Regenerate with:
//   .venv/bin/python scripts/regs/gen_regs.py rtl/regs/siov_adi_page.rdl
//       --sv rtl/regs/siov_adi_page_reg_pkg.sv --c sw/include/siov/siov_adi_page_regs.h
//       --md docs/registers/siov_adi_page.md --py sim/board/regs/siov_adi_page_regs.py

package siov_adi_page_reg_pkg;

  // Constants only; a design uses a subset, so silence Verilator's unused check.
  /* verilator lint_off UNUSEDPARAM */

  localparam logic [31:0] SIOV_ADI_PAGE_SIZE = 32'h0000_1000;

  // reg doorbell @ 0x0000: Doorbell
  localparam logic [31:0] SIOV_ADI_PAGE_DOORBELL_OFFSET     = 32'h0000_0000;
  localparam logic [31:0] SIOV_ADI_PAGE_DOORBELL_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_ADI_PAGE_DOORBELL_WMASK      = 32'h0000_ffff;
  localparam int unsigned SIOV_ADI_PAGE_DOORBELL_TAIL_LSB   = 0;
  localparam int unsigned SIOV_ADI_PAGE_DOORBELL_TAIL_WIDTH = 16;
  localparam logic [31:0] SIOV_ADI_PAGE_DOORBELL_TAIL_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_ADI_PAGE_DOORBELL_TAIL_RESET = 16'h0000;

  // reg head @ 0x0008: Ring head
  localparam logic [31:0] SIOV_ADI_PAGE_HEAD_OFFSET     = 32'h0000_0008;
  localparam logic [31:0] SIOV_ADI_PAGE_HEAD_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_ADI_PAGE_HEAD_WMASK      = 32'h0000_0000;
  localparam int unsigned SIOV_ADI_PAGE_HEAD_HEAD_LSB   = 0;
  localparam int unsigned SIOV_ADI_PAGE_HEAD_HEAD_WIDTH = 16;
  localparam logic [31:0] SIOV_ADI_PAGE_HEAD_HEAD_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_ADI_PAGE_HEAD_HEAD_RESET = 16'h0000;

  // reg status @ 0x0010: ADI status
  localparam logic [31:0] SIOV_ADI_PAGE_STATUS_OFFSET          = 32'h0000_0010;
  localparam logic [31:0] SIOV_ADI_PAGE_STATUS_RESET           = 32'h0000_0000;
  localparam logic [31:0] SIOV_ADI_PAGE_STATUS_WMASK           = 32'h0000_0000;
  localparam int unsigned SIOV_ADI_PAGE_STATUS_ENABLED_LSB     = 0;
  localparam int unsigned SIOV_ADI_PAGE_STATUS_ENABLED_WIDTH   = 1;
  localparam logic [31:0] SIOV_ADI_PAGE_STATUS_ENABLED_MASK    = 32'h0000_0001;
  localparam logic [0:0]  SIOV_ADI_PAGE_STATUS_ENABLED_RESET   = 1'h0;
  localparam int unsigned SIOV_ADI_PAGE_STATUS_MODE_LSB        = 1;
  localparam int unsigned SIOV_ADI_PAGE_STATUS_MODE_WIDTH      = 2;
  localparam logic [31:0] SIOV_ADI_PAGE_STATUS_MODE_MASK       = 32'h0000_0006;
  localparam logic [1:0]  SIOV_ADI_PAGE_STATUS_MODE_RESET      = 2'h0;
  localparam logic [1:0]  SIOV_ADI_PAGE_STATUS_MODE_RING       = 2'h0;
  localparam logic [1:0]  SIOV_ADI_PAGE_STATUS_MODE_PORTAL     = 2'h1;
  localparam logic [1:0]  SIOV_ADI_PAGE_STATUS_MODE_SHARED     = 2'h2;
  localparam int unsigned SIOV_ADI_PAGE_STATUS_OCCUPANCY_LSB   = 8;
  localparam int unsigned SIOV_ADI_PAGE_STATUS_OCCUPANCY_WIDTH = 8;
  localparam logic [31:0] SIOV_ADI_PAGE_STATUS_OCCUPANCY_MASK  = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_ADI_PAGE_STATUS_OCCUPANCY_RESET = 8'h00;

  // mem portal @ 0x0040: Dedicated portal
  localparam logic [31:0] SIOV_ADI_PAGE_PORTAL_OFFSET = 32'h0000_0040;
  localparam logic [31:0] SIOV_ADI_PAGE_PORTAL_SIZE   = 32'h0000_0040;

  // mem swq @ 0x0080: Shared work queue
  localparam logic [31:0] SIOV_ADI_PAGE_SWQ_OFFSET = 32'h0000_0080;
  localparam logic [31:0] SIOV_ADI_PAGE_SWQ_SIZE   = 32'h0000_0040;

  /* verilator lint_on UNUSEDPARAM */

endpackage : siov_adi_page_reg_pkg
