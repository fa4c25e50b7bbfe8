// siov_bar0_regs: BAR0 register block of the physical function.
//
// Decodes register accesses (siov_tlp_pkg::mmio_req_t from siov_mmio_tlp) against the map in
// siov_bar0.rdl, through the generated siov_bar0_reg_pkg constants: identification, scratch,
// timestamp, the DMA self-test channel registers and the MSI-X table / PBA windows; every other
// offset goes to the ADI subsystem's window (ext_*: capabilities, device control, commands,
// SWERR, the per-ADI registers, IMS), which answers in the same cycle or stalls the access. An
// access of several DWs is handled one DW per cycle in address order; each DW honours its byte
// enables. Unmapped offsets read 0 and ignore writes. Reads are answered with SC.
module siov_bar0_regs #(
  parameter int unsigned MsixVectors = 16
) (
  input  logic                        clk_i,
  input  logic                        rst_ni,    // function reset
  // Register accesses.
  input  logic                        req_valid_i,
  output logic                        req_ready_o,
  input  siov_tlp_pkg::mmio_req_t     req_i,
  output logic                        rsp_valid_o,
  output logic [2:0]                  rsp_status_o,
  output logic [siov_tlp_pkg::TlpDataW-1:0] rsp_rdata_o,
  // DMA self-test channel.
  output logic                        diag_start_o,
  output logic                        diag_clr_done_o,
  output logic [63:0]                 diag_src_o,
  output logic [63:0]                 diag_dst_o,
  output logic [12:0]                 diag_len_o,
  output logic [19:0]                 diag_pasid_o,
  output logic                        diag_pasid_en_o,
  output logic                        diag_priv_o,
  output logic                        diag_exec_o,
  output logic                        diag_irq_en_o,
  output logic [7:0]                  diag_vector_o,
  input  logic                        diag_busy_i,
  input  logic                        diag_done_i,
  input  logic [7:0]                  diag_err_i,
  // MSI-X table and PBA.
  output logic                        msix_we_o,
  output logic [$clog2(MsixVectors)+1:0] msix_dw_o,
  output logic [3:0]                  msix_be_o,
  output logic [31:0]                 msix_wdata_o,
  input  logic [31:0]                 msix_rdata_i,
  output logic [$clog2(MsixVectors)-1:0] pba_dw_o,
  input  logic [31:0]                 pba_rdata_i,
  // ADI subsystem window (one DW per cycle).
  output logic                        ext_req_o,
  output logic                        ext_we_o,
  output logic [19:0]                 ext_off_o,
  output logic [3:0]                  ext_be_o,
  output logic [31:0]                 ext_wdata_o,
  input  logic [31:0]                 ext_rdata_i,
  input  logic                        ext_stall_i
);

  localparam int unsigned Dws  = siov_tlp_pkg::TlpDws;
  localparam int unsigned LenW = $clog2(Dws) + 1;

  // Offsets from the generated register package (single source: rtl/regs/siov_bar0.rdl).
  localparam logic [31:0] OffVersion = siov_bar0_reg_pkg::SIOV_BAR0_VERSION_OFFSET;
  localparam logic [31:0] OffScratch = siov_bar0_reg_pkg::SIOV_BAR0_SCRATCH_OFFSET;
  localparam logic [31:0] OffTsLo    = siov_bar0_reg_pkg::SIOV_BAR0_TIMESTAMP_LO_OFFSET;
  localparam logic [31:0] OffTsHi    = siov_bar0_reg_pkg::SIOV_BAR0_TIMESTAMP_HI_OFFSET;
  localparam logic [31:0] OffCapAdi  = siov_bar0_reg_pkg::SIOV_BAR0_CAP_ADI_OFFSET;
  localparam logic [31:0] OffSrcLo   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_SRC_LO_OFFSET;
  localparam logic [31:0] OffSrcHi   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_SRC_HI_OFFSET;
  localparam logic [31:0] OffDstLo   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_DST_LO_OFFSET;
  localparam logic [31:0] OffDstHi   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_DST_HI_OFFSET;
  localparam logic [31:0] OffLen     = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_LEN_OFFSET;
  localparam logic [31:0] OffPasid   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_PASID_OFFSET;
  localparam logic [31:0] OffCtrl    = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_CTRL_OFFSET;
  localparam logic [31:0] OffStatus  = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_OFFSET;
  localparam logic [31:0] OffMsixTbl = siov_bar0_reg_pkg::SIOV_BAR0_MSIX_TABLE_OFFSET;
  localparam logic [31:0] OffMsixPba = siov_bar0_reg_pkg::SIOV_BAR0_MSIX_PBA_OFFSET;
  localparam logic [31:0] MsixTblEnd = OffMsixTbl + 32'(MsixVectors * 16);
  localparam logic [31:0] MsixPbaEnd = OffMsixPba + 32'(((MsixVectors + 63) / 64) * 8);

  if (MsixVectors != siov_bar0_reg_pkg::SIOV_BAR0_MSIX_TABLE_COUNT) begin : g_msix_check
    $fatal(1, "siov_bar0_regs: MsixVectors must match the register map");
  end

  // ---------------------------------------------------------------------------------------
  // DW sequencer
  // ---------------------------------------------------------------------------------------
  logic                     busy_q;
  siov_tlp_pkg::mmio_req_t  req_q;
  logic [LenW-1:0]          idx_q;
  logic [siov_tlp_pkg::TlpDataW-1:0] rdata_q;

  logic        dw_vld;       // a DW access happens this cycle
  logic        dw_we;
  logic [31:0] off;
  logic [3:0]  be;
  logic [31:0] wdata;
  logic [31:0] rdata;
  logic        last;

  logic in_ext;
  assign req_ready_o = !busy_q;
  assign dw_vld = busy_q && !(in_ext && ext_stall_i);
  assign dw_we  = req_q.write;
  assign off    = req_q.addr + {{(30-LenW){1'b0}}, idx_q, 2'b00};
  assign be     = req_q.be[4*idx_q +: 4];
  assign wdata  = req_q.wdata[32*idx_q +: 32];
  assign last   = (idx_q == req_q.len_dw - LenW'(1));

  // ---------------------------------------------------------------------------------------
  // Registers
  // ---------------------------------------------------------------------------------------
  logic [31:0] scratch_q;
  logic [63:0] ts_q;
  logic [31:0] ts_hi_q;
  logic [31:0] src_lo_q, src_hi_q, dst_lo_q, dst_hi_q;
  logic [12:0] len_q;
  logic [31:0] pasid_q;
  logic        irq_en_q;
  logic [7:0]  vector_q;

  logic in_tbl, in_pba, in_own;
  assign in_tbl = (off >= OffMsixTbl) && (off < MsixTblEnd);
  assign in_pba = (off >= OffMsixPba) && (off < MsixPbaEnd);
  // This block's registers: identification / scratch / timestamp, the self-test channel, MSI-X.
  assign in_own = (off < OffCapAdi) || ((off >= OffSrcLo) && (off <= OffStatus)) ||
                  (off >= OffMsixTbl && off < OffMsixPba + 32'h1000);
  assign in_ext = !in_own;

  assign ext_req_o   = busy_q && in_ext;
  assign ext_we_o    = dw_we;
  assign ext_off_o   = off[19:0];
  assign ext_be_o    = be;
  assign ext_wdata_o = wdata;

  always_comb begin
    rdata = 32'h0;
    if (in_ext) begin
      rdata = ext_rdata_i;
    end else if (in_tbl) begin
      rdata = msix_rdata_i;
    end else if (in_pba) begin
      rdata = pba_rdata_i;
    end else begin
      unique case (off)
        OffVersion: rdata = siov_bar0_reg_pkg::SIOV_BAR0_VERSION_RESET;
        OffScratch: rdata = scratch_q;
        OffTsLo:    rdata = ts_q[31:0];
        OffTsHi:    rdata = ts_hi_q;
        OffSrcLo:   rdata = src_lo_q;
        OffSrcHi:   rdata = src_hi_q;
        OffDstLo:   rdata = dst_lo_q;
        OffDstHi:   rdata = dst_hi_q;
        OffLen:     rdata = {19'h0, len_q};
        OffPasid:   rdata = pasid_q;
        OffCtrl:    rdata = {16'h0, vector_q, 6'h0, irq_en_q, 1'b0};
        OffStatus:  rdata = {16'h0, diag_err_i, 6'h0, diag_done_i, diag_busy_i};
        default:    rdata = 32'h0;
      endcase
    end
  end

  assign msix_we_o    = dw_vld && dw_we && in_tbl;
  assign msix_dw_o    = ($clog2(MsixVectors) + 2)'((off - OffMsixTbl) >> 2);
  assign msix_be_o    = be;
  assign msix_wdata_o = wdata;
  assign pba_dw_o     = $clog2(MsixVectors)'((off - OffMsixPba) >> 2);

  logic wr_hit;
  assign wr_hit = dw_vld && dw_we;

  // start takes effect one cycle after the write, so that the channel sees irq_en / vector as
  // written by the same access.
  logic start_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      start_q <= 1'b0;
    end else begin
      start_q <= wr_hit && (off == OffCtrl) && be[0] && wdata[0];
    end
  end
  assign diag_start_o    = start_q;
  assign diag_clr_done_o = wr_hit && (off == OffStatus) && be[0] && wdata[1];

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      busy_q    <= 1'b0;
      req_q     <= '0;
      idx_q     <= '0;
      rdata_q   <= '0;
      scratch_q <= 32'h0;
      ts_q      <= 64'h0;
      ts_hi_q   <= 32'h0;
      src_lo_q  <= 32'h0;
      src_hi_q  <= 32'h0;
      dst_lo_q  <= 32'h0;
      dst_hi_q  <= 32'h0;
      len_q     <= 13'h0;
      pasid_q   <= 32'h0;
      irq_en_q  <= 1'b0;
      vector_q  <= 8'h0;
    end else begin
      ts_q <= ts_q + 64'h1;
      if (req_valid_i && req_ready_o) begin
        busy_q  <= 1'b1;
        req_q   <= req_i;
        idx_q   <= '0;
        rdata_q <= '0;
      end
      if (dw_vld) begin
        rdata_q[32*idx_q +: 32] <= rdata;
        idx_q <= idx_q + LenW'(1);
        if (last) begin
          busy_q <= 1'b0;
        end
        // Reading timestamp_lo latches the high half (consistent 64-bit reads, lo first).
        if (!dw_we && off == OffTsLo) begin
          ts_hi_q <= ts_q[63:32];
        end
      end
      if (wr_hit) begin
        unique case (off)
          OffScratch: scratch_q <= siov_tlp_pkg::be_merge(scratch_q, wdata, be, '1);
          OffSrcLo:   src_lo_q  <= siov_tlp_pkg::be_merge(src_lo_q, wdata, be, '1);
          OffSrcHi:   src_hi_q  <= siov_tlp_pkg::be_merge(src_hi_q, wdata, be, '1);
          OffDstLo:   dst_lo_q  <= siov_tlp_pkg::be_merge(dst_lo_q, wdata, be, '1);
          OffDstHi:   dst_hi_q  <= siov_tlp_pkg::be_merge(dst_hi_q, wdata, be, '1);
          OffLen:     len_q     <= 13'(siov_tlp_pkg::be_merge({19'h0, len_q}, wdata, be, '1));
          OffPasid:   pasid_q   <= siov_tlp_pkg::be_merge(pasid_q, wdata, be, 32'he00f_ffff);
          OffCtrl: begin
            if (be[0]) irq_en_q <= wdata[1];
            if (be[1]) vector_q <= wdata[15:8];
          end
          default: ;
        endcase
      end
    end
  end

  // Response after the last DW of a read (or a DMWr, which this BAR never receives).
  logic rsp_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rsp_q <= 1'b0;
    end else begin
      rsp_q <= dw_vld && last && (!dw_we || req_q.dmwr);
    end
  end
  assign rsp_valid_o  = rsp_q;
  assign rsp_status_o = siov_tlp_pkg::CplSc;
  assign rsp_rdata_o  = rdata_q;

  assign diag_src_o      = {src_hi_q, src_lo_q};
  assign diag_dst_o      = {dst_hi_q, dst_lo_q};
  assign diag_len_o      = len_q;
  assign diag_pasid_o    = pasid_q[19:0];
  assign diag_priv_o     = pasid_q[29];
  assign diag_exec_o     = pasid_q[30];
  assign diag_pasid_en_o = pasid_q[31];
  assign diag_irq_en_o   = irq_en_q;
  assign diag_vector_o   = vector_q;

  logic unused;
  assign unused = ^{req_q, off[1:0], off[31:20]};

endmodule
