// Generated from rtl/regs/siov_bar0.rdl by scripts/regs/gen_regs.py. DO NOT EDIT.
// Regenerate with:
//   .venv/bin/python scripts/regs/gen_regs.py rtl/regs/siov_bar0.rdl
//       --sv rtl/regs/siov_bar0_reg_pkg.sv --c sw/include/siov/siov_bar0_regs.h
//       --md docs/registers/siov_bar0.md

package siov_bar0_reg_pkg;

  // Constants only; a design uses a subset, so silence Verilator's unused check.
  /* verilator lint_off UNUSEDPARAM */

  localparam logic [31:0] SIOV_BAR0_SIZE = 32'h0000_3000;

  // reg version @ 0x0000: Register map version
  localparam logic [31:0] SIOV_BAR0_VERSION_OFFSET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_VERSION_RESET       = 32'h0001_0000;
  localparam int unsigned SIOV_BAR0_VERSION_MINOR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_VERSION_MINOR_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_VERSION_MINOR_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_VERSION_MINOR_RESET = 16'h0000;
  localparam int unsigned SIOV_BAR0_VERSION_MAJOR_LSB   = 16;
  localparam int unsigned SIOV_BAR0_VERSION_MAJOR_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_VERSION_MAJOR_MASK  = 32'hffff_0000;
  localparam logic [15:0] SIOV_BAR0_VERSION_MAJOR_RESET = 16'h0001;

  // reg scratch @ 0x0008: Scratch
  localparam logic [31:0] SIOV_BAR0_SCRATCH_OFFSET    = 32'h0000_0008;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_RESET     = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_SCRATCH_VAL_LSB   = 0;
  localparam int unsigned SIOV_BAR0_SCRATCH_VAL_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_VAL_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_VAL_RESET = 32'h0000_0000;

  // reg timestamp_lo @ 0x0010: Timestamp, low half
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_OFFSET      = 32'h0000_0010;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_RESET       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_LO_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_LO_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_COUNT_RESET = 32'h0000_0000;

  // reg timestamp_hi @ 0x0014: Timestamp, high half
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_OFFSET      = 32'h0000_0014;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_RESET       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_HI_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_HI_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_COUNT_RESET = 32'h0000_0000;

  // reg diag_src_lo @ 0x0100: Self-test source address, low
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_OFFSET     = 32'h0000_0100;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_LO_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_LO_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_ADDR_RESET = 32'h0000_0000;

  // reg diag_src_hi @ 0x0104: Self-test source address, high
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_OFFSET     = 32'h0000_0104;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_ADDR_RESET = 32'h0000_0000;

  // reg diag_dst_lo @ 0x0108: Self-test destination address, low
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_OFFSET     = 32'h0000_0108;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_DST_LO_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_DST_LO_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_ADDR_RESET = 32'h0000_0000;

  // reg diag_dst_hi @ 0x010c: Self-test destination address, high
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_OFFSET     = 32'h0000_010c;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_DST_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_DST_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_ADDR_RESET = 32'h0000_0000;

  // reg diag_len @ 0x0110: Self-test length
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_OFFSET    = 32'h0000_0110;
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_RESET     = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_LEN_LEN_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_LEN_LEN_WIDTH = 13;
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_LEN_MASK  = 32'h0000_1fff;
  localparam logic [12:0] SIOV_BAR0_DIAG_LEN_LEN_RESET = 13'h0000;

  // reg diag_pasid @ 0x0114: Self-test PASID
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_OFFSET      = 32'h0000_0114;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_RESET       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_PASID_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_PASID_WIDTH = 20;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_PASID_MASK  = 32'h000f_ffff;
  localparam logic [19:0] SIOV_BAR0_DIAG_PASID_PASID_RESET = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_PRIV_LSB    = 29;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_PRIV_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_PRIV_MASK   = 32'h2000_0000;
  localparam logic [0:0]  SIOV_BAR0_DIAG_PASID_PRIV_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_EXEC_LSB    = 30;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_EXEC_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_EXEC_MASK   = 32'h4000_0000;
  localparam logic [0:0]  SIOV_BAR0_DIAG_PASID_EXEC_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_EN_LSB      = 31;
  localparam int unsigned SIOV_BAR0_DIAG_PASID_EN_WIDTH    = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_EN_MASK     = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_DIAG_PASID_EN_RESET    = 1'h0;

  // reg diag_ctrl @ 0x0118: Self-test control
  localparam logic [31:0] SIOV_BAR0_DIAG_CTRL_OFFSET       = 32'h0000_0118;
  localparam logic [31:0] SIOV_BAR0_DIAG_CTRL_RESET        = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_CTRL_START_LSB    = 0;
  localparam int unsigned SIOV_BAR0_DIAG_CTRL_START_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_CTRL_START_MASK   = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_DIAG_CTRL_START_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_DIAG_CTRL_IRQ_EN_LSB   = 1;
  localparam int unsigned SIOV_BAR0_DIAG_CTRL_IRQ_EN_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_CTRL_IRQ_EN_MASK  = 32'h0000_0002;
  localparam logic [0:0]  SIOV_BAR0_DIAG_CTRL_IRQ_EN_RESET = 1'h0;
  localparam int unsigned SIOV_BAR0_DIAG_CTRL_VECTOR_LSB   = 8;
  localparam int unsigned SIOV_BAR0_DIAG_CTRL_VECTOR_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_DIAG_CTRL_VECTOR_MASK  = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_BAR0_DIAG_CTRL_VECTOR_RESET = 8'h00;

  // reg diag_status @ 0x011c: Self-test status
  localparam logic [31:0] SIOV_BAR0_DIAG_STATUS_OFFSET          = 32'h0000_011c;
  localparam logic [31:0] SIOV_BAR0_DIAG_STATUS_RESET           = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_DIAG_STATUS_BUSY_LSB        = 0;
  localparam int unsigned SIOV_BAR0_DIAG_STATUS_BUSY_WIDTH      = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_STATUS_BUSY_MASK       = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_DIAG_STATUS_BUSY_RESET      = 1'h0;
  localparam int unsigned SIOV_BAR0_DIAG_STATUS_DONE_LSB        = 1;
  localparam int unsigned SIOV_BAR0_DIAG_STATUS_DONE_WIDTH      = 1;
  localparam logic [31:0] SIOV_BAR0_DIAG_STATUS_DONE_MASK       = 32'h0000_0002;
  localparam logic [0:0]  SIOV_BAR0_DIAG_STATUS_DONE_RESET      = 1'h0;
  localparam int unsigned SIOV_BAR0_DIAG_STATUS_ERR_LSB         = 8;
  localparam int unsigned SIOV_BAR0_DIAG_STATUS_ERR_WIDTH       = 8;
  localparam logic [31:0] SIOV_BAR0_DIAG_STATUS_ERR_MASK        = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_RESET       = 8'h00;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_OK          = 8'h00;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_BAD_LEN     = 8'h01;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_BME_OFF     = 8'h02;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_PASID_OFF   = 8'h03;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_RD_UR       = 8'h04;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_RD_CA       = 8'h05;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_BUSY        = 8'h06;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_CPL_TIMEOUT = 8'h07;
  localparam logic [7:0]  SIOV_BAR0_DIAG_STATUS_ERR_RD_POISONED = 8'h08;

  // regfile msix_table[i] @ 0x1000: MSI-X table
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_OFFSET = 32'h0000_1000;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_SIZE   = 32'h0000_0100;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_STRIDE = 16;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_COUNT  = 16;

  // reg msix_table[i].addr_lo @ 0x1000: Message address, low
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_OFFSET     = 32'h0000_1000;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_LSB   = 2;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_WIDTH = 30;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_MASK  = 32'hffff_fffc;
  localparam logic [29:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_RESET = 30'h0000_0000;

  // reg msix_table[i].addr_hi @ 0x1004: Message address, high
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_OFFSET     = 32'h0000_1004;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_RESET = 32'h0000_0000;

  // reg msix_table[i].data @ 0x1008: Message data
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_OFFSET     = 32'h0000_1008;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_RESET      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_DATA_DATA_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_DATA_DATA_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_DATA_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_DATA_RESET = 32'h0000_0000;

  // reg msix_table[i].vctrl @ 0x100c: Vector control
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_OFFSET     = 32'h0000_100c;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_RESET      = 32'h0000_0001;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_MASK  = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_RESET = 1'h1;

  // reg msix_pba @ 0x2000: MSI-X pending bit array
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_OFFSET        = 32'h0000_2000;
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_RESET         = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_MSIX_PBA_PENDING_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_PBA_PENDING_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_PENDING_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_MSIX_PBA_PENDING_RESET = 16'h0000;

  /* verilator lint_on UNUSEDPARAM */

endpackage : siov_bar0_reg_pkg
