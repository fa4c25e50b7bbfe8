// siov_top: the siovdm PCIe endpoint function, behind a vendor-neutral TLP stream.
//
//   link RX --> siov_rx_demux --+--> siov_cfg_tlp <--> siov_cfg_space (config state, AER)
//                               +--> siov_mmio_tlp (BAR0) <--> siov_bar0_regs <--> MSI-X, DMA diag
//                               |                                   +--> siov_adi_sub window
//                               +--> siov_mmio_tlp (BAR2) <--> siov_adi_sub (direct-path pages)
//                               +--> siov_dma_rd (read completions: diag, engines, fetch, IMS)
//                               +--> UR completions
//   siov_cpl_gen (completions)    --+
//   siov_dma_rd  (MRd)            -+--> siov_tx_arb --> link TX
//   siov_dma_wr  (diag MWr)       -+
//   siov_msix    (MSI-X MWr)      -+
//   siov_adi_sub (engine MWr, IMS)-+
//
// The link side is what a hard-IP shim (fpga/) or the simulation platform model (sim/) drives.
// Two resets: rst_ni is the fundamental reset; Function Level Reset resets everything but the
// sticky configuration registers, the captured bus/device numbers and the read tags still in
// flight (siov_flr).
//
// BoardCfg selects where the configuration state comes from. 0 (simulation, or a soft PCIe
// core): siov_cfg_space is the whole configuration space, BARs are decoded by address. 1 (hard
// IP such as the Intel P-tile): the hard IP owns the configuration space and exports its state
// on cfg_ext_i; memory requests are routed by the BAR id the IP decoded; the soft logic serves
// only the registers the IP intercepts (the Intel SIOV DVSEC, through the cii_* port, which
// addresses siov_cfg_space's DWs) and takes its FLR request on flr_req_i.
module siov_top #(
  parameter logic [15:0] VendorId     = 16'h1d5a,
  parameter logic [15:0] DeviceId     = 16'h5100,
  parameter logic [7:0]  RevisionId   = 8'h01,
  // Assignable Device Interfaces: BAR2 holds one direct-path page per ADI at the largest
  // supported system page size.
  parameter int unsigned NumAdi       = 64,
  parameter int unsigned NumEngines   = 24,
  parameter int unsigned Slots        = 256,   // descriptor slots shared by the ADIs
  parameter int unsigned NumIms       = 2048,
  parameter int unsigned PptCacheEntries = 64,   // PASID Permissions Table cache (docs/ppt.md)
  parameter int unsigned Bar0SizeLog2 = 20,
  // Supported system page sizes (DVSEC; bit n = 4 KiB << n): 4, 16 and 64 KiB.
  parameter logic [31:0] PageSizesSup = 32'h0000_0015,
  parameter int unsigned NumTags      = 256,
  // Read completions the device may have outstanding (headers, 16-byte data credits): what its
  // receive side can take. Completions land in the clients' buffers at line rate, so in
  // simulation this only has to cover the bandwidth-delay product (128 KiB: 64 B/cycle for 2000
  // cycles); a board sets it from its hard IP's completion buffer (fpga/: siov_agilex7_core).
  // Each read is charged the most completions and data credits any split into RCB blocks can
  // cost (rtl/dma/siov_dma_rd.sv).
  parameter int unsigned CplhLimit    = 4096,
  parameter int unsigned CpldLimit    = 16384,
  parameter bit          BoardCfg     = 1'b0
) (
  input  logic                    clk_i,
  input  logic                    rst_ni,
  // Receive (host -> device).
  input  logic                    rx_valid_i,
  output logic                    rx_ready_o,
  input  siov_tlp_pkg::tlp_beat_t rx_i,
  // Transmit (device -> host).
  output logic                    tx_valid_o,
  input  logic                    tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t tx_o,
  // BoardCfg = 1 only (tie to 0 otherwise): the hard IP's configuration state, configuration
  // accesses it intercepts (DW index into siov_cfg_space, read data the same cycle), FLR.
  input  siov_cfg_pkg::cfg_state_t cfg_ext_i,
  input  logic                    cii_req_i,
  input  logic                    cii_we_i,
  input  logic [9:0]              cii_addr_i,
  input  logic [3:0]              cii_be_i,
  input  logic [31:0]             cii_wdata_i,
  output logic [31:0]             cii_rdata_o,
  input  logic                    flr_req_i,
  output logic                    flr_busy_o
);

  localparam int unsigned MaxPageLog2  = 12 + $clog2(PageSizesSup + 1) - 1;
  localparam int unsigned Bar2SizeLog2 = $clog2(NumAdi) + MaxPageLog2;
  localparam int unsigned MsixVectors  = siov_bar0_reg_pkg::SIOV_BAR0_MSIX_TABLE_COUNT;
  localparam int unsigned VecW         = $clog2(MsixVectors);
  localparam int unsigned DiagBufW     = 13;   // 8 KiB: up to 4096 bytes at any offset
  localparam int unsigned EngBufAddrW  = 14;   // 16 KiB data buffer per engine
  localparam int unsigned RdBufW       = EngBufAddrW + 1;
  localparam int unsigned NumAdiRd     = NumEngines + 3;   // dma_rd clients of siov_adi_sub
  localparam int unsigned NumAdiTx     = NumEngines + 1;   // transmit sources of siov_adi_sub
  localparam int unsigned NumRd        = 1 + NumAdiRd;     // client 0: the self-test channel

  // ---------------------------------------------------------------------------------------
  // Resets
  // ---------------------------------------------------------------------------------------
  logic func_rst_n, flr_start, flr_busy, flr_sent;

  siov_flr u_flr (
    .clk_i,
    .rst_ni,
    .flr_sent_i  (flr_sent || (BoardCfg && flr_req_i)),
    .func_rst_no (func_rst_n),
    .flr_o       (flr_start),
    .busy_o      (flr_busy)
  );

  assign flr_busy_o = flr_busy;

  // ---------------------------------------------------------------------------------------
  // Configuration space
  // ---------------------------------------------------------------------------------------
  siov_cfg_pkg::cfg_state_t cfg, cfg_own;
  logic                     cs_req, cs_we;
  logic [9:0]               cs_addr;
  logic [3:0]               cs_be;
  logic [31:0]              cs_wdata;
  siov_cfg_pkg::cfg_err_t   err_demux, err_rd, err_all;
  logic [127:0]             err_hdr_demux;
  logic                     err_prfx_vld;
  logic [31:0]              err_prfx;
  logic                     cfgreg_req, cfgreg_we, cfgreg_flr, cfg_poisoned;
  logic [9:0]               cfgreg_addr;
  logic [3:0]               cfgreg_be;
  logic [31:0]              cfgreg_wdata, cfgreg_rdata;
  logic [12:0]              cfgreg_busdev;
  logic                     rd_pending;

  logic                     m0_ur_posted, m0_ur_np, m0_ca, m2_ur_posted, m2_ur_np, m2_ca;
  logic [127:0]             m0_err_hdr, m2_err_hdr;
  logic [127:0]             err_hdr;

  always_comb begin
    err_all           = err_demux | err_rd;
    err_all.ur_posted = err_demux.ur_posted | m0_ur_posted | m2_ur_posted;
    err_all.ur_np     = err_demux.ur_np | m0_ur_np | m2_ur_np;
    err_all.ca_sent   = m0_ca | m2_ca;
    err_all.poisoned  = err_demux.poisoned | err_rd.poisoned | cfg_poisoned;
    if (err_demux != '0 || err_rd != '0 || cfg_poisoned) begin
      err_hdr = err_hdr_demux;
    end else if (m0_ur_posted || m0_ur_np || m0_ca) begin
      err_hdr = m0_err_hdr;
    end else begin
      err_hdr = m2_err_hdr;
    end
  end

  // The configuration state the device runs on (see BoardCfg); the DVSEC's System Page Size is
  // always ours.
  always_comb begin
    cfg = cfg_own;
    if (BoardCfg) begin
      cfg               = cfg_ext_i;
      cfg.sys_page_size = cfg_own.sys_page_size;
    end
  end

  // Configuration register port: configuration TLPs, or (board) the hard IP's intercept.
  assign cs_req      = cfgreg_req || (BoardCfg && cii_req_i);
  assign cs_we       = (BoardCfg && cii_req_i) ? cii_we_i : cfgreg_we;
  assign cs_addr     = (BoardCfg && cii_req_i) ? cii_addr_i : cfgreg_addr;
  assign cs_be       = (BoardCfg && cii_req_i) ? cii_be_i : cfgreg_be;
  assign cs_wdata    = (BoardCfg && cii_req_i) ? cii_wdata_i : cfgreg_wdata;
  assign cii_rdata_o = cfgreg_rdata;

  siov_cfg_space #(
    .VendorId     (VendorId),
    .DeviceId     (DeviceId),
    .RevisionId   (RevisionId),
    .Bar0SizeLog2 (Bar0SizeLog2),
    .Bar2SizeLog2 (Bar2SizeLog2),
    .MsixVectors  (MsixVectors),
    .MsixTableOff (siov_bar0_reg_pkg::SIOV_BAR0_MSIX_TABLE_OFFSET),
    .MsixPbaOff   (siov_bar0_reg_pkg::SIOV_BAR0_MSIX_PBA_OFFSET),
    .PageSizesSup (PageSizesSup),
    .DmwrCompleter (1'b1)
  ) u_cfg (
    .clk_i,
    .rst_ni,
    .func_rst_ni     (func_rst_n),
    .req_i           (cs_req),
    .we_i            (cs_we),
    .addr_i          (cs_addr),
    .be_i            (cs_be),
    .wdata_i         (cs_wdata),
    .busdev_i        (cfgreg_busdev),
    .rdata_o         (cfgreg_rdata),
    .flr_o           (cfgreg_flr),
    .err_i           (err_all),
    .err_hdr_i       (err_hdr),
    .err_prfx_vld_i  (err_prfx_vld),
    .err_prfx_i      (err_prfx),
    .trans_pending_i (rd_pending),
    .state_o         (cfg_own)
  );

  // ---------------------------------------------------------------------------------------
  // Receive side
  // ---------------------------------------------------------------------------------------
  siov_tlp_pkg::tlp_beat_t rxo;
  logic cfg_v, cfg_r, bar0_v, bar0_r, bar2_v, bar2_r, cpl_v, cpl_r;

  localparam int unsigned NumCplSrc = 4;
  logic [NumCplSrc-1:0]                      cs_valid, cs_ready;
  // Completion sources: 0 config, 1 demux (UR), 2 BAR0, 3 BAR2. (No arrays of structs: Yosys
  // 0.23 misreads them, see docs/rtl-style.md.)
  siov_tlp_pkg::cpl_req_t cs_cfg, cs_ur, cs_bar0, cs_bar2;
  logic [NumCplSrc*siov_tlp_pkg::CplReqW-1:0] cs_flat;
  assign cs_flat = {cs_bar2, cs_bar0, cs_ur, cs_cfg};

  siov_rx_demux #(
    .Bar0SizeLog2 (Bar0SizeLog2),
    .Bar2SizeLog2 (Bar2SizeLog2),
    .BarById      (BoardCfg),
    .DmwrCompleter (1'b1)
  ) u_demux (
    .clk_i,
    .rst_ni,
    .cfg_i          (cfg),
    .hold_i         (flr_busy),
    .rx_valid_i,
    .rx_ready_o,
    .rx_i,
    .out_o          (rxo),
    .cfg_valid_o    (cfg_v),
    .cfg_ready_i    (cfg_r),
    .bar0_valid_o   (bar0_v),
    .bar0_ready_i   (bar0_r),
    .bar2_valid_o   (bar2_v),
    .bar2_ready_i   (bar2_r),
    .cpl_valid_o    (cpl_v),
    .cpl_ready_i    (cpl_r),
    .ur_valid_o     (cs_valid[1]),
    .ur_ready_i     (cs_ready[1]),
    .ur_o           (cs_ur),
    .err_o          (err_demux),
    .err_hdr_o      (err_hdr_demux),
    .err_prfx_vld_o (err_prfx_vld),
    .err_prfx_o     (err_prfx)
  );

  siov_cfg_tlp u_cfg_tlp (
    .clk_i,
    .rst_ni,
    .req_valid_i  (cfg_v),
    .req_ready_o  (cfg_r),
    .req_i        (rxo),
    .cfg_req_o    (cfgreg_req),
    .cfg_we_o     (cfgreg_we),
    .cfg_addr_o   (cfgreg_addr),
    .cfg_be_o     (cfgreg_be),
    .cfg_wdata_o  (cfgreg_wdata),
    .cfg_busdev_o (cfgreg_busdev),
    .cfg_rdata_i  (cfgreg_rdata),
    .cfg_flr_i    (cfgreg_flr),
    .cpl_valid_o  (cs_valid[0]),
    .cpl_ready_i  (cs_ready[0]),
    .cpl_o        (cs_cfg),
    .poisoned_o   (cfg_poisoned)
  );

  // BAR0: privileged registers.
  logic                    m0_v, m0_r, m0_rsp_v;
  siov_tlp_pkg::mmio_req_t m0_req;
  logic [2:0]              m0_rsp_st;
  logic [siov_tlp_pkg::TlpDataW-1:0] m0_rsp_data;

  siov_mmio_tlp #(.BarSizeLog2(Bar0SizeLog2)) u_mmio0 (
    .clk_i,
    .rst_ni       (func_rst_n),
    .req_valid_i  (bar0_v),
    .req_ready_o  (bar0_r),
    .req_i        (rxo),
    .mmio_valid_o (m0_v),
    .mmio_ready_i (m0_r),
    .mmio_o       (m0_req),
    .rsp_valid_i  (m0_rsp_v),
    .rsp_status_i (m0_rsp_st),
    .rsp_rdata_i  (m0_rsp_data),
    .cpl_valid_o  (cs_valid[2]),
    .cpl_ready_i  (cs_ready[2]),
    .cpl_o        (cs_bar0),
    .ur_posted_o  (m0_ur_posted),
    .ur_np_o      (m0_ur_np),
    .ca_sent_o    (m0_ca),
    .err_hdr_o    (m0_err_hdr)
  );

  // BAR2: per-ADI direct-path pages (siov_adi_sub).
  logic                    m2_v, m2_r, m2_rsp_v;
  siov_tlp_pkg::mmio_req_t m2_req;
  logic [2:0]              m2_rsp_st;
  logic [siov_tlp_pkg::TlpDataW-1:0] m2_rsp_data;

  siov_mmio_tlp #(.BarSizeLog2(Bar2SizeLog2)) u_mmio2 (
    .clk_i,
    .rst_ni       (func_rst_n),
    .req_valid_i  (bar2_v),
    .req_ready_o  (bar2_r),
    .req_i        (rxo),
    .mmio_valid_o (m2_v),
    .mmio_ready_i (m2_r),
    .mmio_o       (m2_req),
    .rsp_valid_i  (m2_rsp_v),
    .rsp_status_i (m2_rsp_st),
    .rsp_rdata_i  (m2_rsp_data),
    .cpl_valid_o  (cs_valid[3]),
    .cpl_ready_i  (cs_ready[3]),
    .cpl_o        (cs_bar2),
    .ur_posted_o  (m2_ur_posted),
    .ur_np_o      (m2_ur_np),
    .ca_sent_o    (m2_ca),
    .err_hdr_o    (m2_err_hdr)
  );

  // ---------------------------------------------------------------------------------------
  // BAR0 registers, MSI-X, DMA self-test channel
  // ---------------------------------------------------------------------------------------
  logic        d_start, d_clr, d_pasid_en, d_priv, d_exec, d_irq_en, d_busy, d_done;
  logic [63:0] d_src, d_dst;
  logic [12:0] d_len;
  logic [19:0] d_pasid;
  logic [7:0]  d_vector, d_err;
  logic               mx_we;
  logic [VecW+1:0]    mx_dw;
  logic [3:0]         mx_be;
  logic [31:0]        mx_wdata, mx_rdata, mx_pba;
  logic [VecW-1:0]    mx_pba_dw;
  logic               x_req, x_we, x_stall;
  logic [19:0]        x_off;
  logic [3:0]         x_be;
  logic [31:0]        x_wdata, x_rdata;

  siov_bar0_regs #(.MsixVectors(MsixVectors)) u_bar0 (
    .clk_i,
    .rst_ni          (func_rst_n),
    .req_valid_i     (m0_v),
    .req_ready_o     (m0_r),
    .req_i           (m0_req),
    .rsp_valid_o     (m0_rsp_v),
    .rsp_status_o    (m0_rsp_st),
    .rsp_rdata_o     (m0_rsp_data),
    .diag_start_o    (d_start),
    .diag_clr_done_o (d_clr),
    .diag_src_o      (d_src),
    .diag_dst_o      (d_dst),
    .diag_len_o      (d_len),
    .diag_pasid_o    (d_pasid),
    .diag_pasid_en_o (d_pasid_en),
    .diag_priv_o     (d_priv),
    .diag_exec_o     (d_exec),
    .diag_irq_en_o   (d_irq_en),
    .diag_vector_o   (d_vector),
    .diag_busy_i     (d_busy),
    .diag_done_i     (d_done),
    .diag_err_i      (d_err),
    .msix_we_o       (mx_we),
    .msix_dw_o       (mx_dw),
    .msix_be_o       (mx_be),
    .msix_wdata_o    (mx_wdata),
    .msix_rdata_i    (mx_rdata),
    .pba_dw_o        (mx_pba_dw),
    .pba_rdata_i     (mx_pba),
    .ext_req_o       (x_req),
    .ext_we_o        (x_we),
    .ext_off_o       (x_off),
    .ext_be_o        (x_be),
    .ext_wdata_o     (x_wdata),
    .ext_rdata_i     (x_rdata),
    .ext_stall_i     (x_stall)
  );

  localparam int unsigned NumTxSrc = 4 + NumAdiTx;
  logic [NumTxSrc-1:0]                    tx_v, tx_r;
  // Transmit sources: 0 completions, 1 DMA reads, 2 self-test writes, 3 MSI-X, 4.. the ADI
  // subsystem (engine writes, interrupt messages).
  siov_tlp_pkg::tlp_beat_t tx_cpl, tx_rd, tx_wr, tx_msix;
  logic [NumAdiTx*siov_tlp_pkg::TlpBeatW-1:0] tx_adi;
  logic [NumTxSrc*siov_tlp_pkg::TlpBeatW-1:0] tx_flat;
  assign tx_flat = {tx_adi, tx_msix, tx_wr, tx_rd, tx_cpl};

  // MSI-X requests: the self-test channel (any vector) and the ADI subsystem (vector 0:
  // software errors, command completion).
  logic            irq_v, irq_r, d_irq_v, d_irq_r, a_irq_v, a_irq_r;
  logic [VecW-1:0] irq_vec, d_irq_vec;
  assign irq_v   = d_irq_v || a_irq_v;
  assign irq_vec = d_irq_v ? d_irq_vec : '0;
  assign d_irq_r = irq_r;
  assign a_irq_r = irq_r && !d_irq_v;

  siov_msix #(.NumVectors(MsixVectors)) u_msix (
    .clk_i,
    .rst_ni       (func_rst_n),
    .cfg_i        (cfg),
    .tbl_we_i     (mx_we),
    .tbl_dw_i     (mx_dw),
    .tbl_be_i     (mx_be),
    .tbl_wdata_i  (mx_wdata),
    .tbl_rdata_o  (mx_rdata),
    .pba_dw_i     (mx_pba_dw),
    .pba_rdata_o  (mx_pba),
    .irq_valid_i  (irq_v),
    .irq_ready_o  (irq_r),
    .irq_vector_i (irq_vec),
    .tx_valid_o   (tx_v[3]),
    .tx_ready_i   (tx_r[3]),
    .tx_o         (tx_msix)
  );

  logic                rd_op_v, rd_op_r, rd_done_v, rd_done_r, rd_prfx_vld;
  logic [63:0]         rd_addr;
  logic [12:0]         rd_len;
  logic [DiagBufW-1:0] rd_buf;
  logic [31:0]         rd_prfx;
  logic [2:0]          rd_st;
  logic                wr_op_v, wr_op_r, wr_done_v, wr_done_r, wr_prfx_vld;
  logic [63:0]         wr_addr;
  logic [12:0]         wr_len;
  logic [DiagBufW-1:0] wr_buf;
  logic [31:0]         wr_prfx;
  logic [2:0]          wr_st;

  siov_dma_diag #(.BufAddrW(DiagBufW), .VecW(VecW)) u_diag (
    .clk_i,
    .rst_ni          (func_rst_n),
    .cfg_i           (cfg),
    .start_i         (d_start),
    .clr_done_i      (d_clr),
    .src_i           (d_src),
    .dst_i           (d_dst),
    .len_i           (d_len),
    .pasid_i         (d_pasid),
    .pasid_en_i      (d_pasid_en),
    .priv_i          (d_priv),
    .exec_i          (d_exec),
    .irq_en_i        (d_irq_en),
    .vector_i        (VecW'(d_vector)),
    .busy_o          (d_busy),
    .done_o          (d_done),
    .err_o           (d_err),
    .rd_valid_o      (rd_op_v),
    .rd_ready_i      (rd_op_r),
    .rd_addr_o       (rd_addr),
    .rd_len_o        (rd_len),
    .rd_buf_o        (rd_buf),
    .rd_prfx_vld_o   (rd_prfx_vld),
    .rd_prfx_o       (rd_prfx),
    .rd_done_i       (rd_done_v),
    .rd_done_ready_o (rd_done_r),
    .rd_status_i     (rd_st),
    .wr_valid_o      (wr_op_v),
    .wr_ready_i      (wr_op_r),
    .wr_addr_o       (wr_addr),
    .wr_len_o        (wr_len),
    .wr_buf_o        (wr_buf),
    .wr_prfx_vld_o   (wr_prfx_vld),
    .wr_prfx_o       (wr_prfx),
    .wr_done_i       (wr_done_v),
    .wr_done_ready_o (wr_done_r),
    .wr_status_i     (wr_st),
    .irq_valid_o     (d_irq_v),
    .irq_ready_i     (d_irq_r),
    .irq_vector_o    (d_irq_vec)
  );

  // ---------------------------------------------------------------------------------------
  // DMA engines and the self-test buffer
  // ---------------------------------------------------------------------------------------
  // One read engine for every client: the self-test channel (client 0) and the ADI subsystem's
  // engines, ring fetcher and interrupt-table reader. Buffer addresses are RdBufW bits; each
  // client's buffer decodes the low bits it needs.
  localparam int unsigned LineW   = DiagBufW - siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned RdLineW = RdBufW - siov_tlp_pkg::TlpBeatBytesLog2;
  logic [NumRd-1:0]                      bw_we;
  logic                                  br_re;
  logic [RdLineW-1:0]                    bw_line;
  logic [LineW-1:0]                      br_line;
  logic [2*siov_tlp_pkg::TlpDataW-1:0]   bw_data, br_data;
  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] bw_be;

  logic [NumAdiRd-1:0]        a_rd_v, a_rd_r, a_rd_pv, a_rd_done, a_rd_done_r, a_rd_abort;
  logic [NumAdiRd*64-1:0]     a_rd_addr;
  logic [NumAdiRd*13-1:0]     a_rd_len;
  logic [NumAdiRd*RdBufW-1:0] a_rd_buf;
  logic [NumAdiRd*32-1:0]     a_rd_prfx;
  logic [NumAdiRd*3-1:0]      a_rd_st;
  logic [NumRd-1:0]           rd_done_all;
  logic [NumRd*3-1:0]         rd_st_all;
  logic [NumRd-1:0]           rd_r_all;
  assign rd_done_v = rd_done_all[0];
  assign rd_st     = rd_st_all[2:0];
  assign rd_op_r   = rd_r_all[0];
  assign a_rd_r    = rd_r_all[NumRd-1:1];
  assign a_rd_done = rd_done_all[NumRd-1:1];
  assign a_rd_st   = rd_st_all[NumRd*3-1:3];

  siov_dma_rd #(
    .NumClients (NumRd),
    .NumTags    (NumTags),
    .OpSlots    (8),
    .CplhLimit  (CplhLimit),
    .CpldLimit  (CpldLimit),
    .BufAddrW   (RdBufW),
    .LenW       (13)
  ) u_dma_rd (
    .clk_i,
    .rst_ni,
    .func_rst_ni   (func_rst_n),
    .flr_i         (flr_start),
    .cfg_i         (cfg),
    .op_valid_i    ({a_rd_v, rd_op_v}),
    .op_ready_o    (rd_r_all),
    .op_addr_i     ({a_rd_addr, rd_addr}),
    .op_len_i      ({a_rd_len, rd_len}),
    .op_buf_i      ({a_rd_buf, RdBufW'(rd_buf)}),
    .op_prfx_vld_i ({a_rd_pv, rd_prfx_vld}),
    .op_prfx_i     ({a_rd_prfx, rd_prfx}),
    .done_valid_o  (rd_done_all),
    .done_ready_i  ({a_rd_done_r, rd_done_r}),
    .done_status_o (rd_st_all),
    .abort_i       ({a_rd_abort, 1'b0}),
    .weight_i      ({NumRd{8'd1}}),
    .tx_valid_o    (tx_v[1]),
    .tx_ready_i    (tx_r[1]),
    .tx_o          (tx_rd),
    .cpl_valid_i   (cpl_v),
    .cpl_ready_o   (cpl_r),
    .cpl_i         (rxo),
    .buf_we_o      (bw_we),
    .buf_line_o    (bw_line),
    .buf_data_o    (bw_data),
    .buf_be_o      (bw_be),
    .pending_o     (rd_pending),
    .err_o         (err_rd)
  );

  siov_dma_wr #(
    .BufAddrW (DiagBufW),
    .LenW     (13)
  ) u_dma_wr (
    .clk_i,
    .rst_ni        (func_rst_n),
    .cfg_i         (cfg),
    .op_valid_i    (wr_op_v),
    .op_ready_o    (wr_op_r),
    .op_addr_i     (wr_addr),
    .op_len_i      (wr_len),
    .op_buf_i      (wr_buf),
    .op_prfx_vld_i (wr_prfx_vld),
    .op_prfx_i     (wr_prfx),
    .op_imm_i      (1'b0),
    .op_imm_data_i ('0),
    .abort_i       (1'b0),
    .done_valid_o  (wr_done_v),
    .done_ready_i  (wr_done_r),
    .done_status_o (wr_st),
    .tx_valid_o    (tx_v[2]),
    .tx_ready_i    (tx_r[2]),
    .tx_o          (tx_wr),
    .buf_re_o      (br_re),
    .buf_line_o    (br_line),
    .buf_data_i    (br_data)
  );

  logic [2*siov_tlp_pkg::TlpDataW-1:0] u_diag_buf_rd2;   // second read port: unused
  siov_dma_buf #(.BufAddrW(DiagBufW)) u_diag_buf (
    .clk_i,
    .we_i    (bw_we[0]),
    .wline_i (LineW'(bw_line)),
    .wdata_i (bw_data),
    .wbe_i   (bw_be),
    .re_i    (br_re),
    .rline_i (br_line),
    .rdata_o (br_data),
    .re2_i    (1'b0),
    .rline2_i ('0),
    .rdata2_o (u_diag_buf_rd2)
  );

  // ---------------------------------------------------------------------------------------
  // Assignable Device Interfaces: controller, engines, IMS
  // ---------------------------------------------------------------------------------------
  siov_adi_sub #(
    .NumAdi      (NumAdi),
    .NumEngines  (NumEngines),
    .Slots       (Slots),
    .NumIms      (NumIms),
    .EngBufAddrW (EngBufAddrW),
    .PptCacheEntries (PptCacheEntries)
  ) u_adi (
    .clk_i,
    .rst_ni          (func_rst_n),
    .cfg_i           (cfg),
    .b0_req_i        (x_req),
    .b0_we_i         (x_we),
    .b0_off_i        (x_off),
    .b0_be_i         (x_be),
    .b0_wdata_i      (x_wdata),
    .b0_rdata_o      (x_rdata),
    .b0_stall_o      (x_stall),
    .m2_valid_i      (m2_v),
    .m2_ready_o      (m2_r),
    .m2_req_i        (m2_req),
    .m2_rsp_valid_o  (m2_rsp_v),
    .m2_rsp_status_o (m2_rsp_st),
    .m2_rsp_rdata_o  (m2_rsp_data),
    .rd_valid_o      (a_rd_v),
    .rd_ready_i      (a_rd_r),
    .rd_addr_o       (a_rd_addr),
    .rd_len_o        (a_rd_len),
    .rd_buf_o        (a_rd_buf),
    .rd_prfx_vld_o   (a_rd_pv),
    .rd_prfx_o       (a_rd_prfx),
    .rd_done_i       (a_rd_done),
    .rd_done_ready_o (a_rd_done_r),
    .rd_status_i     (a_rd_st),
    .rd_abort_o      (a_rd_abort),
    .buf_we_i        (bw_we[NumRd-1:1]),
    .buf_line_i      (bw_line),
    .buf_data_i      (bw_data),
    .buf_be_i        (bw_be),
    .tx_valid_o      (tx_v[NumTxSrc-1:4]),
    .tx_ready_i      (tx_r[NumTxSrc-1:4]),
    .tx_o            (tx_adi),
    .irq0_valid_o    (a_irq_v),
    .irq0_ready_i    (a_irq_r)
  );

  // ---------------------------------------------------------------------------------------
  // Transmit side
  // ---------------------------------------------------------------------------------------
  siov_cpl_gen #(.NumSrc(NumCplSrc)) u_cpl_gen (
    .clk_i,
    .rst_ni,
    .cpl_id_i    (cfg.dev_id),
    .req_valid_i (cs_valid),
    .req_ready_o (cs_ready),
    .req_i       (cs_flat),
    .tx_valid_o  (tx_v[0]),
    .tx_ready_i  (tx_r[0]),
    .tx_o        (tx_cpl),
    .flr_sent_o  (flr_sent)
  );

  // Completions and read requests first (one beat each; see siov_tx_arb).
  siov_tx_arb #(.NumSrc(NumTxSrc), .PrioMask(NumTxSrc'(3))) u_tx_arb (
    .clk_i,
    .rst_ni,
    .valid_i (tx_v),
    .ready_o (tx_r),
    .tlp_i   (tx_flat),
    .valid_o (tx_valid_o),
    .ready_i (tx_ready_i),
    .tlp_o   (tx_o)
  );

  logic unused;
  assign unused = ^{u_diag_buf_rd2, d_vector, cfg_ext_i, cii_req_i, cii_we_i, cii_addr_i, cii_be_i,
                    cii_wdata_i, flr_req_i};

endmodule
