// siov_board_tb: top of the board-mode testbench (`make board-sim`, sim/board/README.md).
//
// siov_agilex7_core (the board top without its vendor IP: P-tile shim, siov_top in board mode,
// CII responder, FLR handshake) with its ports renamed to the P-tile signal names that
// cocotbext-pcie's PTilePcieDevice binds to (rx_st_*, tx_st_*, tx_cdts_limit*, tl_cfg_*, cii_*,
// flr_*, coreclkout_hip, reset_status_n). The model drives the clock and the reset; the Python
// tests in sim/board/ drive everything through the model's root complex. No logic here.
module siov_board_tb #(
  parameter int unsigned NumAdi     = 64,
  parameter int unsigned NumEngines = 24,
  parameter int unsigned HipCplhBuf = 1144,
  parameter int unsigned HipCpldBuf = 2888
);

  // The P-tile side, driven and read by the model through VPI (public in board.vlt). These are
  // variables of the top, not ports: Verilator keeps a second copy of every public top-level
  // input inside the top module, refreshed from the port on each evaluation, and cocotb's
  // handle discovery may bind to that copy, whose writes are then lost.
  logic          coreclkout_hip;
  logic          reset_status_n;
  // Avalon-ST RX (model -> device)
  logic [1:0]    rx_st_valid;
  logic [1:0]    rx_st_sop;
  logic [1:0]    rx_st_eop;
  logic [511:0]  rx_st_data;
  logic [5:0]    rx_st_empty;
  logic [255:0]  rx_st_hdr;
  logic [63:0]   rx_st_tlp_prfx;
  logic [5:0]    rx_st_bar_range;
  logic [1:0]    rx_st_tlp_abort;
  logic          rx_st_ready;
  // Avalon-ST TX (device -> model)
  logic [1:0]    tx_st_valid;
  logic [1:0]    tx_st_sop;
  logic [1:0]    tx_st_eop;
  logic [1:0]    tx_st_err;
  logic [511:0]  tx_st_data;
  logic [255:0]  tx_st_hdr;
  logic [63:0]   tx_st_tlp_prfx;
  logic          tx_st_ready;
  logic [15:0]   tx_cdts_limit;
  logic [2:0]    tx_cdts_limit_tdm_idx;
  // Configuration output
  logic [15:0]   tl_cfg_ctl;
  logic [4:0]    tl_cfg_add;
  logic [2:0]    tl_cfg_func;
  // Configuration intercept
  logic          cii_req;
  logic          cii_hdr_poisoned;
  logic [3:0]    cii_hdr_first_be;
  logic [2:0]    cii_func_num;
  logic          cii_wr;
  logic [9:0]    cii_addr;
  logic [31:0]   cii_dout;
  logic          cii_override_en;
  logic [31:0]   cii_override_din;
  logic          cii_halt;
  // FLR
  logic [7:0]    flr_rcvd_pf;
  logic [7:0]    flr_completed_pf;
  // Status
  logic          rx_overflow;

  siov_agilex7_core #(
    .NumAdi     (NumAdi),
    .NumEngines (NumEngines),
    .HipCplhBuf (HipCplhBuf),
    .HipCpldBuf (HipCpldBuf)
  ) u_core (
    .coreclkout_hip,
    .reset_status_n,
    .rx_st_valid_i           (rx_st_valid),
    .rx_st_sop_i             (rx_st_sop),
    .rx_st_eop_i             (rx_st_eop),
    .rx_st_data_i            (rx_st_data),
    .rx_st_empty_i           (rx_st_empty),
    .rx_st_hdr_i             (rx_st_hdr),
    .rx_st_tlp_prfx_i        (rx_st_tlp_prfx),
    .rx_st_bar_range_i       (rx_st_bar_range),
    .rx_st_ready_o           (rx_st_ready),
    .tx_st_valid_o           (tx_st_valid),
    .tx_st_sop_o             (tx_st_sop),
    .tx_st_eop_o             (tx_st_eop),
    .tx_st_err_o             (tx_st_err),
    .tx_st_data_o            (tx_st_data),
    .tx_st_hdr_o             (tx_st_hdr),
    .tx_st_tlp_prfx_o        (tx_st_tlp_prfx),
    .tx_st_ready_i           (tx_st_ready),
    .tx_cdts_limit_i         (tx_cdts_limit),
    .tx_cdts_limit_tdm_idx_i (tx_cdts_limit_tdm_idx),
    .tl_cfg_ctl_i            (tl_cfg_ctl),
    .tl_cfg_add_i            (tl_cfg_add),
    .tl_cfg_func_i           (tl_cfg_func),
    .cii_req_i               (cii_req),
    .cii_wr_i                (cii_wr),
    .cii_addr_i              (cii_addr),
    .cii_hdr_first_be_i      (cii_hdr_first_be),
    .cii_dout_i              (cii_dout),
    .cii_override_en_o       (cii_override_en),
    .cii_override_din_o      (cii_override_din),
    .cii_halt_o              (cii_halt),
    .flr_rcvd_pf_i           (flr_rcvd_pf),
    .flr_completed_pf_o      (flr_completed_pf),
    .rx_overflow_o           (rx_overflow)
  );

  // The IP's TLP abort (a TLP it dropped after starting it; never seen with the model), the
  // poisoned bit and function number of intercepted configuration requests (PF 0 only; a
  // poisoned CfgWr is not forwarded by the IP) are not used by the device.
  logic unused;
  assign unused = ^{rx_st_tlp_abort, cii_hdr_poisoned, cii_func_num};

endmodule
