// Generated from rtl/regs/siov_bar0.rdl by scripts/regs/gen_regs.py. DO NOT EDIT.
// Regenerate with:
//   .venv/bin/python scripts/regs/gen_regs.py rtl/regs/siov_bar0.rdl
//       --sv rtl/regs/siov_bar0_reg_pkg.sv --c sw/include/siov/siov_bar0_regs.h
//       --md docs/registers/siov_bar0.md --py sim/board/regs/siov_bar0_regs.py

package siov_bar0_reg_pkg;

  // Constants only; a design uses a subset, so silence Verilator's unused check.
  /* verilator lint_off UNUSEDPARAM */

  localparam logic [31:0] SIOV_BAR0_SIZE = 32'h0010_0000;

  // reg version @ 0x0000: Register map version
  localparam logic [31:0] SIOV_BAR0_VERSION_OFFSET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_VERSION_RESET       = 32'h0001_0001;
  localparam logic [31:0] SIOV_BAR0_VERSION_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_VERSION_MINOR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_VERSION_MINOR_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_VERSION_MINOR_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_VERSION_MINOR_RESET = 16'h0001;
  localparam int unsigned SIOV_BAR0_VERSION_MAJOR_LSB   = 16;
  localparam int unsigned SIOV_BAR0_VERSION_MAJOR_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_VERSION_MAJOR_MASK  = 32'hffff_0000;
  localparam logic [15:0] SIOV_BAR0_VERSION_MAJOR_RESET = 16'h0001;

  // reg scratch @ 0x0008: Scratch
  localparam logic [31:0] SIOV_BAR0_SCRATCH_OFFSET    = 32'h0000_0008;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_RESET     = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_WMASK     = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_SCRATCH_VAL_LSB   = 0;
  localparam int unsigned SIOV_BAR0_SCRATCH_VAL_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_VAL_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_SCRATCH_VAL_RESET = 32'h0000_0000;

  // reg timestamp_lo @ 0x0010: Timestamp, low half
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_OFFSET      = 32'h0000_0010;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_LO_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_LO_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_LO_COUNT_RESET = 32'h0000_0000;

  // reg timestamp_hi @ 0x0014: Timestamp, high half
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_OFFSET      = 32'h0000_0014;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_HI_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_TIMESTAMP_HI_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_TIMESTAMP_HI_COUNT_RESET = 32'h0000_0000;

  // reg cap_adi @ 0x0020: ADI capability
  localparam logic [31:0] SIOV_BAR0_CAP_ADI_OFFSET            = 32'h0000_0020;
  localparam logic [31:0] SIOV_BAR0_CAP_ADI_RESET             = 32'h0018_0040;
  localparam logic [31:0] SIOV_BAR0_CAP_ADI_WMASK             = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_CAP_ADI_NUM_ADIS_LSB      = 0;
  localparam int unsigned SIOV_BAR0_CAP_ADI_NUM_ADIS_WIDTH    = 16;
  localparam logic [31:0] SIOV_BAR0_CAP_ADI_NUM_ADIS_MASK     = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_CAP_ADI_NUM_ADIS_RESET    = 16'h0040;
  localparam int unsigned SIOV_BAR0_CAP_ADI_NUM_ENGINES_LSB   = 16;
  localparam int unsigned SIOV_BAR0_CAP_ADI_NUM_ENGINES_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_CAP_ADI_NUM_ENGINES_MASK  = 32'h00ff_0000;
  localparam logic [7:0]  SIOV_BAR0_CAP_ADI_NUM_ENGINES_RESET = 8'h18;

  // reg cap_queue @ 0x0024: Queue capability
  localparam logic [31:0] SIOV_BAR0_CAP_QUEUE_OFFSET      = 32'h0000_0024;
  localparam logic [31:0] SIOV_BAR0_CAP_QUEUE_RESET       = 32'h0000_0100;
  localparam logic [31:0] SIOV_BAR0_CAP_QUEUE_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_CAP_QUEUE_SLOTS_LSB   = 0;
  localparam int unsigned SIOV_BAR0_CAP_QUEUE_SLOTS_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_CAP_QUEUE_SLOTS_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_CAP_QUEUE_SLOTS_RESET = 16'h0100;

  // reg cap_ims @ 0x0028: IMS capability
  localparam logic [31:0] SIOV_BAR0_CAP_IMS_OFFSET        = 32'h0000_0028;
  localparam logic [31:0] SIOV_BAR0_CAP_IMS_RESET         = 32'h0000_0800;
  localparam logic [31:0] SIOV_BAR0_CAP_IMS_WMASK         = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_CAP_IMS_ENTRIES_LSB   = 0;
  localparam int unsigned SIOV_BAR0_CAP_IMS_ENTRIES_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_CAP_IMS_ENTRIES_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_CAP_IMS_ENTRIES_RESET = 16'h0800;

  // reg cap_xfer @ 0x002c: Transfer capability
  localparam logic [31:0] SIOV_BAR0_CAP_XFER_OFFSET                = 32'h0000_002c;
  localparam logic [31:0] SIOV_BAR0_CAP_XFER_RESET                 = 32'h0010_0515;
  localparam logic [31:0] SIOV_BAR0_CAP_XFER_WMASK                 = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_CAP_XFER_MAX_XFER_SHIFT_LSB    = 0;
  localparam int unsigned SIOV_BAR0_CAP_XFER_MAX_XFER_SHIFT_WIDTH  = 5;
  localparam logic [31:0] SIOV_BAR0_CAP_XFER_MAX_XFER_SHIFT_MASK   = 32'h0000_001f;
  localparam logic [4:0]  SIOV_BAR0_CAP_XFER_MAX_XFER_SHIFT_RESET  = 5'h15;
  localparam int unsigned SIOV_BAR0_CAP_XFER_MAX_BATCH_SHIFT_LSB   = 8;
  localparam int unsigned SIOV_BAR0_CAP_XFER_MAX_BATCH_SHIFT_WIDTH = 5;
  localparam logic [31:0] SIOV_BAR0_CAP_XFER_MAX_BATCH_SHIFT_MASK  = 32'h0000_1f00;
  localparam logic [4:0]  SIOV_BAR0_CAP_XFER_MAX_BATCH_SHIFT_RESET = 5'h05;
  localparam int unsigned SIOV_BAR0_CAP_XFER_MAX_RING_SHIFT_LSB    = 16;
  localparam int unsigned SIOV_BAR0_CAP_XFER_MAX_RING_SHIFT_WIDTH  = 5;
  localparam logic [31:0] SIOV_BAR0_CAP_XFER_MAX_RING_SHIFT_MASK   = 32'h001f_0000;
  localparam logic [4:0]  SIOV_BAR0_CAP_XFER_MAX_RING_SHIFT_RESET  = 5'h10;

  // reg opcap_lo @ 0x0030: Operation capability, low
  localparam logic [31:0] SIOV_BAR0_OPCAP_LO_OFFSET    = 32'h0000_0030;
  localparam logic [31:0] SIOV_BAR0_OPCAP_LO_RESET     = 32'h003f_03ff;
  localparam logic [31:0] SIOV_BAR0_OPCAP_LO_WMASK     = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_OPCAP_LO_OPS_LSB   = 0;
  localparam int unsigned SIOV_BAR0_OPCAP_LO_OPS_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_OPCAP_LO_OPS_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_OPCAP_LO_OPS_RESET = 32'h003f_03ff;

  // reg opcap_hi @ 0x0034: Operation capability, high
  localparam logic [31:0] SIOV_BAR0_OPCAP_HI_OFFSET    = 32'h0000_0034;
  localparam logic [31:0] SIOV_BAR0_OPCAP_HI_RESET     = 32'h0000_007a;
  localparam logic [31:0] SIOV_BAR0_OPCAP_HI_WMASK     = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_OPCAP_HI_OPS_LSB   = 0;
  localparam int unsigned SIOV_BAR0_OPCAP_HI_OPS_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_OPCAP_HI_OPS_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_OPCAP_HI_OPS_RESET = 32'h0000_007a;

  // reg genctrl @ 0x0040: General control
  localparam logic [31:0] SIOV_BAR0_GENCTRL_OFFSET          = 32'h0000_0040;
  localparam logic [31:0] SIOV_BAR0_GENCTRL_RESET           = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_GENCTRL_WMASK           = 32'h0000_0003;
  localparam int unsigned SIOV_BAR0_GENCTRL_SWERR_INT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_GENCTRL_SWERR_INT_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_GENCTRL_SWERR_INT_MASK  = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_GENCTRL_SWERR_INT_RESET = 1'h0;
  localparam int unsigned SIOV_BAR0_GENCTRL_CMD_INT_LSB     = 1;
  localparam int unsigned SIOV_BAR0_GENCTRL_CMD_INT_WIDTH   = 1;
  localparam logic [31:0] SIOV_BAR0_GENCTRL_CMD_INT_MASK    = 32'h0000_0002;
  localparam logic [0:0]  SIOV_BAR0_GENCTRL_CMD_INT_RESET   = 1'h0;

  // reg gensts @ 0x0044: General status
  localparam logic [31:0] SIOV_BAR0_GENSTS_OFFSET         = 32'h0000_0044;
  localparam logic [31:0] SIOV_BAR0_GENSTS_RESET          = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_GENSTS_WMASK          = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_GENSTS_STATE_LSB      = 0;
  localparam int unsigned SIOV_BAR0_GENSTS_STATE_WIDTH    = 2;
  localparam logic [31:0] SIOV_BAR0_GENSTS_STATE_MASK     = 32'h0000_0003;
  localparam logic [1:0]  SIOV_BAR0_GENSTS_STATE_RESET    = 2'h0;
  localparam logic [1:0]  SIOV_BAR0_GENSTS_STATE_DISABLED = 2'h0;
  localparam logic [1:0]  SIOV_BAR0_GENSTS_STATE_ENABLED  = 2'h1;

  // reg intcause @ 0x0048: Interrupt cause
  localparam logic [31:0] SIOV_BAR0_INTCAUSE_OFFSET         = 32'h0000_0048;
  localparam logic [31:0] SIOV_BAR0_INTCAUSE_RESET          = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_INTCAUSE_WMASK          = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_INTCAUSE_SWERR_LSB      = 0;
  localparam int unsigned SIOV_BAR0_INTCAUSE_SWERR_WIDTH    = 1;
  localparam logic [31:0] SIOV_BAR0_INTCAUSE_SWERR_MASK     = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_INTCAUSE_SWERR_RESET    = 1'h0;
  localparam int unsigned SIOV_BAR0_INTCAUSE_CMD_DONE_LSB   = 1;
  localparam int unsigned SIOV_BAR0_INTCAUSE_CMD_DONE_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_INTCAUSE_CMD_DONE_MASK  = 32'h0000_0002;
  localparam logic [0:0]  SIOV_BAR0_INTCAUSE_CMD_DONE_RESET = 1'h0;

  // reg cmd @ 0x0050: Command
  localparam logic [31:0] SIOV_BAR0_CMD_OFFSET                    = 32'h0000_0050;
  localparam logic [31:0] SIOV_BAR0_CMD_RESET                     = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_CMD_WMASK                     = 32'h81ff_ffff;
  localparam int unsigned SIOV_BAR0_CMD_OPERAND_LSB               = 0;
  localparam int unsigned SIOV_BAR0_CMD_OPERAND_WIDTH             = 20;
  localparam logic [31:0] SIOV_BAR0_CMD_OPERAND_MASK              = 32'h000f_ffff;
  localparam logic [19:0] SIOV_BAR0_CMD_OPERAND_RESET             = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_CMD_CODE_LSB                  = 20;
  localparam int unsigned SIOV_BAR0_CMD_CODE_WIDTH                = 5;
  localparam logic [31:0] SIOV_BAR0_CMD_CODE_MASK                 = 32'h01f0_0000;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_RESET                = 5'h00;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_ENABLE_DEVICE        = 5'h01;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_DISABLE_DEVICE       = 5'h02;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_DRAIN_ALL            = 5'h03;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_ABORT_ALL            = 5'h04;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_RESET_DEVICE         = 5'h05;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_ENABLE_ADI           = 5'h06;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_DISABLE_ADI          = 5'h07;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_DRAIN_ADI            = 5'h08;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_ABORT_ADI            = 5'h09;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_RESET_ADI            = 5'h0a;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_DRAIN_PASID          = 5'h0b;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_ABORT_PASID          = 5'h0c;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE     = 5'h0d;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_RELEASE_INT_HANDLE   = 5'h0e;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_RELEASE_ADI          = 5'h0f;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_INVALIDATE_INT_TABLE = 5'h10;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_PPT_INVALIDATE       = 5'h11;
  localparam logic [4:0]  SIOV_BAR0_CMD_CODE_PPT_INVALIDATE_ALL   = 5'h12;
  localparam int unsigned SIOV_BAR0_CMD_INT_REQ_LSB               = 31;
  localparam int unsigned SIOV_BAR0_CMD_INT_REQ_WIDTH             = 1;
  localparam logic [31:0] SIOV_BAR0_CMD_INT_REQ_MASK              = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_CMD_INT_REQ_RESET             = 1'h0;

  // reg cmdsts @ 0x0054: Command status
  localparam logic [31:0] SIOV_BAR0_CMDSTS_OFFSET                = 32'h0000_0054;
  localparam logic [31:0] SIOV_BAR0_CMDSTS_RESET                 = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_CMDSTS_WMASK                 = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_CMDSTS_ERR_LSB               = 0;
  localparam int unsigned SIOV_BAR0_CMDSTS_ERR_WIDTH             = 8;
  localparam logic [31:0] SIOV_BAR0_CMDSTS_ERR_MASK              = 32'h0000_00ff;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_RESET             = 8'h00;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_OK                = 8'h00;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_INVALID_CMD       = 8'h01;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND   = 8'h02;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_DEV_NOT_ENABLED   = 8'h03;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_BME_OFF           = 8'h10;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_ADI_ENABLED       = 8'h20;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_BAD_QUEUE         = 8'h21;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_BAD_RING          = 8'h22;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_PASID_NOT_ENABLED = 8'h23;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_BAD_MODE          = 8'h24;
  localparam logic [7:0]  SIOV_BAR0_CMDSTS_ERR_NO_HANDLE         = 8'h41;
  localparam int unsigned SIOV_BAR0_CMDSTS_RESULT_LSB            = 8;
  localparam int unsigned SIOV_BAR0_CMDSTS_RESULT_WIDTH          = 16;
  localparam logic [31:0] SIOV_BAR0_CMDSTS_RESULT_MASK           = 32'h00ff_ff00;
  localparam logic [15:0] SIOV_BAR0_CMDSTS_RESULT_RESET          = 16'h0000;
  localparam int unsigned SIOV_BAR0_CMDSTS_ACTIVE_LSB            = 31;
  localparam int unsigned SIOV_BAR0_CMDSTS_ACTIVE_WIDTH          = 1;
  localparam logic [31:0] SIOV_BAR0_CMDSTS_ACTIVE_MASK           = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_CMDSTS_ACTIVE_RESET          = 1'h0;

  // reg swerr_status @ 0x0060: Software error status
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_OFFSET                  = 32'h0000_0060;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_RESET                   = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_WMASK                   = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_VALID_LSB               = 0;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_VALID_WIDTH             = 1;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_VALID_MASK              = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_SWERR_STATUS_VALID_RESET             = 1'h0;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_OVERFLOW_LSB            = 1;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_OVERFLOW_WIDTH          = 1;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_OVERFLOW_MASK           = 32'h0000_0002;
  localparam logic [0:0]  SIOV_BAR0_SWERR_STATUS_OVERFLOW_RESET          = 1'h0;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_ADI_VALID_LSB           = 2;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_ADI_VALID_WIDTH         = 1;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_ADI_VALID_MASK          = 32'h0000_0004;
  localparam logic [0:0]  SIOV_BAR0_SWERR_STATUS_ADI_VALID_RESET         = 1'h0;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_CODE_LSB                = 8;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_CODE_WIDTH              = 8;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_CODE_MASK               = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_RESET              = 8'h00;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_BAD_OPCODE         = 8'h10;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_INVALID_FLAGS      = 8'h11;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_NONZERO_RESERVED   = 8'h12;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_XFER_ERANGE        = 8'h13;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_DESC_CNT_ERANGE    = 8'h14;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_OVERLAP_BUFFERS    = 8'h16;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_DESCLIST_ALIGN     = 8'h18;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_INT_HANDLE_INVAL   = 8'h19;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_CRA_ALIGN          = 8'h1b;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PRIV_BAD           = 8'h1d;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_SEL_RANGE      = 8'h30;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_ENTRY_INVALID  = 8'h31;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_SUBMITTER      = 8'h32;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_READ        = 8'h33;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_WRITE       = 8'h34;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_RANGE          = 8'h35;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_READ_FAULT     = 8'h36;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_NOT_OWNER      = 8'h37;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_UPDATE      = 8'h38;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_BAD_WINDOW     = 8'h39;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_DRAIN       = 8'h3a;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PORTAL_OVERFLOW    = 8'h40;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_ADI_DISABLED       = 8'h41;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_RING_FAULT         = 8'h42;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_ITBL_FAULT         = 8'h43;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_PRIV_WRITE_ENABLED = 8'h44;
  localparam logic [7:0]  SIOV_BAR0_SWERR_STATUS_CODE_BAD_SUBMISSION     = 8'h45;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_ADI_LSB                 = 16;
  localparam int unsigned SIOV_BAR0_SWERR_STATUS_ADI_WIDTH               = 16;
  localparam logic [31:0] SIOV_BAR0_SWERR_STATUS_ADI_MASK                = 32'hffff_0000;
  localparam logic [15:0] SIOV_BAR0_SWERR_STATUS_ADI_RESET               = 16'h0000;

  // reg swerr_info @ 0x0064: Software error information
  localparam logic [31:0] SIOV_BAR0_SWERR_INFO_OFFSET            = 32'h0000_0064;
  localparam logic [31:0] SIOV_BAR0_SWERR_INFO_RESET             = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_SWERR_INFO_WMASK             = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_SWERR_INFO_OPCODE_LSB        = 0;
  localparam int unsigned SIOV_BAR0_SWERR_INFO_OPCODE_WIDTH      = 8;
  localparam logic [31:0] SIOV_BAR0_SWERR_INFO_OPCODE_MASK       = 32'h0000_00ff;
  localparam logic [7:0]  SIOV_BAR0_SWERR_INFO_OPCODE_RESET      = 8'h00;
  localparam int unsigned SIOV_BAR0_SWERR_INFO_PASID_LSB         = 8;
  localparam int unsigned SIOV_BAR0_SWERR_INFO_PASID_WIDTH       = 20;
  localparam logic [31:0] SIOV_BAR0_SWERR_INFO_PASID_MASK        = 32'h0fff_ff00;
  localparam logic [19:0] SIOV_BAR0_SWERR_INFO_PASID_RESET       = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_SWERR_INFO_PASID_VALID_LSB   = 31;
  localparam int unsigned SIOV_BAR0_SWERR_INFO_PASID_VALID_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_SWERR_INFO_PASID_VALID_MASK  = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_SWERR_INFO_PASID_VALID_RESET = 1'h0;

  // reg swerr_addr_lo @ 0x0068: Software error address, low
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_LO_OFFSET     = 32'h0000_0068;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_LO_WMASK      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_SWERR_ADDR_LO_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_SWERR_ADDR_LO_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_LO_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_LO_ADDR_RESET = 32'h0000_0000;

  // reg swerr_addr_hi @ 0x006c: Software error address, high
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_HI_OFFSET     = 32'h0000_006c;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_HI_WMASK      = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_SWERR_ADDR_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_SWERR_ADDR_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_SWERR_ADDR_HI_ADDR_RESET = 32'h0000_0000;

  // reg ppt_base_lo @ 0x0080: PPT base, low
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_LO_OFFSET     = 32'h0000_0080;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_LO_WMASK      = 32'hffff_f000;
  localparam int unsigned SIOV_BAR0_PPT_BASE_LO_ADDR_LSB   = 12;
  localparam int unsigned SIOV_BAR0_PPT_BASE_LO_ADDR_WIDTH = 20;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_LO_ADDR_MASK  = 32'hffff_f000;
  localparam logic [19:0] SIOV_BAR0_PPT_BASE_LO_ADDR_RESET = 20'h0_0000;

  // reg ppt_base_hi @ 0x0084: PPT base, high
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_HI_OFFSET     = 32'h0000_0084;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_PPT_BASE_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_BASE_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_PPT_BASE_HI_ADDR_RESET = 32'h0000_0000;

  // reg ppt_size @ 0x0088: PPT size
  localparam logic [31:0] SIOV_BAR0_PPT_SIZE_OFFSET        = 32'h0000_0088;
  localparam logic [31:0] SIOV_BAR0_PPT_SIZE_RESET         = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_SIZE_WMASK         = 32'h0001_ffff;
  localparam int unsigned SIOV_BAR0_PPT_SIZE_ENTRIES_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_SIZE_ENTRIES_WIDTH = 17;
  localparam logic [31:0] SIOV_BAR0_PPT_SIZE_ENTRIES_MASK  = 32'h0001_ffff;
  localparam logic [16:0] SIOV_BAR0_PPT_SIZE_ENTRIES_RESET = 17'h0_0000;

  // reg ppt_pasid @ 0x008c: PPT address space
  localparam logic [31:0] SIOV_BAR0_PPT_PASID_OFFSET      = 32'h0000_008c;
  localparam logic [31:0] SIOV_BAR0_PPT_PASID_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_PASID_WMASK       = 32'hc00f_ffff;
  localparam int unsigned SIOV_BAR0_PPT_PASID_PASID_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_PASID_PASID_WIDTH = 20;
  localparam logic [31:0] SIOV_BAR0_PPT_PASID_PASID_MASK  = 32'h000f_ffff;
  localparam logic [19:0] SIOV_BAR0_PPT_PASID_PASID_RESET = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_PPT_PASID_PRIV_LSB    = 30;
  localparam int unsigned SIOV_BAR0_PPT_PASID_PRIV_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_PPT_PASID_PRIV_MASK   = 32'h4000_0000;
  localparam logic [0:0]  SIOV_BAR0_PPT_PASID_PRIV_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_PPT_PASID_EN_LSB      = 31;
  localparam int unsigned SIOV_BAR0_PPT_PASID_EN_WIDTH    = 1;
  localparam logic [31:0] SIOV_BAR0_PPT_PASID_EN_MASK     = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_PPT_PASID_EN_RESET    = 1'h0;

  // reg ppt_cap @ 0x0090: PPT capability
  localparam logic [31:0] SIOV_BAR0_PPT_CAP_OFFSET              = 32'h0000_0090;
  localparam logic [31:0] SIOV_BAR0_PPT_CAP_RESET               = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_CAP_WMASK               = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_PPT_CAP_CACHE_ENTRIES_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_CAP_CACHE_ENTRIES_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_PPT_CAP_CACHE_ENTRIES_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_PPT_CAP_CACHE_ENTRIES_RESET = 16'h0000;

  // reg ppt_hits @ 0x0094: PPT cache hits
  localparam logic [31:0] SIOV_BAR0_PPT_HITS_OFFSET      = 32'h0000_0094;
  localparam logic [31:0] SIOV_BAR0_PPT_HITS_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_HITS_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_PPT_HITS_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_HITS_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_PPT_HITS_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_PPT_HITS_COUNT_RESET = 32'h0000_0000;

  // reg ppt_misses @ 0x0098: PPT cache misses
  localparam logic [31:0] SIOV_BAR0_PPT_MISSES_OFFSET      = 32'h0000_0098;
  localparam logic [31:0] SIOV_BAR0_PPT_MISSES_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_MISSES_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_PPT_MISSES_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_MISSES_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_PPT_MISSES_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_PPT_MISSES_COUNT_RESET = 32'h0000_0000;

  // reg ppt_evictions @ 0x009c: PPT cache evictions
  localparam logic [31:0] SIOV_BAR0_PPT_EVICTIONS_OFFSET      = 32'h0000_009c;
  localparam logic [31:0] SIOV_BAR0_PPT_EVICTIONS_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_PPT_EVICTIONS_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_PPT_EVICTIONS_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_PPT_EVICTIONS_COUNT_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_PPT_EVICTIONS_COUNT_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_PPT_EVICTIONS_COUNT_RESET = 32'h0000_0000;

  // reg diag_src_lo @ 0x0100: Self-test source address, low
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_OFFSET     = 32'h0000_0100;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_LO_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_LO_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_LO_ADDR_RESET = 32'h0000_0000;

  // reg diag_src_hi @ 0x0104: Self-test source address, high
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_OFFSET     = 32'h0000_0104;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_SRC_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_SRC_HI_ADDR_RESET = 32'h0000_0000;

  // reg diag_dst_lo @ 0x0108: Self-test destination address, low
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_OFFSET     = 32'h0000_0108;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_DIAG_DST_LO_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_DST_LO_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_LO_ADDR_RESET = 32'h0000_0000;

  // reg diag_dst_hi @ 0x010c: Self-test destination address, high
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_OFFSET     = 32'h0000_010c;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_DIAG_DST_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_DST_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_DIAG_DST_HI_ADDR_RESET = 32'h0000_0000;

  // reg diag_len @ 0x0110: Self-test length
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_OFFSET    = 32'h0000_0110;
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_RESET     = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_WMASK     = 32'h0000_1fff;
  localparam int unsigned SIOV_BAR0_DIAG_LEN_LEN_LSB   = 0;
  localparam int unsigned SIOV_BAR0_DIAG_LEN_LEN_WIDTH = 13;
  localparam logic [31:0] SIOV_BAR0_DIAG_LEN_LEN_MASK  = 32'h0000_1fff;
  localparam logic [12:0] SIOV_BAR0_DIAG_LEN_LEN_RESET = 13'h0000;

  // reg diag_pasid @ 0x0114: Self-test PASID
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_OFFSET      = 32'h0000_0114;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_DIAG_PASID_WMASK       = 32'he00f_ffff;
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
  localparam logic [31:0] SIOV_BAR0_DIAG_CTRL_WMASK        = 32'h0000_ff02;
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
  localparam logic [31:0] SIOV_BAR0_DIAG_STATUS_WMASK           = 32'h0000_0000;
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
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_WMASK      = 32'hffff_fffc;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_LSB   = 2;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_WIDTH = 30;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_MASK  = 32'hffff_fffc;
  localparam logic [29:0] SIOV_BAR0_MSIX_TABLE_ADDR_LO_ADDR_RESET = 30'h0000_0000;

  // reg msix_table[i].addr_hi @ 0x1004: Message address, high
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_OFFSET     = 32'h0000_1004;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_ADDR_HI_ADDR_RESET = 32'h0000_0000;

  // reg msix_table[i].data @ 0x1008: Message data
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_OFFSET     = 32'h0000_1008;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_DATA_DATA_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_DATA_DATA_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_DATA_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_DATA_DATA_RESET = 32'h0000_0000;

  // reg msix_table[i].vctrl @ 0x100c: Vector control
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_OFFSET     = 32'h0000_100c;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_RESET      = 32'h0000_0001;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_WMASK      = 32'h0000_0001;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_MASK  = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_MSIX_TABLE_VCTRL_MASK_RESET = 1'h1;

  // reg msix_pba @ 0x2000: MSI-X pending bit array
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_OFFSET        = 32'h0000_2000;
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_RESET         = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_WMASK         = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_MSIX_PBA_PENDING_LSB   = 0;
  localparam int unsigned SIOV_BAR0_MSIX_PBA_PENDING_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_MSIX_PBA_PENDING_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_MSIX_PBA_PENDING_RESET = 16'h0000;

  // regfile adi[i] @ 0x10000: ADI privileged registers
  localparam logic [31:0] SIOV_BAR0_ADI_OFFSET = 32'h0001_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_SIZE   = 32'h0000_1000;
  localparam int unsigned SIOV_BAR0_ADI_STRIDE = 64;
  localparam int unsigned SIOV_BAR0_ADI_COUNT  = 64;

  // reg adi[i].ctrl @ 0x10000: ADI control
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_OFFSET             = 32'h0001_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_RESET              = 32'h0000_0100;
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_WMASK              = 32'h00ff_ff13;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_MODE_LSB           = 0;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_MODE_WIDTH         = 2;
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_MODE_MASK          = 32'h0000_0003;
  localparam logic [1:0]  SIOV_BAR0_ADI_CTRL_MODE_RESET         = 2'h0;
  localparam logic [1:0]  SIOV_BAR0_ADI_CTRL_MODE_RING          = 2'h0;
  localparam logic [1:0]  SIOV_BAR0_ADI_CTRL_MODE_PORTAL        = 2'h1;
  localparam logic [1:0]  SIOV_BAR0_ADI_CTRL_MODE_SHARED        = 2'h2;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_INT_MODE_LSB       = 4;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_INT_MODE_WIDTH     = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_INT_MODE_MASK      = 32'h0000_0010;
  localparam logic [0:0]  SIOV_BAR0_ADI_CTRL_INT_MODE_RESET     = 1'h0;
  localparam logic [0:0]  SIOV_BAR0_ADI_CTRL_INT_MODE_IMS       = 1'h0;
  localparam logic [0:0]  SIOV_BAR0_ADI_CTRL_INT_MODE_ITBL      = 1'h1;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_WEIGHT_LSB         = 8;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_WEIGHT_WIDTH       = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_WEIGHT_MASK        = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_BAR0_ADI_CTRL_WEIGHT_RESET       = 8'h01;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT_LSB   = 16;
  localparam int unsigned SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT_MASK  = 32'h00ff_0000;
  localparam logic [7:0]  SIOV_BAR0_ADI_CTRL_MAX_INFLIGHT_RESET = 8'h00;

  // reg adi[i].status @ 0x10004: ADI status
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_OFFSET          = 32'h0001_0004;
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_RESET           = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_WMASK           = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_STATE_LSB       = 0;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_STATE_WIDTH     = 2;
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_STATE_MASK      = 32'h0000_0003;
  localparam logic [1:0]  SIOV_BAR0_ADI_STATUS_STATE_RESET     = 2'h0;
  localparam logic [1:0]  SIOV_BAR0_ADI_STATUS_STATE_DISABLED  = 2'h0;
  localparam logic [1:0]  SIOV_BAR0_ADI_STATUS_STATE_ENABLED   = 2'h1;
  localparam logic [1:0]  SIOV_BAR0_ADI_STATUS_STATE_BUSY      = 2'h2;
  localparam logic [1:0]  SIOV_BAR0_ADI_STATUS_STATE_HALTED    = 2'h3;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_OCCUPANCY_LSB   = 8;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_OCCUPANCY_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_OCCUPANCY_MASK  = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_BAR0_ADI_STATUS_OCCUPANCY_RESET = 8'h00;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_INFLIGHT_LSB    = 16;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_INFLIGHT_WIDTH  = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_INFLIGHT_MASK   = 32'h00ff_0000;
  localparam logic [7:0]  SIOV_BAR0_ADI_STATUS_INFLIGHT_RESET  = 8'h00;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_ERR_LSB         = 24;
  localparam int unsigned SIOV_BAR0_ADI_STATUS_ERR_WIDTH       = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_STATUS_ERR_MASK        = 32'hff00_0000;
  localparam logic [7:0]  SIOV_BAR0_ADI_STATUS_ERR_RESET       = 8'h00;

  // reg adi[i].desc_pasid @ 0x10008: Descriptor PASID
  localparam logic [31:0] SIOV_BAR0_ADI_DESC_PASID_OFFSET      = 32'h0001_0008;
  localparam logic [31:0] SIOV_BAR0_ADI_DESC_PASID_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_DESC_PASID_WMASK       = 32'hc00f_ffff;
  localparam int unsigned SIOV_BAR0_ADI_DESC_PASID_PASID_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_DESC_PASID_PASID_WIDTH = 20;
  localparam logic [31:0] SIOV_BAR0_ADI_DESC_PASID_PASID_MASK  = 32'h000f_ffff;
  localparam logic [19:0] SIOV_BAR0_ADI_DESC_PASID_PASID_RESET = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_ADI_DESC_PASID_PRIV_LSB    = 30;
  localparam int unsigned SIOV_BAR0_ADI_DESC_PASID_PRIV_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_DESC_PASID_PRIV_MASK   = 32'h4000_0000;
  localparam logic [0:0]  SIOV_BAR0_ADI_DESC_PASID_PRIV_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_ADI_DESC_PASID_EN_LSB      = 31;
  localparam int unsigned SIOV_BAR0_ADI_DESC_PASID_EN_WIDTH    = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_DESC_PASID_EN_MASK     = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_ADI_DESC_PASID_EN_RESET    = 1'h0;

  // reg adi[i].data_pasid @ 0x1000c: Data PASID
  localparam logic [31:0] SIOV_BAR0_ADI_DATA_PASID_OFFSET      = 32'h0001_000c;
  localparam logic [31:0] SIOV_BAR0_ADI_DATA_PASID_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_DATA_PASID_WMASK       = 32'hc00f_ffff;
  localparam int unsigned SIOV_BAR0_ADI_DATA_PASID_PASID_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_DATA_PASID_PASID_WIDTH = 20;
  localparam logic [31:0] SIOV_BAR0_ADI_DATA_PASID_PASID_MASK  = 32'h000f_ffff;
  localparam logic [19:0] SIOV_BAR0_ADI_DATA_PASID_PASID_RESET = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_ADI_DATA_PASID_PRIV_LSB    = 30;
  localparam int unsigned SIOV_BAR0_ADI_DATA_PASID_PRIV_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_DATA_PASID_PRIV_MASK   = 32'h4000_0000;
  localparam logic [0:0]  SIOV_BAR0_ADI_DATA_PASID_PRIV_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_ADI_DATA_PASID_EN_LSB      = 31;
  localparam int unsigned SIOV_BAR0_ADI_DATA_PASID_EN_WIDTH    = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_DATA_PASID_EN_MASK     = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_ADI_DATA_PASID_EN_RESET    = 1'h0;

  // reg adi[i].int_pasid @ 0x10010: Interrupt PASID
  localparam logic [31:0] SIOV_BAR0_ADI_INT_PASID_OFFSET      = 32'h0001_0010;
  localparam logic [31:0] SIOV_BAR0_ADI_INT_PASID_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_INT_PASID_WMASK       = 32'hc00f_ffff;
  localparam int unsigned SIOV_BAR0_ADI_INT_PASID_PASID_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_INT_PASID_PASID_WIDTH = 20;
  localparam logic [31:0] SIOV_BAR0_ADI_INT_PASID_PASID_MASK  = 32'h000f_ffff;
  localparam logic [19:0] SIOV_BAR0_ADI_INT_PASID_PASID_RESET = 20'h0_0000;
  localparam int unsigned SIOV_BAR0_ADI_INT_PASID_PRIV_LSB    = 30;
  localparam int unsigned SIOV_BAR0_ADI_INT_PASID_PRIV_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_INT_PASID_PRIV_MASK   = 32'h4000_0000;
  localparam logic [0:0]  SIOV_BAR0_ADI_INT_PASID_PRIV_RESET  = 1'h0;
  localparam int unsigned SIOV_BAR0_ADI_INT_PASID_EN_LSB      = 31;
  localparam int unsigned SIOV_BAR0_ADI_INT_PASID_EN_WIDTH    = 1;
  localparam logic [31:0] SIOV_BAR0_ADI_INT_PASID_EN_MASK     = 32'h8000_0000;
  localparam logic [0:0]  SIOV_BAR0_ADI_INT_PASID_EN_RESET    = 1'h0;

  // reg adi[i].queue @ 0x10014: Queue allocation
  localparam logic [31:0] SIOV_BAR0_ADI_QUEUE_OFFSET     = 32'h0001_0014;
  localparam logic [31:0] SIOV_BAR0_ADI_QUEUE_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_QUEUE_WMASK      = 32'h0000_ffff;
  localparam int unsigned SIOV_BAR0_ADI_QUEUE_BASE_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_QUEUE_BASE_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_QUEUE_BASE_MASK  = 32'h0000_00ff;
  localparam logic [7:0]  SIOV_BAR0_ADI_QUEUE_BASE_RESET = 8'h00;
  localparam int unsigned SIOV_BAR0_ADI_QUEUE_SIZE_LSB   = 8;
  localparam int unsigned SIOV_BAR0_ADI_QUEUE_SIZE_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_QUEUE_SIZE_MASK  = 32'h0000_ff00;
  localparam logic [7:0]  SIOV_BAR0_ADI_QUEUE_SIZE_RESET = 8'h00;

  // reg adi[i].ring_base_lo @ 0x10018: Ring base, low
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_LO_OFFSET     = 32'h0001_0018;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_LO_WMASK      = 32'hffff_ffc0;
  localparam int unsigned SIOV_BAR0_ADI_RING_BASE_LO_ADDR_LSB   = 6;
  localparam int unsigned SIOV_BAR0_ADI_RING_BASE_LO_ADDR_WIDTH = 26;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_LO_ADDR_MASK  = 32'hffff_ffc0;
  localparam logic [25:0] SIOV_BAR0_ADI_RING_BASE_LO_ADDR_RESET = 26'h000_0000;

  // reg adi[i].ring_base_hi @ 0x1001c: Ring base, high
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_HI_OFFSET     = 32'h0001_001c;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_ADI_RING_BASE_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_RING_BASE_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_BASE_HI_ADDR_RESET = 32'h0000_0000;

  // reg adi[i].ring_size @ 0x10020: Ring size
  localparam logic [31:0] SIOV_BAR0_ADI_RING_SIZE_OFFSET        = 32'h0001_0020;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_SIZE_RESET         = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_SIZE_WMASK         = 32'h0001_ffff;
  localparam int unsigned SIOV_BAR0_ADI_RING_SIZE_ENTRIES_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_RING_SIZE_ENTRIES_WIDTH = 17;
  localparam logic [31:0] SIOV_BAR0_ADI_RING_SIZE_ENTRIES_MASK  = 32'h0001_ffff;
  localparam logic [16:0] SIOV_BAR0_ADI_RING_SIZE_ENTRIES_RESET = 17'h0_0000;

  // reg adi[i].swq_threshold @ 0x10024: Shared work queue threshold
  localparam logic [31:0] SIOV_BAR0_ADI_SWQ_THRESHOLD_OFFSET          = 32'h0001_0024;
  localparam logic [31:0] SIOV_BAR0_ADI_SWQ_THRESHOLD_RESET           = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_SWQ_THRESHOLD_WMASK           = 32'h0000_00ff;
  localparam int unsigned SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD_WIDTH = 8;
  localparam logic [31:0] SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD_MASK  = 32'h0000_00ff;
  localparam logic [7:0]  SIOV_BAR0_ADI_SWQ_THRESHOLD_THRESHOLD_RESET = 8'h00;

  // reg adi[i].ops_lo @ 0x10028: Allowed opcodes, low
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_LO_OFFSET    = 32'h0001_0028;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_LO_RESET     = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_LO_WMASK     = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_ADI_OPS_LO_OPS_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_OPS_LO_OPS_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_LO_OPS_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_LO_OPS_RESET = 32'hffff_ffff;

  // reg adi[i].ops_hi @ 0x1002c: Allowed opcodes, high
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_HI_OFFSET    = 32'h0001_002c;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_HI_RESET     = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_HI_WMASK     = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_ADI_OPS_HI_OPS_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_OPS_HI_OPS_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_HI_OPS_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_ADI_OPS_HI_OPS_RESET = 32'hffff_ffff;

  // reg adi[i].itbl_base_lo @ 0x10030: Interrupt table base, low
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_LO_OFFSET     = 32'h0001_0030;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_LO_WMASK      = 32'hffff_fff0;
  localparam int unsigned SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_LSB   = 4;
  localparam int unsigned SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_WIDTH = 28;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_MASK  = 32'hffff_fff0;
  localparam logic [27:0] SIOV_BAR0_ADI_ITBL_BASE_LO_ADDR_RESET = 28'h000_0000;

  // reg adi[i].itbl_base_hi @ 0x10034: Interrupt table base, high
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_HI_OFFSET     = 32'h0001_0034;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_BASE_HI_ADDR_RESET = 32'h0000_0000;

  // reg adi[i].itbl_size @ 0x10038: Interrupt table size
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_SIZE_OFFSET        = 32'h0001_0038;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_SIZE_RESET         = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_SIZE_WMASK         = 32'h0000_ffff;
  localparam int unsigned SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_ADI_ITBL_SIZE_ENTRIES_RESET = 16'h0000;

  // reg adi[i].overflow @ 0x1003c: Portal overflow count
  localparam logic [31:0] SIOV_BAR0_ADI_OVERFLOW_OFFSET      = 32'h0001_003c;
  localparam logic [31:0] SIOV_BAR0_ADI_OVERFLOW_RESET       = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_ADI_OVERFLOW_WMASK       = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_ADI_OVERFLOW_COUNT_LSB   = 0;
  localparam int unsigned SIOV_BAR0_ADI_OVERFLOW_COUNT_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_ADI_OVERFLOW_COUNT_MASK  = 32'h0000_ffff;
  localparam logic [15:0] SIOV_BAR0_ADI_OVERFLOW_COUNT_RESET = 16'h0000;

  // regfile ims[i] @ 0x40000: IMS table
  localparam logic [31:0] SIOV_BAR0_IMS_OFFSET = 32'h0004_0000;
  localparam logic [31:0] SIOV_BAR0_IMS_SIZE   = 32'h0000_8000;
  localparam int unsigned SIOV_BAR0_IMS_STRIDE = 16;
  localparam int unsigned SIOV_BAR0_IMS_COUNT  = 2048;

  // reg ims[i].addr_lo @ 0x40000: Message address, low
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_LO_OFFSET     = 32'h0004_0000;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_LO_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_LO_WMASK      = 32'hffff_fffc;
  localparam int unsigned SIOV_BAR0_IMS_ADDR_LO_ADDR_LSB   = 2;
  localparam int unsigned SIOV_BAR0_IMS_ADDR_LO_ADDR_WIDTH = 30;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_LO_ADDR_MASK  = 32'hffff_fffc;
  localparam logic [29:0] SIOV_BAR0_IMS_ADDR_LO_ADDR_RESET = 30'h0000_0000;

  // reg ims[i].addr_hi @ 0x40004: Message address, high
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_HI_OFFSET     = 32'h0004_0004;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_HI_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_HI_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_IMS_ADDR_HI_ADDR_LSB   = 0;
  localparam int unsigned SIOV_BAR0_IMS_ADDR_HI_ADDR_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_HI_ADDR_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_IMS_ADDR_HI_ADDR_RESET = 32'h0000_0000;

  // reg ims[i].data @ 0x40008: Message data
  localparam logic [31:0] SIOV_BAR0_IMS_DATA_OFFSET     = 32'h0004_0008;
  localparam logic [31:0] SIOV_BAR0_IMS_DATA_RESET      = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_IMS_DATA_WMASK      = 32'hffff_ffff;
  localparam int unsigned SIOV_BAR0_IMS_DATA_DATA_LSB   = 0;
  localparam int unsigned SIOV_BAR0_IMS_DATA_DATA_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_IMS_DATA_DATA_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_IMS_DATA_DATA_RESET = 32'h0000_0000;

  // reg ims[i].ctrl @ 0x4000c: Entry control
  localparam logic [31:0] SIOV_BAR0_IMS_CTRL_OFFSET      = 32'h0004_000c;
  localparam logic [31:0] SIOV_BAR0_IMS_CTRL_RESET       = 32'h0000_0001;
  localparam logic [31:0] SIOV_BAR0_IMS_CTRL_WMASK       = 32'h0000_0001;
  localparam int unsigned SIOV_BAR0_IMS_CTRL_MASK_LSB    = 0;
  localparam int unsigned SIOV_BAR0_IMS_CTRL_MASK_WIDTH  = 1;
  localparam logic [31:0] SIOV_BAR0_IMS_CTRL_MASK_MASK   = 32'h0000_0001;
  localparam logic [0:0]  SIOV_BAR0_IMS_CTRL_MASK_RESET  = 1'h1;
  localparam int unsigned SIOV_BAR0_IMS_CTRL_BOUND_LSB   = 1;
  localparam int unsigned SIOV_BAR0_IMS_CTRL_BOUND_WIDTH = 1;
  localparam logic [31:0] SIOV_BAR0_IMS_CTRL_BOUND_MASK  = 32'h0000_0002;
  localparam logic [0:0]  SIOV_BAR0_IMS_CTRL_BOUND_RESET = 1'h0;
  localparam int unsigned SIOV_BAR0_IMS_CTRL_OWNER_LSB   = 16;
  localparam int unsigned SIOV_BAR0_IMS_CTRL_OWNER_WIDTH = 16;
  localparam logic [31:0] SIOV_BAR0_IMS_CTRL_OWNER_MASK  = 32'hffff_0000;
  localparam logic [15:0] SIOV_BAR0_IMS_CTRL_OWNER_RESET = 16'h0000;

  // reg ims_pba[i] @ 0x48000: IMS pending bit array
  localparam logic [31:0] SIOV_BAR0_IMS_PBA_OFFSET        = 32'h0004_8000;
  localparam logic [31:0] SIOV_BAR0_IMS_PBA_RESET         = 32'h0000_0000;
  localparam logic [31:0] SIOV_BAR0_IMS_PBA_WMASK         = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_IMS_PBA_PENDING_LSB   = 0;
  localparam int unsigned SIOV_BAR0_IMS_PBA_PENDING_WIDTH = 32;
  localparam logic [31:0] SIOV_BAR0_IMS_PBA_PENDING_MASK  = 32'hffff_ffff;
  localparam logic [31:0] SIOV_BAR0_IMS_PBA_PENDING_RESET = 32'h0000_0000;
  localparam int unsigned SIOV_BAR0_IMS_PBA_STRIDE        = 4;
  localparam int unsigned SIOV_BAR0_IMS_PBA_COUNT         = 64;

  /* verilator lint_on UNUSEDPARAM */

endpackage : siov_bar0_reg_pkg
