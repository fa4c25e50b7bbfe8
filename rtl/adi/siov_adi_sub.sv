// siov_adi_sub: the Scalable IOV subsystem: ADI controller, shared execution engines and the
// interrupt generator (IMS and in-memory interrupt tables), wired together.
//
//   BAR0 window / BAR2 pages --> siov_adi_ctrl --work--> siov_engine x NumEngines --> MWr
//                                     ^   |                 |  ^  ^
//                                     |   +-- ring fetch    |  |  +-- siov_ppt (PASID
//                                     |                     |  |      Permissions Table)
//                                     |                     |  +-- IMS ownership lookups
//                                     +---- IMS commands    +--> siov_ims --> interrupt MWr
//
// Memory reads go through the device's shared siov_dma_rd (one client per engine, the ring
// fetcher, the interrupt-table reader, the PPT entry reader: NumRd clients, buffer addresses RdBufW bits, the engine
// data buffers being the largest); writes leave on NumTx transmit sources (one per engine, one
// for interrupt messages).
module siov_adi_sub #(
  parameter int unsigned NumAdi        = 64,
  parameter int unsigned NumEngines    = 4,
  parameter int unsigned Slots         = 256,
  parameter int unsigned NumIms        = 2048,
  parameter int unsigned MaxXferShift  = 21,
  parameter int unsigned MaxBatchShift = 5,
  parameter int unsigned MaxRingShift  = 16,
  parameter int unsigned FetchMax      = 8,
  parameter int unsigned EngBufAddrW   = 15,
  parameter logic [63:0] OpCap         = siov_adi_pkg::OpCapAll,
  parameter int unsigned PptCacheEntries = 64,
  localparam int unsigned RdBufW       = EngBufAddrW + 1,
  localparam int unsigned RdLineW      = RdBufW - siov_tlp_pkg::TlpBeatBytesLog2,
  localparam int unsigned NumRd        = NumEngines + 3,   // engines, ring fetcher, IMS, PPT
  localparam int unsigned NumTx        = NumEngines + 1    // engines, IMS
) (
  input  logic                         clk_i,
  input  logic                         rst_ni,           // function reset
  input  siov_cfg_pkg::cfg_state_t     cfg_i,
  // BAR0 window (see siov_adi_ctrl).
  input  logic                         b0_req_i,
  input  logic                         b0_we_i,
  input  logic [19:0]                  b0_off_i,
  input  logic [3:0]                   b0_be_i,
  input  logic [31:0]                  b0_wdata_i,
  output logic [31:0]                  b0_rdata_o,
  output logic                         b0_stall_o,
  // BAR2.
  input  logic                         m2_valid_i,
  output logic                         m2_ready_o,
  input  siov_tlp_pkg::mmio_req_t      m2_req_i,
  output logic                         m2_rsp_valid_o,
  output logic [2:0]                   m2_rsp_status_o,
  output logic [siov_tlp_pkg::TlpDataW-1:0] m2_rsp_rdata_o,
  // Read clients of siov_dma_rd (flat, client 0 lowest: engines, fetcher, IMS).
  output logic [NumRd-1:0]             rd_valid_o,
  input  logic [NumRd-1:0]             rd_ready_i,
  output logic [NumRd*64-1:0]          rd_addr_o,
  output logic [NumRd*13-1:0]          rd_len_o,
  output logic [NumRd*RdBufW-1:0]      rd_buf_o,
  output logic [NumRd-1:0]             rd_prfx_vld_o,
  output logic [NumRd*32-1:0]          rd_prfx_o,
  input  logic [NumRd-1:0]             rd_done_i,
  output logic [NumRd-1:0]             rd_done_ready_o,
  input  logic [NumRd*3-1:0]           rd_status_i,
  output logic [NumRd-1:0]             rd_abort_o,
  input  logic [NumRd-1:0]             buf_we_i,
  input  logic [RdLineW-1:0]           buf_line_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]   buf_data_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] buf_be_i,
  // Transmit sources (flat tlp_beat_t: engines, then IMS).
  output logic [NumTx-1:0]             tx_valid_o,
  input  logic [NumTx-1:0]             tx_ready_i,
  output logic [NumTx*siov_tlp_pkg::TlpBeatW-1:0] tx_o,
  // MSI-X vector 0.
  output logic                         irq0_valid_o,
  input  logic                         irq0_ready_i
);

  localparam int unsigned E   = NumEngines;
  localparam int unsigned XW  = siov_adi_pkg::MaxAdiW;
  localparam int unsigned PW  = siov_adi_pkg::PasidW;
  localparam int unsigned HW  = $clog2(NumIms);
  localparam int unsigned FBW = $clog2(FetchMax) + 6;
  localparam int unsigned FLW = FBW - siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned RF  = E;        // read client of the fetcher
  localparam int unsigned RI  = E + 1;    // read client of the IMS
  localparam int unsigned RP  = E + 2;    // read client of the PPT

  // ---------------------------------------------------------------------------------------
  // Engines
  // ---------------------------------------------------------------------------------------
  logic [E-1:0]        eng_valid, eng_ready, eng_done, eng_abort, eng_swerr;
  siov_adi_pkg::work_t eng_work;
  logic [E*8-1:0]      eng_swerr_code, eng_swerr_op;
  logic [E*XW-1:0]     eng_swerr_adi;
  logic [E*PW-1:0]     eng_swerr_pasid;
  logic [E*64-1:0]     eng_swerr_addr;
  logic [E*16-1:0]     own_handle;
  logic [E-1:0]        own_bound;
  logic [E*XW-1:0]     own_adi;
  logic [E-1:0]        irq_valid, irq_ready, irq_table;
  logic [E*XW-1:0]     irq_adi;
  logic [E*16-1:0]     irq_handle;
  logic [E*64-1:0]     irq_base;
  logic [E*PW-1:0]     irq_pasid;
  // PPT (siov_ppt).
  logic [E-1:0]        lk_req, lk_lock, lk_gnt, upd_done, upd_write, act, dr_req, dr_done;
  logic [E*16-1:0]     lk_sel;
  logic [1:0]          lk_err;
  logic [255:0]        lk_ent;
  logic [E*34-1:0]     use_sel;
  logic                lk_idle;
  logic [E*256-1:0]    upd_ent;
  logic [E*63-1:0]     pasids;
  logic [E*20-1:0]     dr_pasid;
  logic [63:0]         tbl_base;
  logic                tbl_prfx_vld;
  logic [31:0]         tbl_prfx;

  for (genvar e = 0; e < E; e++) begin : g_eng
    logic                 aborted, busy, pasid_en;
    logic [XW-1:0]        done_adi, cur_adi;
    logic [19:0]          cur_pasid;
    siov_adi_pkg::pasid_t swerr_pasid, irq_p;

    siov_engine #(
      .BufAddrW      (EngBufAddrW),
      .MaxXferShift  (MaxXferShift),
      .MaxBatchShift (MaxBatchShift),
      .NumIms        (NumIms)
    ) u_engine (
      .clk_i,
      .rst_ni,
      .cfg_i,
      .opcap_i         (OpCap),
      .work_valid_i    (eng_valid[e]),
      .work_ready_o    (eng_ready[e]),
      .work_i          (eng_work),
      .done_o          (eng_done[e]),
      .aborted_o       (aborted),
      .done_adi_o      (done_adi),
      .busy_o          (busy),
      .cur_adi_o       (cur_adi),
      .cur_pasid_o     (cur_pasid),
      .cur_pasid_en_o  (pasid_en),
      .abort_i         (eng_abort[e]),
      .ims_q_handle_o  (own_handle[e*16 +: 16]),
      .ims_q_bound_i   (own_bound[e]),
      .ims_q_owner_i   (own_adi[e*XW +: XW]),
      .irq_valid_o     (irq_valid[e]),
      .irq_ready_i     (irq_ready[e]),
      .irq_adi_o       (irq_adi[e*XW +: XW]),
      .irq_handle_o    (irq_handle[e*16 +: 16]),
      .irq_table_o     (irq_table[e]),
      .irq_itbl_base_o (irq_base[e*64 +: 64]),
      .irq_pasid_o     (irq_p),
      .swerr_o         (eng_swerr[e]),
      .swerr_code_o    (eng_swerr_code[e*8 +: 8]),
      .swerr_adi_o     (eng_swerr_adi[e*XW +: XW]),
      .swerr_opcode_o  (eng_swerr_op[e*8 +: 8]),
      .swerr_pasid_o   (swerr_pasid),
      .swerr_addr_o    (eng_swerr_addr[e*64 +: 64]),
      .rd_valid_o      (rd_valid_o[e]),
      .rd_ready_i      (rd_ready_i[e]),
      .rd_addr_o       (rd_addr_o[e*64 +: 64]),
      .rd_len_o        (rd_len_o[e*13 +: 13]),
      .rd_buf_o        (rd_buf_o[e*RdBufW +: RdBufW]),
      .rd_prfx_vld_o   (rd_prfx_vld_o[e]),
      .rd_prfx_o       (rd_prfx_o[e*32 +: 32]),
      .rd_done_i       (rd_done_i[e]),
      .rd_done_ready_o (rd_done_ready_o[e]),
      .rd_status_i     (rd_status_i[e*3 +: 3]),
      .rd_abort_o      (rd_abort_o[e]),
      .lk_req_o        (lk_req[e]),
      .lk_lock_o       (lk_lock[e]),
      .lk_sel_o        (lk_sel[e*16 +: 16]),
      .lk_gnt_i        (lk_gnt[e]),
      .lk_err_i        (lk_err),
      .lk_ent_i        (lk_ent),
      .use_o           (use_sel[e*34 +: 34]),
      .lk_idle_i       (lk_idle),
      .upd_done_o      (upd_done[e]),
      .upd_write_o     (upd_write[e]),
      .upd_ent_o       (upd_ent[e*256 +: 256]),
      .act_o           (act[e]),
      .pasids_o        (pasids[e*63 +: 63]),
      .dr_req_o        (dr_req[e]),
      .dr_pasid_o      (dr_pasid[e*20 +: 20]),
      .dr_done_i       (dr_done[e]),
      .tbl_base_i      (tbl_base),
      .tbl_prfx_vld_i  (tbl_prfx_vld),
      .tbl_prfx_i      (tbl_prfx),
      .buf_we_i        (buf_we_i[e]),
      .buf_line_i      (buf_line_i),
      .buf_data_i,
      .buf_be_i,
      .tx_valid_o      (tx_valid_o[e]),
      .tx_ready_i      (tx_ready_i[e]),
      .tx_o            (tx_o[e*siov_tlp_pkg::TlpBeatW +: siov_tlp_pkg::TlpBeatW])
    );

    assign eng_swerr_pasid[e*PW +: PW] = swerr_pasid;
    assign irq_pasid[e*PW +: PW]       = irq_p;

    // The controller keeps its own record of what each engine runs (ADI, sequence, PASID).
    logic unused;
    assign unused = ^{aborted, busy, pasid_en, done_adi, cur_adi, cur_pasid};
  end

  // ---------------------------------------------------------------------------------------
  // Interrupt generator
  // ---------------------------------------------------------------------------------------
  logic              ims_tbl_we, ims_alloc, ims_rel, ims_rel_adi, ims_rel_all, ims_inval;
  logic [HW+1:0]     ims_tbl_dw;
  logic [3:0]        ims_tbl_be;
  logic [31:0]       ims_tbl_wdata, ims_tbl_rdata, ims_pba_rdata;
  logic [HW-6:0]     ims_pba_dw;
  logic [XW-1:0]     ims_adi, ims_busy_adi, ims_fault_adi;
  logic [15:0]       ims_handle, ims_cmd_handle;
  logic              ims_cmd_done, ims_cmd_ok, ims_busy, ims_fault;
  logic [63:0]       ims_fault_addr;
  logic [6:0]        ims_rd_buf;

  siov_ims #(
    .NumIms (NumIms),
    .NumReq (E)
  ) u_ims (
    .clk_i,
    .rst_ni,
    .cfg_i,
    .tbl_we_i          (ims_tbl_we),
    .tbl_dw_i          (ims_tbl_dw),
    .tbl_be_i          (ims_tbl_be),
    .tbl_wdata_i       (ims_tbl_wdata),
    .tbl_rdata_o       (ims_tbl_rdata),
    .pba_dw_i          (ims_pba_dw),
    .pba_rdata_o       (ims_pba_rdata),
    .own_handle_i      (own_handle),
    .own_bound_o       (own_bound),
    .own_adi_o         (own_adi),
    .alloc_i           (ims_alloc),
    .alloc_adi_i       (ims_adi),
    .release_i         (ims_rel),
    .release_handle_i  (ims_handle),
    .release_adi_i     (ims_rel_adi),
    .release_all_i     (ims_rel_all),
    .release_adi_adi_i (ims_adi),
    .inval_i           (ims_inval),
    .inval_adi_i       (ims_adi),
    .cmd_done_o        (ims_cmd_done),
    .cmd_ok_o          (ims_cmd_ok),
    .cmd_handle_o      (ims_cmd_handle),
    .irq_valid_i       (irq_valid),
    .irq_ready_o       (irq_ready),
    .irq_adi_i         (irq_adi),
    .irq_handle_i      (irq_handle),
    .irq_table_i       (irq_table),
    .irq_itbl_base_i   (irq_base),
    .irq_pasid_i       (irq_pasid),
    .rd_valid_o        (rd_valid_o[RI]),
    .rd_ready_i        (rd_ready_i[RI]),
    .rd_addr_o         (rd_addr_o[RI*64 +: 64]),
    .rd_len_o          (rd_len_o[RI*13 +: 13]),
    .rd_buf_o          (ims_rd_buf),
    .rd_prfx_o         (rd_prfx_o[RI*32 +: 32]),
    .rd_prfx_vld_o     (rd_prfx_vld_o[RI]),
    .rd_done_i         (rd_done_i[RI]),
    .rd_status_i       (rd_status_i[RI*3 +: 3]),
    .buf_we_i          (buf_we_i[RI]),
    .buf_line_i        (buf_line_i[0]),
    .buf_data_i,
    .buf_be_i,
    .busy_o            (ims_busy),
    .busy_adi_o        (ims_busy_adi),
    .fault_o           (ims_fault),
    .fault_adi_o       (ims_fault_adi),
    .fault_addr_o      (ims_fault_addr),
    .tx_valid_o        (tx_valid_o[E]),
    .tx_ready_i        (tx_ready_i[E]),
    .tx_o              (tx_o[E*siov_tlp_pkg::TlpBeatW +: siov_tlp_pkg::TlpBeatW])
  );
  assign rd_buf_o[RI*RdBufW +: RdBufW] = RdBufW'(ims_rd_buf);
  assign rd_done_ready_o[RI]           = 1'b1;
  assign rd_abort_o[RI]                = 1'b0;

  // ---------------------------------------------------------------------------------------
  // PASID Permissions Table
  // ---------------------------------------------------------------------------------------
  logic        ppt_we, ppt_inv, ppt_inv_all, ppt_inv_done;
  logic [31:0] ppt_rdata;
  logic [15:0] ppt_inv_sel;
  logic [6:0]  ppt_rd_buf;

  siov_ppt #(
    .NumEngines   (E),
    .CacheEntries (PptCacheEntries)
  ) u_ppt (
    .clk_i,
    .rst_ni,
    .cfg_i,
    .reg_we_i       (ppt_we),
    .reg_off_i      (b0_off_i),
    .reg_be_i       (b0_be_i),
    .reg_wdata_i    (b0_wdata_i),
    .reg_rdata_o    (ppt_rdata),
    .inv_i          (ppt_inv),
    .inv_all_i      (ppt_inv_all),
    .inv_sel_i      (ppt_inv_sel),
    .inv_done_o     (ppt_inv_done),
    .lk_req_i       (lk_req),
    .lk_lock_i      (lk_lock),
    .lk_sel_i       (lk_sel),
    .lk_gnt_o       (lk_gnt),
    .lk_err_o       (lk_err),
    .lk_ent_o       (lk_ent),
    .use_i          (use_sel),
    .lk_idle_o      (lk_idle),
    .upd_done_i     (upd_done),
    .upd_write_i    (upd_write),
    .upd_ent_i      (upd_ent),
    .act_i          (act),
    .pasids_i       (pasids),
    .dr_req_i       (dr_req),
    .dr_pasid_i     (dr_pasid),
    .dr_done_o      (dr_done),
    .tbl_base_o     (tbl_base),
    .tbl_prfx_vld_o (tbl_prfx_vld),
    .tbl_prfx_o     (tbl_prfx),
    .rd_valid_o     (rd_valid_o[RP]),
    .rd_ready_i     (rd_ready_i[RP]),
    .rd_addr_o      (rd_addr_o[RP*64 +: 64]),
    .rd_len_o       (rd_len_o[RP*13 +: 13]),
    .rd_buf_o       (ppt_rd_buf),
    .rd_prfx_vld_o  (rd_prfx_vld_o[RP]),
    .rd_prfx_o      (rd_prfx_o[RP*32 +: 32]),
    .rd_done_i      (rd_done_i[RP]),
    .rd_status_i    (rd_status_i[RP*3 +: 3]),
    .buf_we_i       (buf_we_i[RP]),
    .buf_line_i     (buf_line_i[0]),
    .buf_data_i,
    .buf_be_i
  );
  assign rd_buf_o[RP*RdBufW +: RdBufW] = RdBufW'(ppt_rd_buf);
  assign rd_done_ready_o[RP]           = 1'b1;
  assign rd_abort_o[RP]                = 1'b0;

  // ---------------------------------------------------------------------------------------
  // Controller
  // ---------------------------------------------------------------------------------------
  logic [FBW-1:0] fr_buf;

  siov_adi_ctrl #(
    .NumAdi        (NumAdi),
    .NumEngines    (E),
    .Slots         (Slots),
    .NumIms        (NumIms),
    .MaxXferShift  (MaxXferShift),
    .MaxBatchShift (MaxBatchShift),
    .MaxRingShift  (MaxRingShift),
    .FetchMax      (FetchMax),
    .OpCap         (OpCap)
  ) u_ctrl (
    .clk_i,
    .rst_ni,
    .cfg_i,
    .b0_req_i,
    .b0_we_i,
    .b0_off_i,
    .b0_be_i,
    .b0_wdata_i,
    .b0_rdata_o,
    .b0_stall_o,
    .ppt_we_o           (ppt_we),
    .ppt_rdata_i        (ppt_rdata),
    .ppt_inv_o          (ppt_inv),
    .ppt_inv_all_o      (ppt_inv_all),
    .ppt_inv_sel_o      (ppt_inv_sel),
    .ppt_inv_done_i     (ppt_inv_done),
    .m2_valid_i,
    .m2_ready_o,
    .m2_req_i,
    .m2_rsp_valid_o,
    .m2_rsp_status_o,
    .m2_rsp_rdata_o,
    .eng_valid_o        (eng_valid),
    .eng_ready_i        (eng_ready),
    .eng_work_o         (eng_work),
    .eng_done_i         (eng_done),
    .eng_abort_o        (eng_abort),
    .eng_swerr_i        (eng_swerr),
    .eng_swerr_code_i   (eng_swerr_code),
    .eng_swerr_adi_i    (eng_swerr_adi),
    .eng_swerr_opcode_i (eng_swerr_op),
    .eng_swerr_pasid_i  (eng_swerr_pasid),
    .eng_swerr_addr_i   (eng_swerr_addr),
    .ims_tbl_we_o       (ims_tbl_we),
    .ims_tbl_dw_o       (ims_tbl_dw),
    .ims_tbl_be_o       (ims_tbl_be),
    .ims_tbl_wdata_o    (ims_tbl_wdata),
    .ims_tbl_rdata_i    (ims_tbl_rdata),
    .ims_pba_dw_o       (ims_pba_dw),
    .ims_pba_rdata_i    (ims_pba_rdata),
    .ims_alloc_o        (ims_alloc),
    .ims_release_o      (ims_rel),
    .ims_release_adi_o  (ims_rel_adi),
    .ims_release_all_o  (ims_rel_all),
    .ims_inval_o        (ims_inval),
    .ims_adi_o          (ims_adi),
    .ims_handle_o       (ims_handle),
    .ims_cmd_done_i     (ims_cmd_done),
    .ims_cmd_ok_i       (ims_cmd_ok),
    .ims_cmd_handle_i   (ims_cmd_handle),
    .ims_busy_i         (ims_busy),
    .ims_busy_adi_i     (ims_busy_adi),
    .ims_fault_i        (ims_fault),
    .ims_fault_adi_i    (ims_fault_adi),
    .ims_fault_addr_i   (ims_fault_addr),
    .fr_valid_o         (rd_valid_o[RF]),
    .fr_ready_i         (rd_ready_i[RF]),
    .fr_addr_o          (rd_addr_o[RF*64 +: 64]),
    .fr_len_o           (rd_len_o[RF*13 +: 13]),
    .fr_buf_o           (fr_buf),
    .fr_prfx_vld_o      (rd_prfx_vld_o[RF]),
    .fr_prfx_o          (rd_prfx_o[RF*32 +: 32]),
    .fr_done_i          (rd_done_i[RF]),
    .fr_status_i        (rd_status_i[RF*3 +: 3]),
    .fr_abort_o         (rd_abort_o[RF]),
    .fb_we_i            (buf_we_i[RF]),
    .fb_line_i          (buf_line_i[FLW-1:0]),
    .fb_data_i          (buf_data_i),
    .fb_be_i            (buf_be_i),
    .irq0_valid_o,
    .irq0_ready_i
  );
  assign rd_buf_o[RF*RdBufW +: RdBufW] = RdBufW'(fr_buf);
  assign rd_done_ready_o[RF]           = 1'b1;

  logic unused;
  assign unused = ^{buf_line_i[RdLineW-1:FLW]};

endmodule
