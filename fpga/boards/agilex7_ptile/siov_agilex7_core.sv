// siov_agilex7_core: everything of the Agilex 7 board top that is not vendor IP: the reset
// synchroniser, the P-tile shim (fpga/ptile), siov_top in board mode, the Configuration Intercept
// Interface responder that serves the Intel SIOV DVSEC, the FLR handshake and the completion
// budget derived from the hard IP's completion buffer. siov_agilex7_top wraps it with the
// P-tile IP (pcie_ptile_x16) and the Reset Release IP; `make board-sim` runs it against
// cocotbext-pcie's P-tile model (sim/board/). Ports are the IP's user-side signals, named as in
// UG 683059 chapter 4 without the p0_ prefix.
//
// Completion budget (UG 683059 4.4.8.1 "Completion Buffer Size"): as an endpoint the P-tile
// advertises infinite completion credits, so "the user application needs to manage the number
// of outstanding requests to prevent overflow and lost Completions". Port 0 (x16, and 1x8 mode)
// holds 1144 completion headers and 1444 data entries of 256 bits (2888 16-byte credits). The
// device's read engine counts, per read, the most completions and data credits any split into
// RCB blocks can cost and keeps the sum within CplhLimit / CpldLimit (rtl/dma/siov_dma_rd.sv);
// both default to the buffer and are checked against it at elaboration.
//
// Configuration Intercept Interface (UG 683059 4.11): the IP routes configuration accesses to
// 0xD00-0xFFF here; cii_addr is a DW address, valid while cii_req is high; the application
// detects a request on the rising edge of cii_req and may hold it with cii_halt; read data is
// taken with cii_override_en / cii_override_din in the cycle cii_halt is low; cii_req may stay
// high for many cycles after that. This responder keeps cii_halt high while idle (so the IP
// always waits for it), serves the access on the rising edge of cii_req (siov_cfg_space answers
// in the same cycle), then drops cii_halt for exactly one cycle with the read data and
// override_en = 1 for reads. The DVSEC is at 0xD00-0xD17 (DW 0x340-0x345); the rest of the range
// reads 0 and ignores writes.
//
// FLR (UG 683059 "FLR Interface Signals"): flr_rcvd_pf[n] is a level that stays high until the
// application pulses flr_completed_pf[n]; the device's FLR starts on its rising edge and
// flr_completed_pf[0] pulses for one cycle when siov_top's function reset has ended.
module siov_agilex7_core #(
  // Device size (siov_top). The board builds the defaults; the board-mode testbench may build a
  // smaller device to simulate faster.
  parameter int unsigned NumAdi        = 64,
  parameter int unsigned NumEngines    = 24,
  // The hard IP variant's completion buffer (UG 683059 Table "Completion Buffer Size", port 0):
  // completion headers and 16-byte data credits.
  parameter int unsigned HipCplhBuf    = 1144,
  parameter int unsigned HipCpldBuf    = 2888,
  // What the device may have outstanding; must fit in the buffer.
  parameter int unsigned CplhLimit     = HipCplhBuf,
  parameter int unsigned CpldLimit     = HipCpldBuf,
  // Widths of the IP's cumulative TX credit limits (UG 683059 4.4.7: headers in the 12 LSBs).
  parameter int unsigned TxHdrCreditW  = 12,
  parameter int unsigned TxDataCreditW = 16
) (
  input  logic          coreclkout_hip,
  input  logic          reset_status_n,      // p0_reset_status_n
  // Avalon-ST RX
  input  logic [1:0]    rx_st_valid_i,
  input  logic [1:0]    rx_st_sop_i,
  input  logic [1:0]    rx_st_eop_i,
  input  logic [511:0]  rx_st_data_i,
  input  logic [5:0]    rx_st_empty_i,
  input  logic [255:0]  rx_st_hdr_i,
  input  logic [63:0]   rx_st_tlp_prfx_i,
  input  logic [5:0]    rx_st_bar_range_i,
  output logic          rx_st_ready_o,
  // Avalon-ST TX
  output logic [1:0]    tx_st_valid_o,
  output logic [1:0]    tx_st_sop_o,
  output logic [1:0]    tx_st_eop_o,
  output logic [1:0]    tx_st_err_o,
  output logic [511:0]  tx_st_data_o,
  output logic [255:0]  tx_st_hdr_o,
  output logic [63:0]   tx_st_tlp_prfx_o,
  input  logic          tx_st_ready_i,
  input  logic [15:0]   tx_cdts_limit_i,
  input  logic [2:0]    tx_cdts_limit_tdm_idx_i,
  // Configuration output
  input  logic [15:0]   tl_cfg_ctl_i,
  input  logic [4:0]    tl_cfg_add_i,
  input  logic [2:0]    tl_cfg_func_i,
  // Configuration intercept
  input  logic          cii_req_i,
  input  logic          cii_wr_i,
  input  logic [9:0]    cii_addr_i,
  input  logic [3:0]    cii_hdr_first_be_i,
  input  logic [31:0]   cii_dout_i,
  output logic          cii_override_en_o,
  output logic [31:0]   cii_override_din_o,
  output logic          cii_halt_o,
  // FLR
  input  logic [7:0]    flr_rcvd_pf_i,
  output logic [7:0]    flr_completed_pf_o,
  // Sticky receive FIFO overflow (siov_ptile_rx; must never be set)
  output logic          rx_overflow_o
);

  if (CplhLimit > HipCplhBuf || CpldLimit > HipCpldBuf || CplhLimit == 0 || CpldLimit < 256)
  begin : g_budget_check
    $fatal(1, "siov_agilex7_core: the completion budget (CplhLimit %0d, CpldLimit %0d) must fit \
the hard IP's completion buffer (%0d headers, %0d data credits) and hold one 4 KiB read",
           CplhLimit, CpldLimit, HipCplhBuf, HipCpldBuf);
  end

  // p0_reset_status_n is an output of the IP in the coreclkout_hip domain; assert
  // asynchronously, release synchronously (two flops) all the same.
  logic       clk;
  logic [1:0] rst_sync_q;
  logic       rst_n;

  assign clk = coreclkout_hip;

  always_ff @(posedge clk or negedge reset_status_n) begin
    if (!reset_status_n) begin
      rst_sync_q <= 2'b00;
    end else begin
      rst_sync_q <= {rst_sync_q[0], 1'b1};
    end
  end
  assign rst_n = rst_sync_q[1];

  // ---------------------------------------------------------------------------------------
  // Shim
  // ---------------------------------------------------------------------------------------
  logic                     rx_valid, rx_ready, tx_valid, tx_ready;
  siov_tlp_pkg::tlp_beat_t  rx_beat, tx_beat;
  siov_cfg_pkg::cfg_state_t hip_cfg;

  siov_ptile_if #(
    .RxReadyLatency  (27),
    .RxFifoDepth     (64),
    .TxReadyLatency  (3),
    .TxFifoDepth     (16),
    .MaxPayloadBytes (512),
    .TxCreditCheck   (1'b1),
    .TxHdrCreditW    (TxHdrCreditW),
    .TxDataCreditW   (TxDataCreditW)
  ) u_shim (
    .clk_i                   (clk),
    .rst_ni                  (rst_n),
    .rx_st_valid_i,
    .rx_st_sop_i,
    .rx_st_eop_i,
    .rx_st_data_i,
    .rx_st_empty_i,
    .rx_st_hdr_i,
    .rx_st_tlp_prfx_i,
    .rx_st_bar_range_i,
    .rx_st_ready_o,
    .tx_st_valid_o,
    .tx_st_sop_o,
    .tx_st_eop_o,
    .tx_st_err_o,
    .tx_st_data_o,
    .tx_st_hdr_o,
    .tx_st_tlp_prfx_o,
    .tx_st_ready_i,
    .tx_cdts_limit_i,
    .tx_cdts_limit_tdm_idx_i,
    .tl_cfg_ctl_i,
    .tl_cfg_add_i,
    .tl_cfg_func_i,
    .rx_valid_o              (rx_valid),
    .rx_ready_i              (rx_ready),
    .rx_o                    (rx_beat),
    .tx_valid_i              (tx_valid),
    .tx_ready_o              (tx_ready),
    .tx_i                    (tx_beat),
    .hip_cfg_o               (hip_cfg),
    .rx_overflow_o
  );

  // ---------------------------------------------------------------------------------------
  // Configuration Intercept responder (see the header)
  // ---------------------------------------------------------------------------------------
  localparam logic [9:0] CiiDvsecDw = 10'h340;
  localparam logic [9:0] CiiDvsecN  = 10'(siov_cfg_pkg::ExtDvsecLen >> 2);

  logic        cii_req_q, cii_start, cii_dvsec, cii_done_q, cii_rd_q;
  logic [9:0]  cii_dvsec_dw;
  logic [31:0] cii_rdata, cii_rdata_q;

  assign cii_start    = cii_req_i && !cii_req_q;
  assign cii_dvsec    = cii_start && (cii_addr_i >= CiiDvsecDw) &&
                        (cii_addr_i < CiiDvsecDw + CiiDvsecN);
  assign cii_dvsec_dw = cii_addr_i - CiiDvsecDw + 10'(siov_cfg_pkg::ExtDvsecOff >> 2);

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      cii_req_q   <= 1'b0;
      cii_done_q  <= 1'b0;
      cii_rd_q    <= 1'b0;
      cii_rdata_q <= 32'h0;
    end else begin
      cii_req_q  <= cii_req_i;
      cii_done_q <= cii_start;
      cii_rd_q   <= cii_start && !cii_wr_i;
      if (cii_start) begin
        cii_rdata_q <= cii_dvsec ? cii_rdata : 32'h0;
      end
    end
  end

  assign cii_halt_o         = !cii_done_q;
  assign cii_override_en_o  = cii_rd_q;
  assign cii_override_din_o = cii_rdata_q;

  // ---------------------------------------------------------------------------------------
  // Device
  // ---------------------------------------------------------------------------------------
  logic flr_rcvd_q, flr_start, flr_busy;

  assign flr_start = flr_rcvd_pf_i[0] && !flr_rcvd_q;

  // Same identity as ip/pcie_ptile_x16.ip.tcl programs into the hard IP.
  siov_top #(
    .VendorId   (16'h1d5a),
    .DeviceId   (16'h5100),
    .RevisionId (8'h01),
    .NumAdi     (NumAdi),
    .NumEngines (NumEngines),
    .NumTags    (256),    // 10-bit tags 256..511: inside the P-tile's 256..767 (UG 683059 4.4.8)
    .CplhLimit  (CplhLimit),
    .CpldLimit  (CpldLimit),
    .BoardCfg   (1'b1)    // configuration state from the hard IP, BARs by bar_id
  ) u_top (
    .clk_i      (clk),
    .rst_ni     (rst_n),
    .rx_valid_i (rx_valid),
    .rx_ready_o (rx_ready),
    .rx_i       (rx_beat),
    .tx_valid_o (tx_valid),
    .tx_ready_i (tx_ready),
    .tx_o       (tx_beat),
    .cfg_ext_i  (hip_cfg),
    .cii_req_i  (cii_dvsec),
    .cii_we_i   (cii_wr_i),
    .cii_addr_i (cii_dvsec_dw),
    .cii_be_i   (cii_hdr_first_be_i),
    .cii_wdata_i(cii_dout_i),
    .cii_rdata_o(cii_rdata),
    .flr_req_i  (flr_start),
    .flr_busy_o (flr_busy)
  );

  // ---------------------------------------------------------------------------------------
  // FLR: start on the rising edge of the IP's request, complete when the reset has ended.
  // ---------------------------------------------------------------------------------------
  logic flr_busy_q, flr_completed_q;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      flr_rcvd_q      <= 1'b0;
      flr_busy_q      <= 1'b0;
      flr_completed_q <= 1'b0;
    end else begin
      flr_rcvd_q      <= flr_rcvd_pf_i[0];
      flr_busy_q      <= flr_busy;
      flr_completed_q <= flr_busy_q && !flr_busy;
    end
  end
  assign flr_completed_pf_o = {7'h0, flr_completed_q};

  // flr_rcvd_pf_i[7:1] are other PFs.
  logic unused;
  assign unused = ^{flr_rcvd_pf_i[7:1]};

endmodule
