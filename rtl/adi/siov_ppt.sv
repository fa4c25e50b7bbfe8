// siov_ppt: the PASID Permissions Table unit (docs/ppt.md): table registers, the on-device
// cache of entries, the engines' lookup port, the Update Window lock and the drains.
//
// Lookups: the engines share one port (round robin). A request names a selector; the answer
// (PptOk with the 32-byte entry, PptRange, PptFault) comes with a one-cycle grant to that engine.
// A hit answers two cycles after the request is picked; a miss reads the entry from the table in
// host memory (ppt_pasid space) and blocks the port until it returns. Only valid entries are
// cached: CacheEntries slots, fully associative on the selector, first-in first-out
// replacement, invalid slots first.
//
// Every engine reports the selectors its current descriptor looked up (use_i) and the PASIDs it
// touches (act_i, pasids_i). With that the unit implements
//  - the Update Window lock: a lookup with lock_i takes the (single) lock on its selector when it
//    succeeds; lookups of a locked selector wait; lk_idle_o says that no engine but the owner
//    still uses the selector; the owner ends the lock with upd_done_i, writing its new entry into
//    the cache when upd_write_i (it has written the table in memory itself);
//  - ppt_invalidate / ppt_invalidate_all: drop the entry (entries) from the cache, then wait until
//    every engine that held it at that moment has let it go;
//  - drain of an access PASID (one at a time): wait until every engine that touched the PASID
//    when the drain started has finished that descriptor.
module siov_ppt #(
  parameter int unsigned NumEngines   = 4,
  parameter int unsigned CacheEntries = 64,
  localparam int unsigned E           = NumEngines,
  localparam int unsigned EIdxW       = (E > 1) ? $clog2(E) : 1,
  localparam int unsigned CIdxW       = (CacheEntries > 1) ? $clog2(CacheEntries) : 1
) (
  input  logic                       clk_i,
  input  logic                       rst_ni,          // function reset
  input  siov_cfg_pkg::cfg_state_t   cfg_i,
  // BAR0 registers (ppt_base_lo .. ppt_evictions): write strobe and read data.
  input  logic                       reg_we_i,
  input  logic [19:0]                reg_off_i,
  input  logic [3:0]                 reg_be_i,
  input  logic [31:0]                reg_wdata_i,
  output logic [31:0]                reg_rdata_o,
  // Commands (from the command unit): invalidate one selector or all, done pulse.
  input  logic                       inv_i,
  input  logic                       inv_all_i,
  input  logic [15:0]                inv_sel_i,
  output logic                       inv_done_o,
  // Lookup port of the engines.
  input  logic [E-1:0]               lk_req_i,
  input  logic [E-1:0]               lk_lock_i,
  input  logic [E*16-1:0]            lk_sel_i,
  output logic [E-1:0]               lk_gnt_o,        // one cycle: the answer is on lk_err_o / lk_ent_o
  output logic [1:0]                 lk_err_o,
  output logic [255:0]               lk_ent_o,
  // What the engines hold: {sel2 valid, sel2, sel1 valid, sel1} per engine.
  input  logic [E*34-1:0]            use_i,
  // Update Window lock.
  output logic                       lk_idle_o,
  input  logic [E-1:0]               upd_done_i,
  input  logic [E-1:0]               upd_write_i,
  input  logic [E*256-1:0]           upd_ent_i,
  // Drain of an access PASID: per engine whether its descriptor is running (act) and the PASIDs
  // it touches ({en, pasid} x 3: data, access 1, access 2).
  input  logic [E-1:0]               act_i,
  input  logic [E*63-1:0]            pasids_i,
  input  logic [E-1:0]               dr_req_i,
  input  logic [E*20-1:0]            dr_pasid_i,
  output logic [E-1:0]               dr_done_o,
  // Where the table is (for the engines' Update Window writes).
  output logic [63:0]                tbl_base_o,
  output logic                       tbl_prfx_vld_o,
  output logic [31:0]                tbl_prfx_o,
  // Read client of siov_dma_rd (one 32-byte entry at a time).
  output logic                       rd_valid_o,
  input  logic                       rd_ready_i,
  output logic [63:0]                rd_addr_o,
  output logic [12:0]                rd_len_o,
  output logic [6:0]                 rd_buf_o,
  output logic                       rd_prfx_vld_o,
  output logic [31:0]                rd_prfx_o,
  input  logic                       rd_done_i,
  input  logic [2:0]                 rd_status_i,
  input  logic                       buf_we_i,
  input  logic                       buf_line_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]   buf_data_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] buf_be_i
);

  localparam int unsigned W = siov_tlp_pkg::TlpDataW;

  // The status codes of siov_adi_pkg are the register map's (siov_bar0.rdl siov_swerr_e).
  if (8'(siov_adi_pkg::StPptSel)       != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_SEL_RANGE ||
      8'(siov_adi_pkg::StPptInvalid)   != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_ENTRY_INVALID ||
      8'(siov_adi_pkg::StPptSubmitter) != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_SUBMITTER ||
      8'(siov_adi_pkg::StPptNoRead)    != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_READ ||
      8'(siov_adi_pkg::StPptNoWrite)   != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_WRITE ||
      8'(siov_adi_pkg::StPptRange)     != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_RANGE ||
      8'(siov_adi_pkg::StPptFault)     != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_READ_FAULT ||
      8'(siov_adi_pkg::StPptNotOwner)  != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_NOT_OWNER ||
      8'(siov_adi_pkg::StPptNoUpdate)  != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_UPDATE ||
      8'(siov_adi_pkg::StPptBadWin)    != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_BAD_WINDOW ||
      8'(siov_adi_pkg::StPptNoDrain)   != siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_CODE_PPT_NO_DRAIN)
  begin : g_status_check
    $fatal(1, "siov_ppt: siov_adi_pkg PPT status codes differ from siov_bar0.rdl");
  end

  localparam logic [19:0] OffBaseLo = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_BASE_LO_OFFSET);
  localparam logic [19:0] OffBaseHi = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_BASE_HI_OFFSET);
  localparam logic [19:0] OffSize   = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_SIZE_OFFSET);
  localparam logic [19:0] OffPasid  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_PASID_OFFSET);
  localparam logic [19:0] OffCap    = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_CAP_OFFSET);
  localparam logic [19:0] OffHits   = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_HITS_OFFSET);
  localparam logic [19:0] OffMisses = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_MISSES_OFFSET);
  localparam logic [19:0] OffEvict  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_EVICTIONS_OFFSET);

  // ---------------------------------------------------------------------------------------
  // Registers
  // ---------------------------------------------------------------------------------------
  logic [31:0] base_lo_q, base_hi_q, size_q, pasid_q, hits_q, misses_q, evict_q;
  logic [63:0] tbl_base;
  logic [16:0] entries;
  assign tbl_base = {base_hi_q, base_lo_q};
  assign entries  = size_q[16:0];

  always_comb begin
    unique case (reg_off_i)
      OffBaseLo: reg_rdata_o = base_lo_q;
      OffBaseHi: reg_rdata_o = base_hi_q;
      OffSize:   reg_rdata_o = size_q;
      OffPasid:  reg_rdata_o = pasid_q;
      OffCap:    reg_rdata_o = 32'(CacheEntries);
      OffHits:   reg_rdata_o = hits_q;
      OffMisses: reg_rdata_o = misses_q;
      OffEvict:  reg_rdata_o = evict_q;
      default:   reg_rdata_o = 32'h0;
    endcase
  end

  assign tbl_base_o     = tbl_base;
  assign tbl_prfx_vld_o = pasid_q[31];
  assign tbl_prfx_o     = siov_tlp_pkg::pasid_prefix(pasid_q[19:0], pasid_q[30] && cfg_i.pasid_priv_en,
                                                     1'b0);

  // ---------------------------------------------------------------------------------------
  // Cache
  // ---------------------------------------------------------------------------------------
  logic [CacheEntries-1:0]     cv_q;            // slot valid
  logic [CacheEntries*16-1:0]  ctag_q;          // slot selector
  logic [CacheEntries*256-1:0] cdat_q;          // slot entry
  logic [CIdxW-1:0]            fifo_q;          // next victim when every slot is valid

  // ---------------------------------------------------------------------------------------
  // Lookup arbitration: a request may be picked unless its selector is locked by another
  // engine, or it wants the lock while the lock is held.
  // ---------------------------------------------------------------------------------------
  logic             lk_v_q;                     // the Update Window lock
  logic [15:0]      lk_sel_q;
  logic [EIdxW-1:0] lk_own_q;

  logic [E-1:0] elig;
  always_comb begin
    for (int e = 0; e < E; e++) begin
      elig[e] = lk_req_i[e] &&
                !(lk_v_q && (lk_lock_i[e] || lk_sel_i[e*16 +: 16] == lk_sel_q));
    end
  end

  typedef enum logic [2:0] {
    LIdle  = 3'd0,
    LLook  = 3'd1,   // cache lookup of the picked request
    LRead  = 3'd2,   // issue the entry read
    LWait  = 3'd3    // wait for it
  } lstate_e;
  lstate_e lst_q;

  logic             arb_v, arb_take;
  logic [EIdxW-1:0] arb_idx;
  siov_rr_arb #(.NumReq(E)) u_arb (
    .clk_i,
    .rst_ni,
    .req_i     (elig),
    .advance_i (arb_take),
    .valid_o   (arb_v),
    .idx_o     (arb_idx)
  );

  logic             inv_pend_q, inv_all_q, iv_act_q;
  logic [15:0]      inv_sel_q;
  assign arb_take = (lst_q == LIdle) && !inv_pend_q && arb_v;

  logic [EIdxW-1:0] r_idx_q;                    // the request being answered
  logic [15:0]      r_sel_q;
  logic             r_lock_q;

  // Tag match of the picked selector (one-hot: a selector is in at most one slot), and the
  // matching slot's entry by AND-OR (no wide index mux).
  logic                    hit;
  logic [CacheEntries-1:0] hit_oh;
  logic [255:0]            hit_ent;
  always_comb begin
    hit_ent = '0;
    for (int c = 0; c < CacheEntries; c++) begin
      hit_oh[c] = cv_q[c] && ctag_q[c*16 +: 16] == r_sel_q;
      hit_ent   = hit_ent | ({256{hit_oh[c]}} & cdat_q[c*256 +: 256]);
    end
    hit = |hit_oh;
  end

  // Victim: the first invalid slot, else the FIFO pointer.
  logic             any_free;
  logic [CIdxW-1:0] free_idx, victim;
  always_comb begin
    any_free = 1'b0;
    free_idx = '0;
    for (int c = CacheEntries - 1; c >= 0; c--) begin
      if (!cv_q[c]) begin
        any_free = 1'b1;
        free_idx = CIdxW'(c);
      end
    end
    victim = any_free ? free_idx : fifo_q;
  end

  // The entry read from memory (rd_buf = its address's low bits: always in line 0).
  logic [2*W-1:0] ebuf;
  siov_dma_pair u_ebuf (
    .clk_i,
    .we_i    (buf_we_i),
    .line_i  (buf_line_i),
    .data_i  (buf_data_i),
    .be_i    (buf_be_i),
    .lines_o (ebuf)
  );

  logic [63:0]  ent_addr;
  logic [255:0] mem_ent;
  assign ent_addr = tbl_base + {43'h0, r_sel_q, 5'h0};
  assign mem_ent  = ent_addr[5] ? ebuf[511:256] : ebuf[255:0];

  assign rd_valid_o    = (lst_q == LRead);
  assign rd_addr_o     = ent_addr;
  assign rd_len_o      = 13'd32;
  assign rd_buf_o      = {1'b0, ent_addr[5:0]};
  assign rd_prfx_vld_o = tbl_prfx_vld_o;
  assign rd_prfx_o     = tbl_prfx_o;

  // Answers.
  logic         ans_v;
  logic [1:0]   ans_err;
  logic [255:0] ans_ent;
  logic         rd_ok;
  assign rd_ok = (rd_status_i == siov_dma_pkg::DmaOk);
  always_comb begin
    ans_v   = 1'b0;
    ans_err = siov_adi_pkg::PptOk;
    ans_ent = '0;
    if (lst_q == LLook) begin
      if ({1'b0, r_sel_q} >= entries) begin
        ans_v   = 1'b1;
        ans_err = siov_adi_pkg::PptRange;
      end else if (hit) begin
        ans_v   = 1'b1;
        ans_ent = hit_ent;
      end
    end else if (lst_q == LWait && rd_done_i) begin
      ans_v   = 1'b1;
      ans_err = rd_ok ? siov_adi_pkg::PptOk : siov_adi_pkg::PptFault;
      ans_ent = rd_ok ? mem_ent : '0;
    end
  end

  always_comb begin
    lk_gnt_o = '0;
    lk_gnt_o[r_idx_q] = ans_v;
  end
  assign lk_err_o = ans_err;
  assign lk_ent_o = ans_ent;

  // ---------------------------------------------------------------------------------------
  // Holders of a selector (invalidate, lock) and toucher of a PASID (drain)
  // ---------------------------------------------------------------------------------------
  function automatic logic holds(input logic [33:0] u, input logic all, input logic [15:0] s);
    holds = (u[16] && (all || u[15:0] == s)) || (u[33] && (all || u[32:17] == s));
  endfunction

  logic [E-1:0] iv_wait_q;                      // invalidate: engines still holding the entry
  logic [E-1:0] iv_hold;
  always_comb begin
    for (int e = 0; e < E; e++) begin
      iv_hold[e] = holds(use_i[e*34 +: 34], inv_all_q, inv_sel_q);
    end
  end

  always_comb begin
    lk_idle_o = 1'b1;
    for (int e = 0; e < E; e++) begin
      if (EIdxW'(e) != lk_own_q && holds(use_i[e*34 +: 34], 1'b0, lk_sel_q)) lk_idle_o = 1'b0;
    end
  end

  // Drains of an access PASID: one at a time.
  logic             dr_v_q;
  logic [EIdxW-1:0] dr_own_q;
  logic [E-1:0]     dr_wait_q;
  logic             dr_pick;
  logic [EIdxW-1:0] dr_idx;
  logic [19:0]      dr_p;
  always_comb begin
    dr_pick = 1'b0;
    dr_idx  = '0;
    for (int e = E - 1; e >= 0; e--) begin
      if (dr_req_i[e]) begin
        dr_pick = 1'b1;
        dr_idx  = EIdxW'(e);
      end
    end
    dr_p = dr_pasid_i[dr_idx*20 +: 20];
  end
  function automatic logic touches(input logic [62:0] p, input logic [19:0] q);
    touches = (p[20] && p[19:0] == q) || (p[41] && p[40:21] == q) || (p[62] && p[61:42] == q);
  endfunction
  logic [E-1:0] dr_touch;
  always_comb begin
    for (int e = 0; e < E; e++) begin
      dr_touch[e] = act_i[e] && EIdxW'(e) != dr_idx && touches(pasids_i[e*63 +: 63], dr_p);
    end
  end
  always_comb begin
    dr_done_o = '0;
    dr_done_o[dr_own_q] = dr_v_q && (dr_wait_q == '0);
  end

  // Update Window: the owner's new entry (AND-OR over the engines), the slot holding it.
  logic [255:0]            upd_ent;
  logic [CacheEntries-1:0] upd_oh;
  logic                    upd_hit;
  always_comb begin
    upd_ent = '0;
    for (int e = 0; e < E; e++) begin
      upd_ent = upd_ent | ({256{EIdxW'(e) == lk_own_q}} & upd_ent_i[e*256 +: 256]);
    end
    for (int c = 0; c < CacheEntries; c++) begin
      upd_oh[c] = cv_q[c] && ctag_q[c*16 +: 16] == lk_sel_q;
    end
    upd_hit = |upd_oh;
  end

  // The wait after an invalidate runs beside the lookups (an engine holding one entry may be
  // waiting for a lookup of its second one).
  assign inv_done_o = iv_act_q && (iv_wait_q == '0);

  // Entry storage (no reset: a slot is read only while valid). Written by a fill after a miss
  // and by the owner's new entry at the end of an Update Window (never in the same cycle: the
  // locked selector cannot be looked up).
  logic             cw_fill, cw_upd;
  assign cw_fill = (lst_q == LWait) && rd_done_i && rd_ok && mem_ent[siov_adi_pkg::PeValid];
  assign cw_upd  = lk_v_q && upd_done_i[lk_own_q] && upd_write_i[lk_own_q] && upd_hit;
  always_ff @(posedge clk_i) begin
    for (int c = 0; c < CacheEntries; c++) begin
      if (cw_fill && victim == CIdxW'(c)) cdat_q[c*256 +: 256] <= mem_ent;
      else if (cw_upd && upd_oh[c])      cdat_q[c*256 +: 256] <= upd_ent;
    end
  end

  // ---------------------------------------------------------------------------------------
  // State
  // ---------------------------------------------------------------------------------------
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      base_lo_q  <= '0;
      base_hi_q  <= '0;
      size_q     <= '0;
      pasid_q    <= '0;
      hits_q     <= '0;
      misses_q   <= '0;
      evict_q    <= '0;
      cv_q       <= '0;
      ctag_q     <= '0;
      fifo_q     <= '0;
      lk_v_q     <= 1'b0;
      lk_sel_q   <= '0;
      lk_own_q   <= '0;
      lst_q      <= LIdle;
      r_idx_q    <= '0;
      r_sel_q    <= '0;
      r_lock_q   <= 1'b0;
      inv_pend_q <= 1'b0;
      inv_all_q  <= 1'b0;
      inv_sel_q  <= '0;
      iv_wait_q  <= '0;
      iv_act_q   <= 1'b0;
      dr_v_q     <= 1'b0;
      dr_own_q   <= '0;
      dr_wait_q  <= '0;
    end else begin
      if (reg_we_i) begin
        unique case (reg_off_i)
          OffBaseLo: base_lo_q <= siov_tlp_pkg::be_merge(base_lo_q, reg_wdata_i, reg_be_i,
                                  siov_bar0_reg_pkg::SIOV_BAR0_PPT_BASE_LO_WMASK);
          OffBaseHi: base_hi_q <= siov_tlp_pkg::be_merge(base_hi_q, reg_wdata_i, reg_be_i,
                                  siov_bar0_reg_pkg::SIOV_BAR0_PPT_BASE_HI_WMASK);
          OffSize:   size_q    <= siov_tlp_pkg::be_merge(size_q, reg_wdata_i, reg_be_i,
                                  siov_bar0_reg_pkg::SIOV_BAR0_PPT_SIZE_WMASK);
          OffPasid:  pasid_q   <= siov_tlp_pkg::be_merge(pasid_q, reg_wdata_i, reg_be_i,
                                  siov_bar0_reg_pkg::SIOV_BAR0_PPT_PASID_WMASK);
          default: ;
        endcase
      end

      if (inv_i) begin
        inv_pend_q <= 1'b1;
        inv_all_q  <= inv_all_i;
        inv_sel_q  <= inv_sel_i;
      end

      // Update Window: the lock owner is done; with a new entry, a cached copy is replaced.
      if (lk_v_q && upd_done_i[lk_own_q]) begin
        lk_v_q <= 1'b0;
        if (upd_write_i[lk_own_q] && !upd_ent[siov_adi_pkg::PeValid]) begin
          cv_q <= cv_q & ~upd_oh;
        end
      end

      unique case (lst_q)
        LIdle: begin
          if (inv_pend_q) begin
            // Drop the entry (entries), then wait for the engines that hold it.
            for (int c = 0; c < CacheEntries; c++) begin
              if (inv_all_q || ctag_q[c*16 +: 16] == inv_sel_q) cv_q[c] <= 1'b0;
            end
            iv_wait_q  <= iv_hold;
            iv_act_q   <= 1'b1;
            inv_pend_q <= 1'b0;
          end else if (arb_v) begin
            r_idx_q  <= arb_idx;
            r_sel_q  <= lk_sel_i[arb_idx*16 +: 16];
            r_lock_q <= lk_lock_i[arb_idx];
            lst_q    <= LLook;
          end
        end
        LLook: begin
          if (ans_v) begin
            lst_q <= LIdle;
            if (ans_err == siov_adi_pkg::PptOk) hits_q <= hits_q + 32'd1;
          end else begin
            lst_q <= LRead;
          end
        end
        LRead: if (rd_ready_i) lst_q <= LWait;
        LWait: begin
          if (rd_done_i) begin
            lst_q    <= LIdle;
            misses_q <= misses_q + 32'd1;
            if (rd_ok && mem_ent[siov_adi_pkg::PeValid]) begin
              for (int c = 0; c < CacheEntries; c++) begin
                if (victim == CIdxW'(c)) begin
                  cv_q[c]           <= 1'b1;
                  ctag_q[c*16 +: 16] <= r_sel_q;
                end
              end
              if (!any_free) begin
                fifo_q  <= (fifo_q == CIdxW'(CacheEntries - 1)) ? '0 : fifo_q + CIdxW'(1);
                evict_q <= evict_q + 32'd1;
              end
            end
          end
        end
        default: lst_q <= LIdle;
      endcase

      if (iv_act_q) begin
        iv_wait_q <= iv_wait_q & iv_hold;
        if (iv_wait_q == '0) iv_act_q <= 1'b0;
      end

      // A successful lookup with lock_i takes the lock.
      if (ans_v && r_lock_q && ans_err == siov_adi_pkg::PptOk) begin
        lk_v_q   <= 1'b1;
        lk_sel_q <= r_sel_q;
        lk_own_q <= r_idx_q;
      end

      // Drain of an access PASID.
      if (!dr_v_q) begin
        if (dr_pick) begin
          dr_v_q     <= 1'b1;
          dr_own_q   <= dr_idx;
          dr_wait_q  <= dr_touch;
        end
      end else begin
        dr_wait_q <= dr_wait_q & act_i;
        if (dr_wait_q == '0) dr_v_q <= 1'b0;
      end
    end
  end

  logic unused;
  assign unused = ^{ebuf[2*W-1:W], cfg_i};

endmodule
