// siov_ims: Interrupt Message Storage and the ADI interrupt generator (SIOV rev 1.1 §2.5;
// patent US 2020/0319913 claims 10-11 for the in-memory interrupt table).
//
// IMS: NumIms entries {64-bit address, 32-bit data, control: mask} in BAR0, with pending bits.
// The host driver binds entries to ADIs (alloc_*: a free entry, found by a scan that starts
// after the last entry handed out, so a run of allocations costs one step each; the handle is
// its index) and unbinds them (release_*: one entry, or every entry of an ADI). An engine's
// completion interrupt names a handle; the engine checks with the own_* ports that the entry is
// bound to the descriptor's ADI before it asks, so an ADI can only raise its own entries. A
// request for a masked entry (or while Bus Master Enable is 0) sets the pending bit; a scanner
// visits one entry per cycle and sends pending entries once they are unmasked, then clears the
// bit, so unmasking delivers a held message exactly once.
// Interrupt table in memory: for an ADI in table mode the handle indexes a table of 16-byte
// entries {address, data, control bit 0 = mask} in host memory; entries are read with the ADI's
// interrupt PASID (siov_dma_rd client) into a cache of CacheEntries entries, invalidated per ADI
// by command; a masked table entry is not sent; a failed read is reported (SWERR 0x43).
// Messages are one-DW memory writes without PASID prefix (interrupts are never PASID-tagged).
// Throughput: one request every few cycles; a cache miss costs one read round trip.
module siov_ims #(
  parameter int unsigned NumIms       = 2048,
  parameter int unsigned NumReq       = 4,     // requesters (engines)
  parameter int unsigned CacheEntries = 8,
  localparam int unsigned HW          = $clog2(NumIms),
  localparam int unsigned AdiW        = siov_adi_pkg::MaxAdiW
) (
  input  logic                       clk_i,
  input  logic                       rst_ni,          // function reset
  input  siov_cfg_pkg::cfg_state_t   cfg_i,
  // BAR0 window: DW index within the table (entry * 4 + field), and within the PBA.
  input  logic                       tbl_we_i,
  input  logic [HW+1:0]              tbl_dw_i,
  input  logic [3:0]                 tbl_be_i,
  input  logic [31:0]                tbl_wdata_i,
  output logic [31:0]                tbl_rdata_o,
  input  logic [HW-6:0]              pba_dw_i,
  output logic [31:0]                pba_rdata_o,
  // Ownership queries (one per requester).
  input  logic [NumReq*16-1:0]       own_handle_i,
  output logic [NumReq-1:0]          own_bound_o,
  output logic [NumReq*AdiW-1:0]     own_adi_o,
  // Handle management (commands).
  input  logic                       alloc_i,         // bind a free entry to alloc_adi_i
  input  logic [AdiW-1:0]            alloc_adi_i,
  input  logic                       release_i,       // unbind release_handle_i
  input  logic [15:0]                release_handle_i,
  input  logic                       release_adi_i,   // unbind every entry of release_adi_adi_i
  input  logic                       release_all_i,   // unbind every entry
  input  logic [AdiW-1:0]            release_adi_adi_i,
  input  logic                       inval_i,         // drop cached table entries of inval_adi_i
  input  logic [AdiW-1:0]            inval_adi_i,
  output logic                       cmd_done_o,      // one cycle: the operation above finished
  output logic                       cmd_ok_o,        // alloc: an entry was found
  output logic [15:0]                cmd_handle_o,
  // Interrupt requests (flat, requester 0 lowest).
  input  logic [NumReq-1:0]          irq_valid_i,
  output logic [NumReq-1:0]          irq_ready_o,
  input  logic [NumReq*AdiW-1:0]     irq_adi_i,
  input  logic [NumReq*16-1:0]       irq_handle_i,
  input  logic [NumReq-1:0]          irq_table_i,
  input  logic [NumReq*64-1:0]       irq_itbl_base_i,
  input  logic [NumReq*siov_adi_pkg::PasidW-1:0] irq_pasid_i,
  // Table reads (siov_dma_rd client with a two-line buffer).
  output logic                       rd_valid_o,
  input  logic                       rd_ready_i,
  output logic [63:0]                rd_addr_o,
  output logic [12:0]                rd_len_o,         // 16
  output logic [6:0]                 rd_buf_o,         // the entry's offset in the buffer
  output logic [31:0]                rd_prfx_o,
  output logic                       rd_prfx_vld_o,
  input  logic                       rd_done_i,
  input  logic [2:0]                 rd_status_i,
  input  logic                       buf_we_i,
  input  logic                       buf_line_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]   buf_data_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] buf_be_i,
  // A request in progress (for abort / reset: the ADI's interrupts are generated when no
  // request of it is left here).
  output logic                       busy_o,
  output logic [AdiW-1:0]            busy_adi_o,
  // Table read failure (SWERR 0x43).
  output logic                       fault_o,
  output logic [AdiW-1:0]            fault_adi_o,
  output logic [63:0]                fault_addr_o,
  // Messages to the link.
  output logic                       tx_valid_o,
  input  logic                       tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t    tx_o
);

  localparam int unsigned W    = siov_tlp_pkg::TlpDataW;
  localparam int unsigned RW   = (NumReq > 1) ? $clog2(NumReq) : 1;
  localparam int unsigned CW   = $clog2(CacheEntries);

  if ((NumIms & (NumIms - 1)) != 0 || NumIms < 64) begin : g_ims_check
    $fatal(1, "siov_ims: NumIms must be a power of two, at least 64");
  end

  // ---------------------------------------------------------------------------------------
  // Entry storage
  // ---------------------------------------------------------------------------------------
  logic [31:0]       addr_lo_q [NumIms];
  logic [31:0]       addr_hi_q [NumIms];
  logic [31:0]       data_q    [NumIms];
  // Per-entry control in one RAM word {owner, pending, bound, mask}, one write per cycle (see
  // the write port below); cleared entry by entry after reset (init_q).
  localparam int unsigned MetaW = AdiW + 3;
  logic [MetaW-1:0]  meta_q    [NumIms];
  logic [HW:0]       init_q;           // entries still to clear (NumIms .. 0)
  logic              init;
  assign init = (init_q != '0);

  localparam int unsigned MMask  = 0;   // bits of a meta word
  localparam int unsigned MBound = 1;
  localparam int unsigned MPend  = 2;

  logic [HW-1:0] t_ent;
  logic [1:0]    t_fld;
  assign t_ent = tbl_dw_i[HW+1:2];
  assign t_fld = tbl_dw_i[1:0];

  always_comb begin
    unique case (t_fld)
      2'd0:    tbl_rdata_o = addr_lo_q[t_ent];
      2'd1:    tbl_rdata_o = addr_hi_q[t_ent];
      2'd2:    tbl_rdata_o = data_q[t_ent];
      default: begin
        logic [MetaW-1:0] m;
        m = meta_q[t_ent];
        tbl_rdata_o = {16'(m[MetaW-1:3]) & {16{m[MBound]}}, 14'h0, m[MBound], m[MMask]};
      end
    endcase
  end
  always_comb begin
    pba_rdata_o = 32'h0;
    for (int i = 0; i < 32; i++) begin
      logic [MetaW-1:0] m;
      m = meta_q[{pba_dw_i, 5'(i)}];
      pba_rdata_o[i] = m[MPend];
    end
  end

  for (genvar r = 0; r < NumReq; r++) begin : g_own
    logic [15:0]      h;
    logic [MetaW-1:0] m;
    assign h = own_handle_i[r*16 +: 16];
    assign m = meta_q[HW'(h)];
    assign own_bound_o[r] = (32'(h) < 32'(NumIms)) && m[MBound] && !init;
    assign own_adi_o[r*AdiW +: AdiW] = m[MetaW-1:3];
  end

  // ---------------------------------------------------------------------------------------
  // Handle management: scans over the table
  // ---------------------------------------------------------------------------------------
  typedef enum logic [2:0] {
    HmIdle = 3'd0, HmAlloc = 3'd1, HmRelAdi = 3'd2, HmRelAll = 3'd3, HmRelOne = 3'd4,
    HmDone = 3'd5
  } hm_e;
  hm_e           hm_q;
  logic [HW:0]   hm_idx_q;         // entries visited by the scan
  logic [HW-1:0] hm_next_q;        // alloc: where the next scan starts (next fit)
  logic [HW-1:0] hm_pos;           // the entry the scan is at
  logic [AdiW-1:0] hm_adi_q;
  logic          hm_ok_q;
  logic [HW-1:0] hm_handle_q;

  assign cmd_done_o   = (hm_q == HmDone) || (inval_i && hm_q == HmIdle);
  assign cmd_ok_o     = hm_ok_q || inval_i;
  assign cmd_handle_o = 16'(hm_handle_q);

  // ---------------------------------------------------------------------------------------
  // Requests
  // ---------------------------------------------------------------------------------------
  typedef enum logic [2:0] {
    RqIdle = 3'd0, RqLookup = 3'd1, RqFetch = 3'd2, RqWait = 3'd3, RqParse = 3'd4, RqSend = 3'd5
  } rq_e;
  rq_e           rq_q;
  logic [RW-1:0] rq_src_q;
  logic [AdiW-1:0] rq_adi_q;
  logic [15:0]   rq_handle_q;
  logic          rq_table_q;
  logic [63:0]   rq_base_q;
  logic [21:0]   rq_pasid_q;
  logic [63:2]   msg_addr_q;
  logic [31:0]   msg_data_q;
  logic          msg_mask_q;

  logic          pick_vld;
  logic [RW-1:0] pick;
  siov_rr_arb #(.NumReq(NumReq)) u_arb (
    .clk_i,
    .rst_ni,
    .req_i     (irq_valid_i),
    .advance_i (rq_q == RqIdle && pick_vld),
    .valid_o   (pick_vld),
    .idx_o     (pick)
  );
  always_comb begin
    irq_ready_o = '0;
    irq_ready_o[pick] = (rq_q == RqIdle) && pick_vld;
  end

  // Table-entry cache: {valid, adi, index} -> {address, data, mask}.
  logic [CacheEntries-1:0] c_vld_q;
  logic [AdiW-1:0]  c_adi_q   [CacheEntries];
  logic [15:0]      c_idx_q   [CacheEntries];
  logic [63:0]      c_addr_q  [CacheEntries];
  logic [31:0]      c_data_q  [CacheEntries];
  logic [CacheEntries-1:0] c_mask_q;
  logic [CW-1:0]    c_next_q;       // replacement: round robin
  logic             c_hit;
  logic [CW-1:0]    c_hit_idx;
  always_comb begin
    c_hit = 1'b0;
    c_hit_idx = '0;
    for (int i = 0; i < CacheEntries; i++) begin
      if (c_vld_q[i] && c_adi_q[i] == rq_adi_q && c_idx_q[i] == rq_handle_q) begin
        c_hit = 1'b1;
        c_hit_idx = CW'(i);
      end
    end
  end

  // Table read: the 16-byte entry lands at its offset in a two-line buffer.
  logic [63:0] ent_addr;
  assign ent_addr = rq_base_q + {44'h0, rq_handle_q, 4'h0};
  assign rd_valid_o    = (rq_q == RqFetch);
  assign rd_addr_o     = ent_addr;
  assign rd_len_o      = 13'd16;
  assign rd_buf_o      = {1'b0, ent_addr[5:0]};
  assign rd_prfx_vld_o = rq_pasid_q[21];
  assign rd_prfx_o     = siov_tlp_pkg::pasid_prefix(rq_pasid_q[19:0],
                                                    rq_pasid_q[20] && cfg_i.pasid_priv_en, 1'b0);
  // The two buffer lines the entry is read into.
  logic [2*W-1:0] ebuf;
  siov_dma_pair u_ebuf (
    .clk_i,
    .we_i    (buf_we_i),
    .line_i  (buf_line_i),
    .data_i  (buf_data_i),
    .be_i    (buf_be_i),
    .lines_o (ebuf)
  );
  logic [127:0] ent;
  assign ent = ebuf[{1'b0, ent_addr[5:4], 7'h0} +: 128];

  assign busy_o     = (rq_q != RqIdle);
  assign busy_adi_o = rq_adi_q;

  assign fault_o      = (rq_q == RqWait) && rd_done_i && (rd_status_i != siov_dma_pkg::DmaOk);
  assign fault_adi_o  = rq_adi_q;
  assign fault_addr_o = ent_addr;

  // ---------------------------------------------------------------------------------------
  // Message output and the pending-bit scanner
  // ---------------------------------------------------------------------------------------
  logic          tx_vld_q;
  siov_tlp_pkg::tlp_beat_t tx_q;
  logic [HW-1:0] scan_q;
  logic          can_send;
  logic          out_free;
  logic          scan_send;
  logic          rq_send;
  logic          wp_busy;

  logic [MetaW-1:0] scan_m;
  assign scan_m    = meta_q[scan_q];
  assign can_send  = cfg_i.bus_master_en;
  assign out_free  = !tx_vld_q || tx_ready_i;
  assign rq_send   = (rq_q == RqSend) && out_free && can_send && !msg_mask_q;
  // The scanner sends a pending entry only when it can clear the pending bit in the same cycle
  // (the meta write port is free), so a message is never sent twice.
  assign scan_send = !rq_send && out_free && can_send && !init && scan_m[MPend] &&
                     !scan_m[MMask] && scan_m[MBound] && !wp_busy;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      tx_vld_q <= 1'b0;
      tx_q     <= '0;
      scan_q   <= '0;
    end else begin
      scan_q <= scan_q + HW'(1);
      if (rq_send || scan_send) begin
        logic [63:2] a;
        logic [31:0] d;
        a = rq_send ? msg_addr_q : {addr_hi_q[scan_q], addr_lo_q[scan_q][31:2]};
        d = rq_send ? msg_data_q : data_q[scan_q];
        tx_vld_q  <= 1'b1;
        tx_q      <= '0;
        tx_q.hdr  <= siov_tlp_pkg::mem_hdr(1'b1, a, 10'd1, cfg_i.dev_id, 10'd0, 4'hf, 4'h0,
                                           3'b000);
        tx_q.data <= {{(W - 32){1'b0}}, d};
        tx_q.strb <= {{(siov_tlp_pkg::TlpDws - 1){1'b0}}, 1'b1};
        tx_q.sop  <= 1'b1;
        tx_q.eop  <= 1'b1;
      end else if (tx_ready_i) begin
        tx_vld_q <= 1'b0;
      end
    end
  end
  assign tx_valid_o = tx_vld_q;
  assign tx_o       = tx_q;

  // ---------------------------------------------------------------------------------------
  // The meta write port: one write per cycle, by priority: clearing after reset, BAR0 mask
  // write, handle management, a request that must leave its message pending, the scanner
  // clearing the pending bit of what it sends.
  // ---------------------------------------------------------------------------------------
  logic             bar_mask_wr;
  logic [MetaW-1:0] hm_m, rq_m;
  logic             hm_want, rq_want;
  logic [HW-1:0]    hm_widx, rq_widx;
  logic [MetaW-1:0] hm_wdata, rq_wdata;
  logic             hm_gnt, rq_gnt;
  logic             wp_en;
  logic [HW-1:0]    wp_idx;
  logic [MetaW-1:0] wp_data;

  assign bar_mask_wr = tbl_we_i && t_fld == 2'd3 && tbl_be_i[0];
  assign hm_pos = (hm_q == HmAlloc) ? hm_next_q + hm_idx_q[HW-1:0] : hm_idx_q[HW-1:0];
  assign hm_m   = meta_q[hm_pos];
  assign rq_m = meta_q[HW'(rq_handle_q)];

  // Handle management writes.
  always_comb begin
    hm_want  = 1'b0;
    hm_widx  = hm_pos;
    hm_wdata = hm_m;
    unique case (hm_q)
      HmAlloc: begin
        hm_want  = (hm_idx_q != (HW + 1)'(NumIms)) && !hm_m[MBound];
        hm_wdata = {hm_adi_q, 3'b011};            // bound, masked, not pending
      end
      HmRelAdi, HmRelAll: begin
        hm_want  = (hm_idx_q != (HW + 1)'(NumIms)) && hm_m[MBound] &&
                   (hm_q == HmRelAll || hm_m[MetaW-1:3] == hm_adi_q);
        hm_wdata = {hm_m[MetaW-1:3], 3'b001};     // unbound, masked, not pending
      end
      HmRelOne: begin
        hm_want  = 1'b1;
        hm_wdata = {hm_m[MetaW-1:3], 3'b001};
      end
      default: ;
    endcase
  end

  // A request whose message must wait (masked entry, or no bus mastering).
  always_comb begin
    rq_want  = !rq_table_q &&
               (((rq_q == RqLookup) && (rq_m[MMask] || !can_send)) ||
                ((rq_q == RqSend) && !msg_mask_q && !can_send));
    rq_widx  = HW'(rq_handle_q);
    rq_wdata = rq_m | MetaW'(4);                   // pending
  end

  // A write other than the scanner's this cycle.
  assign wp_busy = init || bar_mask_wr || hm_want || rq_want;

  always_comb begin
    wp_en   = 1'b0;
    wp_idx  = '0;
    wp_data = '0;
    hm_gnt  = 1'b0;
    rq_gnt  = 1'b0;
    if (init) begin
      wp_en   = 1'b1;
      wp_idx  = HW'(init_q - (HW + 1)'(1));
      wp_data = MetaW'(1);                         // unbound, masked
    end else if (bar_mask_wr) begin
      wp_en   = 1'b1;
      wp_idx  = t_ent;
      wp_data = {meta_q[t_ent][MetaW-1:1], tbl_wdata_i[0]};
    end else if (hm_want) begin
      wp_en   = 1'b1;
      wp_idx  = hm_widx;
      wp_data = hm_wdata;
      hm_gnt  = 1'b1;
    end else if (rq_want) begin
      wp_en   = 1'b1;
      wp_idx  = rq_widx;
      wp_data = rq_wdata;
      rq_gnt  = 1'b1;
    end
    if (scan_send) begin
      wp_en   = 1'b1;
      wp_idx  = scan_q;
      wp_data = scan_m & ~MetaW'(4);               // no longer pending
    end
  end

  always_ff @(posedge clk_i) begin
    if (wp_en) begin
      meta_q[wp_idx] <= wp_data;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Control: handle management and requests
  // ---------------------------------------------------------------------------------------
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      init_q      <= (HW + 1)'(NumIms);
      hm_q        <= HmIdle;
      hm_idx_q    <= '0;
      hm_next_q   <= '0;
      hm_adi_q    <= '0;
      hm_ok_q     <= 1'b0;
      hm_handle_q <= '0;
      rq_q        <= RqIdle;
      rq_src_q    <= '0;
      rq_adi_q    <= '0;
      rq_handle_q <= '0;
      rq_table_q  <= 1'b0;
      rq_base_q   <= '0;
      rq_pasid_q  <= '0;
      msg_addr_q  <= '0;
      msg_data_q  <= '0;
      msg_mask_q  <= 1'b0;
      c_vld_q     <= '0;
      c_mask_q    <= '0;
      c_next_q    <= '0;
    end else begin
      if (init) begin
        init_q <= init_q - (HW + 1)'(1);
      end

      // Handle management (waits while another write has the meta port).
      unique case (hm_q)
        HmIdle: begin
          hm_ok_q  <= 1'b0;
          hm_idx_q <= '0;
          if (!init) begin
            if (alloc_i) begin
              hm_q     <= HmAlloc;
              hm_adi_q <= alloc_adi_i;
            end else if (release_adi_i) begin
              hm_q     <= HmRelAdi;
              hm_adi_q <= release_adi_adi_i;
            end else if (release_all_i) begin
              hm_q <= HmRelAll;
            end else if (release_i) begin
              if (32'(release_handle_i) < 32'(NumIms)) begin
                hm_q     <= HmRelOne;
                hm_idx_q <= (HW + 1)'(release_handle_i);
              end else begin
                hm_q <= HmDone;
              end
            end
          end
        end
        HmAlloc: begin
          if (hm_idx_q == (HW + 1)'(NumIms)) begin
            hm_q <= HmDone;            // none free
          end else if (hm_want) begin
            if (hm_gnt) begin
              hm_handle_q <= hm_pos;
              hm_next_q   <= hm_pos + HW'(1);
              hm_ok_q     <= 1'b1;
              hm_q        <= HmDone;
            end
          end else begin
            hm_idx_q <= hm_idx_q + (HW + 1)'(1);
          end
        end
        HmRelAdi, HmRelAll: begin
          if (hm_idx_q == (HW + 1)'(NumIms)) begin
            hm_q    <= HmDone;
            hm_ok_q <= 1'b1;
          end else if (!hm_want || hm_gnt) begin
            hm_idx_q <= hm_idx_q + (HW + 1)'(1);
          end
        end
        HmRelOne: begin
          if (hm_gnt) begin
            hm_ok_q <= 1'b1;
            hm_q    <= HmDone;
          end
        end
        HmDone: hm_q <= HmIdle;
        default: hm_q <= HmIdle;
      endcase

      // Cache invalidation by ADI.
      if (inval_i) begin
        for (int i = 0; i < CacheEntries; i++) begin
          if (c_adi_q[i] == inval_adi_i) begin
            c_vld_q[i] <= 1'b0;
          end
        end
      end

      // Requests.
      unique case (rq_q)
        RqIdle: begin
          if (pick_vld && !init) begin
            rq_src_q    <= pick;
            rq_adi_q    <= irq_adi_i[pick*AdiW +: AdiW];
            rq_handle_q <= irq_handle_i[pick*16 +: 16];
            rq_table_q  <= irq_table_i[pick];
            rq_base_q   <= irq_itbl_base_i[pick*64 +: 64];
            rq_pasid_q  <= irq_pasid_i[pick*siov_adi_pkg::PasidW +: siov_adi_pkg::PasidW];
            rq_q        <= RqLookup;
          end
        end
        RqLookup: begin
          if (!rq_table_q) begin
            // IMS: masked (or no bus mastering): pending; else send.
            if (rq_want) begin
              if (rq_gnt) rq_q <= RqIdle;
            end else begin
              msg_addr_q <= {addr_hi_q[HW'(rq_handle_q)], addr_lo_q[HW'(rq_handle_q)][31:2]};
              msg_data_q <= data_q[HW'(rq_handle_q)];
              msg_mask_q <= 1'b0;
              rq_q       <= RqSend;
            end
          end else if (c_hit) begin
            msg_addr_q <= c_addr_q[c_hit_idx][63:2];
            msg_data_q <= c_data_q[c_hit_idx];
            msg_mask_q <= c_mask_q[c_hit_idx];
            rq_q       <= RqSend;
          end else begin
            rq_q <= RqFetch;
          end
        end
        RqFetch: if (rd_ready_i) rq_q <= RqWait;
        RqWait: begin
          if (rd_done_i) begin
            rq_q <= (rd_status_i == siov_dma_pkg::DmaOk) ? RqParse : RqIdle;
          end
        end
        RqParse: begin
          msg_addr_q          <= {ent[63:32], ent[31:2]};
          msg_data_q          <= ent[95:64];
          msg_mask_q          <= ent[96];
          c_vld_q[c_next_q]   <= 1'b1;
          c_mask_q[c_next_q]  <= ent[96];
          c_next_q            <= c_next_q + CW'(1);
          rq_q                <= RqSend;
        end
        RqSend: begin
          // A masked table entry is not sent; without bus mastering an IMS message waits as
          // pending (a table message is dropped: the table has no pending bits).
          if (msg_mask_q) begin
            rq_q <= RqIdle;
          end else if (!can_send) begin
            if (!rq_table_q) begin
              if (rq_gnt) rq_q <= RqIdle;
            end else begin
              rq_q <= RqIdle;
            end
          end else if (out_free) begin
            rq_q <= RqIdle;
          end
        end
        default: rq_q <= RqIdle;
      endcase
    end
  end

  // Storage without reset (address / data / owner; cache payload).
  always_ff @(posedge clk_i) begin
    if (tbl_we_i) begin
      unique case (t_fld)
        2'd0: addr_lo_q[t_ent] <= siov_tlp_pkg::be_merge(addr_lo_q[t_ent], tbl_wdata_i, tbl_be_i,
                                                         32'hffff_fffc);
        2'd1: addr_hi_q[t_ent] <= siov_tlp_pkg::be_merge(addr_hi_q[t_ent], tbl_wdata_i, tbl_be_i,
                                                         '1);
        2'd2: data_q[t_ent]    <= siov_tlp_pkg::be_merge(data_q[t_ent], tbl_wdata_i, tbl_be_i, '1);
        default: ;
      endcase
    end
    if (rq_q == RqParse) begin
      c_adi_q[c_next_q]  <= rq_adi_q;
      c_idx_q[c_next_q]  <= rq_handle_q;
      c_addr_q[c_next_q] <= {ent[63:32], ent[31:2], 2'b00};
      c_data_q[c_next_q] <= ent[95:64];
    end
  end

  logic unused;
  assign unused = ^{cfg_i, rq_src_q, ent[127:97], ent[1:0], tbl_be_i[3:1]};

endmodule
