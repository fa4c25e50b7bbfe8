// siov_dma_rd: DMA read engine (host memory -> client buffers), shared by NumClients clients.
//
// Each client (an engine, the descriptor fetcher, the self-test channel, ...) gives read
// operations {host address, length, buffer address, PASID prefix}; the engine
//  - splits each into MRd TLPs: at most Max_Read_Request_Size, never across a 4 KiB boundary,
//    and ending on a Read Completion Boundary so that every request after the first of an
//    operation starts RCB-aligned (PCIe 2.2.7, 2.3.1.1); every TLP of an operation carries the
//    operation's PASID prefix, if any;
//  - interleaves the clients TLP by TLP with a weighted round robin (weight_i: a client may send
//    `weight` requests in a row), so a long operation never holds the others back for longer
//    than its weight in requests;
//  - allocates tags from one table of NumTags entries shared by all clients: 32 tags without
//    Extended Tag, 256 with it, 10-bit tags (T9:T8 != 00) when the 10-Bit Tag Requester Enable
//    is set;
//  - keeps the completions it asks for within a header / data credit budget (CplhLimit,
//    CpldLimit) so the receive side never has to hold more than it can;
//  - writes every completion straight into its client's buffer at the place its tag and Byte
//    Count give, in whatever order completions arrive (no reorder buffer, no stall);
//  - reports each operation's status to its client, in the client's order, once all its
//    completions are in.
// Read completions with UR/CA/poison end the operation with that status; a request without its
// completions for TimeoutCycles ends it with a timeout. Such tags are quarantined (not reused)
// until their completions arrive or a second timeout passes, so a late completion can never
// land in a newer request's buffer; the same holds for reads in flight when a client aborts
// (abort_i: its queued operations are dropped and its outstanding reads abandoned, in one cycle)
// and at a Function Level Reset (func_rst_ni), whose completions are discarded silently (PCIe
// 6.6.2).
//
// Buffer write port: a completion beat may straddle two buffer lines, so the port writes two
// consecutive lines (buf_line_o and buf_line_o + 1) with byte enables into the buffer of the
// client buf_we_o names (siov_dma_buf takes that in one cycle).
// Constraint: op_buf[1:0] == op_addr[1:0] (host DW boundaries are buffer DW boundaries).
// Throughput: one MRd per cycle, one completion beat per cycle.
module siov_dma_rd #(
  parameter int unsigned NumClients    = 1,
  parameter int unsigned NumTags       = 256,
  parameter int unsigned OpSlots       = 4,
  parameter int unsigned BufAddrW      = 13,
  parameter int unsigned LenW          = 13,
  parameter int unsigned CplhLimit     = 256,
  parameter int unsigned CpldLimit     = 1792,
  // Completion timeout in cycles (65536: 262 us at 250 MHz, inside PCIe's default 50 us - 50 ms).
  parameter int unsigned TimeoutCycles = 65536,
  localparam int unsigned C            = NumClients,
  localparam int unsigned LineW        = BufAddrW - siov_tlp_pkg::TlpBeatBytesLog2
) (
  input  logic                                    clk_i,
  input  logic                                    rst_ni,
  input  logic                                    func_rst_ni,
  input  logic                                    flr_i,        // FLR starts (data, 1 cycle)
  input  siov_cfg_pkg::cfg_state_t                cfg_i,
  // Operations, one port per client (flat vectors, client 0 lowest).
  input  logic [C-1:0]                            op_valid_i,
  output logic [C-1:0]                            op_ready_o,
  input  logic [C*64-1:0]                         op_addr_i,
  input  logic [C*LenW-1:0]                       op_len_i,     // bytes, >= 1
  input  logic [C*BufAddrW-1:0]                   op_buf_i,
  input  logic [C-1:0]                            op_prfx_vld_i,
  input  logic [C*32-1:0]                         op_prfx_i,
  output logic [C-1:0]                            done_valid_o,
  input  logic [C-1:0]                            done_ready_i,
  output logic [C*3-1:0]                          done_status_o,
  input  logic [C-1:0]                            abort_i,
  input  logic [C*8-1:0]                          weight_i,
  // Requests to the link.
  output logic                                    tx_valid_o,
  input  logic                                    tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t                 tx_o,
  // Completions from the link.
  input  logic                                    cpl_valid_i,
  output logic                                    cpl_ready_o,
  input  siov_tlp_pkg::tlp_beat_t                 cpl_i,
  // Client buffers, two-line write (shared data, one write enable per client).
  output logic [C-1:0]                            buf_we_o,
  output logic [LineW-1:0]                        buf_line_o,
  output logic [2*siov_tlp_pkg::TlpDataW-1:0]     buf_data_o,
  output logic [2*siov_tlp_pkg::TlpDataW/8-1:0]   buf_be_o,
  // Status.
  output logic                                    pending_o,    // reads outstanding
  output siov_cfg_pkg::cfg_err_t                  err_o
);

  localparam int unsigned W        = siov_tlp_pkg::TlpDataW;
  localparam int unsigned Dws      = siov_tlp_pkg::TlpDws;
  localparam int unsigned BeatB    = W / 8;                          // bytes per beat
  localparam int unsigned BeatLog2 = siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned TagW     = $clog2(NumTags);
  localparam int unsigned SlotW    = (OpSlots > 1) ? $clog2(OpSlots) : 1;
  localparam int unsigned CW       = (C > 1) ? $clog2(C) : 1;        // client index width
  localparam int unsigned CntW     = 12;                             // TLPs in flight per op
  localparam int unsigned NS       = C * OpSlots;                    // op slots, all clients
  localparam int unsigned NSW      = (NS > 1) ? $clog2(NS) : 1;      // op slot index width

  if (NumTags < 32 || NumTags > 768) begin : g_tags_check
    $fatal(1, "siov_dma_rd: NumTags must be 32..768");
  end
  if ((OpSlots & (OpSlots - 1)) != 0) begin : g_slots_check
    $fatal(1, "siov_dma_rd: OpSlots must be a power of 2");
  end
  if (BufAddrW <= BeatLog2 + 1) begin : g_buf_check
    $fatal(1, "siov_dma_rd: the buffer must hold at least two beats");
  end

  // ---------------------------------------------------------------------------------------
  // Per-client state (flat vectors indexed by client; function reset domain)
  // ---------------------------------------------------------------------------------------
  // Operation rings: OpSlots per client, allocated at the tail, retired in order at the head.
  logic [NS-1:0]         slot_used_q, slot_issuing_q;
  logic [NS*CntW-1:0]    slot_cnt_q;     // requests in flight, per slot
  logic [NS*3-1:0]       slot_st_q;      // status, per slot
  logic [C*SlotW-1:0]    head_q, tail_q;
  // The operation each client is splitting into requests.
  logic [C-1:0]          cur_vld_q;
  logic [C*64-1:0]       cur_addr_q;
  logic [C*LenW-1:0]     cur_rem_q;
  logic [C*BufAddrW-1:0] cur_buf_q;
  logic [C-1:0]          cur_prfx_vld_q;
  logic [C*32-1:0]       cur_prfx_q;
  logic [C*SlotW-1:0]    cur_slot_q;

  // Slot number across all clients.
  function automatic logic [NSW-1:0] slot_of(input logic [CW-1:0] cli, input logic [SlotW-1:0] s);
    slot_of = NSW'(cli) * NSW'(OpSlots) + NSW'(s);
  endfunction

  for (genvar c = 0; c < C; c++) begin : g_ready
    assign op_ready_o[c] = !cur_vld_q[c] &&
                           !slot_used_q[slot_of(CW'(c), tail_q[c*SlotW +: SlotW])] &&
                           !abort_i[c];
  end

  // ---------------------------------------------------------------------------------------
  // Tag table (fundamental reset domain for what must survive an FLR)
  // ---------------------------------------------------------------------------------------
  logic [NumTags-1:0]  tag_act_q;     // a request with this tag is outstanding
  logic [NumTags-1:0]  tag_orph_q;    // ... but nobody waits for it any more (quarantined)
  logic [BufAddrW-1:0] tag_buf_q  [NumTags];
  logic [12:0]         tag_len_q  [NumTags];
  logic [CW-1:0]       tag_cli_q  [NumTags];
  logic [SlotW-1:0]    tag_slot_q [NumTags];
  logic [8:0]          tag_cplh_q [NumTags];
  logic [8:0]          tag_cpld_q [NumTags];
  logic [31:0]         tag_time_q [NumTags];
  logic [31:0]         now_q;
  logic [15:0]         cplh_used_q, cpld_used_q;

  // Usable tags in the current configuration.
  logic [NumTags-1:0] tag_allowed;
  always_comb begin
    for (int i = 0; i < NumTags; i++) begin
      tag_allowed[i] = cfg_i.tag10_en || (cfg_i.ext_tag_en ? (i < 256) : (i < 32));
    end
  end

  logic             free_vld;
  logic [TagW-1:0]  free_idx;
  always_comb begin
    free_vld = 1'b0;
    free_idx = '0;
    for (int i = NumTags - 1; i >= 0; i--) begin
      if (!tag_act_q[i] && tag_allowed[i]) begin
        free_vld = 1'b1;
        free_idx = TagW'(i);
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Choosing the client whose next request goes out
  // ---------------------------------------------------------------------------------------
  logic [C-1:0] cli_abort;      // the client's operation cannot go on (BME / PASID off)
  logic [C-1:0] cli_ready;      // the client has a request to send
  for (genvar c = 0; c < C; c++) begin : g_cli
    assign cli_abort[c] = cur_vld_q[c] && !abort_i[c] &&
                          (!cfg_i.bus_master_en || (cur_prfx_vld_q[c] && !cfg_i.pasid_en));
    assign cli_ready[c] = cur_vld_q[c] && !abort_i[c] && !cli_abort[c];
  end

  logic          sel_vld;
  logic [CW-1:0] sel;
  logic          issue;

  siov_wrr_arb #(.NumReq(C), .WeightW(8)) u_arb (
    .clk_i,
    .rst_ni    (func_rst_ni),
    .req_i     (cli_ready),
    .weight_i,
    .advance_i (issue),
    .valid_o   (sel_vld),
    .idx_o     (sel)
  );

  // The selected client's operation.
  logic [63:0]         s_addr;
  logic [LenW-1:0]     s_rem;
  logic [BufAddrW-1:0] s_buf;
  logic                s_prfx_vld;
  logic [31:0]         s_prfx;
  logic [SlotW-1:0]    s_slot;
  assign s_addr     = cur_addr_q[sel*64 +: 64];
  assign s_rem      = cur_rem_q[sel*LenW +: LenW];
  assign s_buf      = cur_buf_q[sel*BufAddrW +: BufAddrW];
  assign s_prfx_vld = cur_prfx_vld_q[sel];
  assign s_prfx     = cur_prfx_q[sel*32 +: 32];
  assign s_slot     = cur_slot_q[sel*SlotW +: SlotW];

  // ---------------------------------------------------------------------------------------
  // Request sizing
  // ---------------------------------------------------------------------------------------
  logic [12:0] mrrs_bytes, to_4k, to_mrrs, size;
  logic [6:0]  rcb_mask;
  logic [10:0] len_dw;
  logic [3:0]  first_be, last_be;
  logic [8:0]  need_cplh, need_cpld;
  logic [13:0] rcb_span;
  logic        credits_ok;
  logic        last_req;       // the request finishes the selected client's operation

  assign mrrs_bytes = 13'd128 << cfg_i.max_read_req;
  assign rcb_mask   = cfg_i.rcb128 ? 7'h7f : 7'h3f;
  assign to_4k      = 13'h1000 - {1'b0, s_addr[11:0]};
  assign to_mrrs    = mrrs_bytes - {6'h0, s_addr[6:0] & rcb_mask};

  always_comb begin
    size = to_4k;
    if (to_mrrs < size) size = to_mrrs;
    if ({{(32-LenW){1'b0}}, s_rem} < {19'h0, size}) size = 13'(s_rem);
  end
  assign last_req = ({{(32-LenW){1'b0}}, s_rem} == {19'h0, size});

  assign {len_dw, last_be, first_be} = siov_tlp_pkg::req_span(s_addr[1:0], size);

  // Completions this request may take: one per RCB block it touches; data in 16-byte credits,
  // one per 16-byte-aligned block its DWs touch. That is the most any split can cost: the
  // completer may split at every RCB boundary (16-byte aligned), and each completion counts its
  // own DWs rounded up to 4 (PCIe 2.6.1.1), so an unaligned request split in two costs one
  // credit more than its length rounded up.
  assign rcb_span  = {7'h0, s_addr[6:0] & rcb_mask} + {1'b0, size} + {7'h0, rcb_mask};
  assign need_cplh = cfg_i.rcb128 ? 9'(rcb_span >> 7) : 9'(rcb_span >> 6);
  assign need_cpld = 9'(({9'h0, s_addr[3:2]} + len_dw + 11'd3) >> 2);
  assign credits_ok = ({7'h0, need_cplh} + cplh_used_q <= 16'(CplhLimit)) &&
                      ({7'h0, need_cpld} + cpld_used_q <= 16'(CpldLimit));

  logic tx_vld_q;
  siov_tlp_pkg::tlp_beat_t tx_q;
  assign issue = sel_vld && free_vld && credits_ok && (!tx_vld_q || tx_ready_i);

  logic [9:0] tag_val;
  assign tag_val = cfg_i.tag10_en ? 10'(free_idx) + 10'h100 : 10'(free_idx);

  always_ff @(posedge clk_i or negedge func_rst_ni) begin
    if (!func_rst_ni) begin
      tx_vld_q <= 1'b0;
      tx_q     <= '0;
    end else if (issue) begin
      tx_vld_q      <= 1'b1;
      tx_q          <= '0;
      tx_q.hdr      <= siov_tlp_pkg::mem_hdr(1'b0, s_addr[63:2], len_dw[9:0], cfg_i.dev_id,
                                             tag_val, first_be, last_be,
                                             {1'b0, cfg_i.relaxed_en, cfg_i.no_snoop_en});
      tx_q.prfx_vld <= s_prfx_vld;
      tx_q.prfx     <= s_prfx_vld ? s_prfx : 32'h0;
      tx_q.sop      <= 1'b1;
      tx_q.eop      <= 1'b1;
    end else if (tx_ready_i) begin
      tx_vld_q <= 1'b0;
    end
  end
  assign tx_valid_o = tx_vld_q;
  assign tx_o       = tx_q;

  // ---------------------------------------------------------------------------------------
  // Completion intake
  // ---------------------------------------------------------------------------------------
  siov_tlp_pkg::tlp_dw0_t       c_dw0;
  siov_tlp_pkg::tlp_cpl_dw1_t   c_dw1;
  siov_tlp_pkg::tlp_cpl_dw2_t   c_dw2;
  assign c_dw0 = cpl_i.hdr[127:96];
  assign c_dw1 = cpl_i.hdr[95:64];
  assign c_dw2 = cpl_i.hdr[63:32];

  logic [9:0]      c_tag;
  logic [9:0]      c_idx10;
  logic [TagW-1:0] c_idx;
  logic            c_idx_ok;
  logic [12:0]     c_bc;          // Byte Count (0 -> 4096)
  logic [12:0]     c_room;        // payload bytes from the first enabled byte
  logic [12:0]     c_nbytes;      // bytes this completion delivers
  logic            c_final;       // last completion of its request
  logic [BufAddrW-1:0] c_b;       // buffer address of its first byte
  logic            c_sc;

  assign c_tag    = {c_dw0.t9, c_dw0.t8, c_dw2.tag};
  assign c_idx10  = (c_tag >= 10'h100) ? (c_tag - 10'h100) : c_tag;
  assign c_idx    = TagW'(c_idx10);
  assign c_idx_ok = c_idx10 < 10'(NumTags);
  assign c_bc     = (c_dw1.byte_count == 12'd0) ? 13'd4096 : {1'b0, c_dw1.byte_count};
  assign c_sc     = (c_dw1.status == siov_tlp_pkg::CplSc) && !c_dw0.ep && c_dw0.fmt[1];
  assign c_room   = ((c_dw0.len == 10'd0) ? 13'd4096 : {1'b0, c_dw0.len, 2'b00}) -
                    {11'h0, c_dw2.lower_addr[1:0]};
  assign c_nbytes = (c_bc < c_room) ? c_bc : c_room;
  assign c_final  = !c_sc || (c_nbytes == c_bc);
  logic [12:0]     c_off;         // offset of its first byte in the request
  assign c_off    = tag_len_q[c_idx] - c_bc;
  assign c_b      = tag_buf_q[c_idx] + BufAddrW'(c_off);

  // Per-TLP state while the beats of a completion go by.
  logic                 in_cpl_q;
  logic                 cw_drop_q;    // discard the payload
  logic [BufAddrW-1:0]  cw_b_q;       // buffer address of the first byte
  logic [12:0]          cw_n_q;       // bytes delivered
  logic [BufAddrW+1:0]  cw_pos_q;     // buffer byte address of lane 0 of the current beat
  logic [CW-1:0]        cw_cli_q;

  // Intake is never stalled: the buffer write takes one beat per cycle.
  assign cpl_ready_o = 1'b1;

  logic         c_sop;
  logic         c_tag_live;   // the tag is outstanding and someone waits for it
  logic         c_unexp;
  assign c_sop      = cpl_valid_i && cpl_i.sop && !in_cpl_q;
  assign c_tag_live = c_idx_ok && tag_act_q[c_idx] && !tag_orph_q[c_idx];
  assign c_unexp    = c_sop && (!c_idx_ok || !tag_act_q[c_idx] ||
                                c_dw2.req_id != cfg_i.dev_id);

  // Buffer write of the current beat: payload DW lanes rotated into a two-line window.
  logic [BufAddrW+1:0] beat_pos;   // buffer byte address of payload lane 0 of this beat
  logic [BufAddrW-1:0] beat_b;
  logic [12:0]         beat_n;
  logic                beat_drop;
  logic [CW-1:0]       beat_cli;
  logic [3:0]          rot;        // DW rotation inside the window
  logic [2*W-1:0]      win_data;
  logic [2*BeatB-1:0]  win_be;
  logic [2*Dws-1:0]    win_strb;
  logic [BufAddrW+1:0] win_base;   // buffer byte address of window byte 0

  always_comb begin
    if (c_sop) begin
      beat_b    = c_b;
      beat_n    = c_nbytes;
      beat_drop = !(c_tag_live && !c_unexp && c_sc);
      beat_pos  = {2'b00, c_b[BufAddrW-1:2], 2'b00};
      beat_cli  = tag_cli_q[c_idx];
    end else begin
      beat_b    = cw_b_q;
      beat_n    = cw_n_q;
      beat_drop = cw_drop_q;
      beat_pos  = cw_pos_q;
      beat_cli  = cw_cli_q;
    end
    rot      = 4'(beat_pos[BeatLog2-1:2]);
    win_base = {beat_pos[BufAddrW+1:BeatLog2], {BeatLog2{1'b0}}};
    win_data = {{W{1'b0}}, cpl_i.data} << (32 * rot);
    win_strb = {{Dws{1'b0}}, cpl_i.strb} << rot;
    for (int i = 0; i < 2 * BeatB; i++) begin
      logic [BufAddrW+2:0] a;
      a = {1'b0, win_base} + (BufAddrW + 3)'(i);
      win_be[i] = (a >= {3'b000, beat_b}) && (a < {3'b000, beat_b} + (BufAddrW + 3)'(beat_n)) &&
                  win_strb[i / 4];
    end
  end

  logic beat_we;
  assign beat_we = cpl_valid_i && !beat_drop && (in_cpl_q || cpl_i.sop);
  always_comb begin
    buf_we_o           = '0;
    buf_we_o[beat_cli] = beat_we;
  end
  assign buf_line_o = LineW'(win_base >> BeatLog2);
  assign buf_data_o = win_data;
  assign buf_be_o   = win_be;

  // End of a completion TLP: free the tag when it was the request's last completion.
  logic             c_done;       // eop of a completion whose tag state must change
  logic [TagW-1:0]  c_done_idx;
  logic             c_done_final;
  logic             c_done_live;  // the request belonged to an operation that still waits
  logic [2:0]       c_done_st;    // status to record for the operation
  logic [TagW-1:0]  cw_idx_q;
  logic             cw_final_q, cw_live_q, cw_valid_q;
  logic [2:0]       cw_st_q;

  logic [2:0] c_st;
  always_comb begin
    c_st = siov_dma_pkg::DmaOk;
    if (c_dw1.status == siov_tlp_pkg::CplCa) begin
      c_st = siov_dma_pkg::DmaRdCa;
    end else if (c_dw1.status != siov_tlp_pkg::CplSc) begin
      c_st = siov_dma_pkg::DmaRdUr;
    end else if (c_dw0.ep) begin
      c_st = siov_dma_pkg::DmaPoisoned;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      in_cpl_q   <= 1'b0;
      cw_drop_q  <= 1'b1;
      cw_b_q     <= '0;
      cw_n_q     <= '0;
      cw_pos_q   <= '0;
      cw_cli_q   <= '0;
      cw_idx_q   <= '0;
      cw_final_q <= 1'b0;
      cw_live_q  <= 1'b0;
      cw_valid_q <= 1'b0;
      cw_st_q    <= '0;
    end else if (cpl_valid_i) begin
      in_cpl_q <= !cpl_i.eop;
      cw_pos_q <= beat_pos + (BufAddrW + 2)'(BeatB);
      if (c_sop) begin
        cw_drop_q  <= beat_drop;
        cw_b_q     <= c_b;
        cw_n_q     <= c_nbytes;
        cw_cli_q   <= beat_cli;
        cw_idx_q   <= c_idx;
        cw_final_q <= c_final;
        cw_live_q  <= c_tag_live;
        cw_valid_q <= !c_unexp;
        cw_st_q    <= c_st;
      end
    end
  end

  // Tag updates happen at eop (single-beat completions: sop == eop).
  always_comb begin
    if (c_sop) begin
      c_done       = cpl_valid_i && cpl_i.eop && !c_unexp;
      c_done_idx   = c_idx;
      c_done_final = c_final;
      c_done_live  = c_tag_live;
      c_done_st    = c_st;
    end else begin
      c_done       = cpl_valid_i && cpl_i.eop && in_cpl_q && cw_valid_q;
      c_done_idx   = cw_idx_q;
      c_done_final = cw_final_q;
      c_done_live  = cw_live_q;
      c_done_st    = cw_st_q;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Completion timeout scan (one tag per cycle)
  // ---------------------------------------------------------------------------------------
  logic [TagW-1:0] scan_q;
  logic            to_hit;       // live request timed out
  logic            to_free;      // quarantined tag released
  assign to_hit  = tag_act_q[scan_q] && !tag_orph_q[scan_q] &&
                   (now_q - tag_time_q[scan_q] > 32'(TimeoutCycles)) &&
                   !(c_done && c_done_idx == scan_q);
  assign to_free = tag_act_q[scan_q] && tag_orph_q[scan_q] &&
                   (now_q - tag_time_q[scan_q] > 32'(TimeoutCycles)) &&
                   !(c_done && c_done_idx == scan_q);

  // ---------------------------------------------------------------------------------------
  // Tag table and credit updates
  // ---------------------------------------------------------------------------------------
  logic free_now;   // c_done frees its tag
  assign free_now = c_done && c_done_final;

  // Tags of aborting clients lose their waiter (bit per tag).
  logic [NumTags-1:0] tag_abort;
  always_comb begin
    for (int i = 0; i < NumTags; i++) begin
      tag_abort[i] = tag_act_q[i] && abort_i[tag_cli_q[i]];
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      tag_act_q   <= '0;
      tag_orph_q  <= '0;
      cplh_used_q <= '0;
      cpld_used_q <= '0;
      now_q       <= '0;
      scan_q      <= '0;
    end else begin
      logic [15:0] h_used, d_used;
      h_used = cplh_used_q;
      d_used = cpld_used_q;
      now_q  <= now_q + 32'd1;
      scan_q <= (scan_q == TagW'(NumTags - 1)) ? '0 : scan_q + TagW'(1);
      // Function Level Reset or a client's abort: nobody waits for those reads any more.
      tag_orph_q <= tag_orph_q | tag_abort | (flr_i ? tag_act_q : '0);
      if (issue) begin
        tag_act_q[free_idx]  <= 1'b1;
        tag_orph_q[free_idx] <= 1'b0;
        h_used = h_used + {7'h0, need_cplh};
        d_used = d_used + {7'h0, need_cpld};
      end
      if (free_now) begin
        tag_act_q[c_done_idx]  <= 1'b0;
        tag_orph_q[c_done_idx] <= 1'b0;
        h_used = h_used - {7'h0, tag_cplh_q[c_done_idx]};
        d_used = d_used - {7'h0, tag_cpld_q[c_done_idx]};
      end
      if (to_hit) begin
        tag_orph_q[scan_q] <= 1'b1;
      end
      if (to_free) begin
        tag_act_q[scan_q]  <= 1'b0;
        tag_orph_q[scan_q] <= 1'b0;
        h_used = h_used - {7'h0, tag_cplh_q[scan_q]};
        d_used = d_used - {7'h0, tag_cpld_q[scan_q]};
      end
      cplh_used_q <= h_used;
      cpld_used_q <= d_used;
    end
  end

  // Per-tag request data: plain storage (distributed RAM), written when a request issues.
  always_ff @(posedge clk_i) begin
    if (issue) begin
      tag_buf_q[free_idx]  <= s_buf;
      tag_len_q[free_idx]  <= size;
      tag_cli_q[free_idx]  <= sel;
      tag_slot_q[free_idx] <= s_slot;
      tag_cplh_q[free_idx] <= need_cplh;
      tag_cpld_q[free_idx] <= need_cpld;
      tag_time_q[free_idx] <= now_q;
    end
    if (to_hit) begin
      tag_time_q[scan_q] <= now_q;  // the quarantine runs for another timeout
    end
  end

  // ---------------------------------------------------------------------------------------
  // Operation bookkeeping
  // ---------------------------------------------------------------------------------------
  // Events on op slots this cycle (slot numbers across all clients: client * OpSlots + slot).
  logic            dec1, dec2;            // a request finished / timed out
  logic [NSW-1:0]  dec1_slot, dec2_slot;
  logic [2:0]      dec1_st;
  assign dec1      = free_now && c_done_live;
  assign dec1_slot = slot_of(tag_cli_q[c_done_idx], tag_slot_q[c_done_idx]);
  assign dec1_st   = c_done_st;
  assign dec2      = to_hit;
  assign dec2_slot = slot_of(tag_cli_q[scan_q], tag_slot_q[scan_q]);

  logic [NSW-1:0] issue_slot;
  assign issue_slot = slot_of(sel, s_slot);

  logic [NS*CntW-1:0] slot_cnt_d;
  always_comb begin
    slot_cnt_d = slot_cnt_q;
    for (int i = 0; i < NS; i++) begin
      if (issue && issue_slot == NSW'(i)) begin
        slot_cnt_d[i*CntW +: CntW] = slot_cnt_d[i*CntW +: CntW] + CntW'(1);
      end
      if (dec1 && dec1_slot == NSW'(i)) begin
        slot_cnt_d[i*CntW +: CntW] = slot_cnt_d[i*CntW +: CntW] - CntW'(1);
      end
      if (dec2 && dec2_slot == NSW'(i)) begin
        slot_cnt_d[i*CntW +: CntW] = slot_cnt_d[i*CntW +: CntW] - CntW'(1);
      end
    end
  end

  // Done: the head operation of each client has issued everything and has nothing in flight.
  for (genvar c = 0; c < C; c++) begin : g_done
    logic [NSW-1:0] hs;
    assign hs = slot_of(CW'(c), head_q[c*SlotW +: SlotW]);
    assign done_valid_o[c] = slot_used_q[hs] && !slot_issuing_q[hs] &&
                             (slot_cnt_q[hs*CntW +: CntW] == '0) && !abort_i[c];
    assign done_status_o[c*3 +: 3] = slot_st_q[hs*3 +: 3];
  end

  always_ff @(posedge clk_i or negedge func_rst_ni) begin
    if (!func_rst_ni) begin
      slot_used_q    <= '0;
      slot_issuing_q <= '0;
      head_q         <= '0;
      tail_q         <= '0;
      slot_cnt_q     <= '0;
      slot_st_q      <= '0;
      cur_vld_q      <= '0;
      cur_addr_q     <= '0;
      cur_rem_q      <= '0;
      cur_buf_q      <= '0;
      cur_prfx_vld_q <= '0;
      cur_prfx_q     <= '0;
      cur_slot_q     <= '0;
    end else begin
      slot_cnt_q <= slot_cnt_d;
      for (int c = 0; c < C; c++) begin
        logic [NSW-1:0] ts, hs, cs;
        ts = slot_of(CW'(c), tail_q[c*SlotW +: SlotW]);
        hs = slot_of(CW'(c), head_q[c*SlotW +: SlotW]);
        cs = slot_of(CW'(c), cur_slot_q[c*SlotW +: SlotW]);
        if (abort_i[c]) begin
          // Drop everything of the client: its requests in flight are orphaned above.
          cur_vld_q[c] <= 1'b0;
          for (int k = 0; k < OpSlots; k++) begin
            slot_used_q[c*OpSlots + k]    <= 1'b0;
            slot_issuing_q[c*OpSlots + k] <= 1'b0;
            slot_cnt_q[(c*OpSlots + k)*CntW +: CntW] <= '0;
          end
          head_q[c*SlotW +: SlotW] <= tail_q[c*SlotW +: SlotW];
        end else begin
          if (op_valid_i[c] && op_ready_o[c]) begin
            cur_vld_q[c]                       <= 1'b1;
            cur_addr_q[c*64 +: 64]             <= op_addr_i[c*64 +: 64];
            cur_rem_q[c*LenW +: LenW]          <= op_len_i[c*LenW +: LenW];
            cur_buf_q[c*BufAddrW +: BufAddrW]  <= op_buf_i[c*BufAddrW +: BufAddrW];
            cur_prfx_vld_q[c]                  <= op_prfx_vld_i[c];
            cur_prfx_q[c*32 +: 32]             <= op_prfx_i[c*32 +: 32];
            cur_slot_q[c*SlotW +: SlotW]       <= tail_q[c*SlotW +: SlotW];
            slot_used_q[ts]                    <= 1'b1;
            slot_issuing_q[ts]                 <= 1'b1;
            slot_st_q[ts*3 +: 3]               <= siov_dma_pkg::DmaOk;
            tail_q[c*SlotW +: SlotW]           <= tail_q[c*SlotW +: SlotW] + SlotW'(1);
          end
          if (issue && sel == CW'(c)) begin
            cur_addr_q[c*64 +: 64]            <= s_addr + 64'(size);
            cur_buf_q[c*BufAddrW +: BufAddrW] <= s_buf + BufAddrW'(size);
            cur_rem_q[c*LenW +: LenW]         <= s_rem - LenW'(size);
            if (last_req) begin
              cur_vld_q[c]       <= 1'b0;
              slot_issuing_q[cs] <= 1'b0;
            end
          end else if (cli_abort[c]) begin
            cur_vld_q[c]       <= 1'b0;
            slot_issuing_q[cs] <= 1'b0;
            if (slot_st_q[cs*3 +: 3] == siov_dma_pkg::DmaOk) begin
              slot_st_q[cs*3 +: 3] <= !cfg_i.bus_master_en ? siov_dma_pkg::DmaBmeOff :
                                                             siov_dma_pkg::DmaPasidOff;
            end
          end
          if (done_valid_o[c] && done_ready_i[c]) begin
            slot_used_q[hs]          <= 1'b0;
            head_q[c*SlotW +: SlotW] <= head_q[c*SlotW +: SlotW] + SlotW'(1);
          end
        end
      end
      if (dec1 && dec1_st != siov_dma_pkg::DmaOk &&
          slot_st_q[dec1_slot*3 +: 3] == siov_dma_pkg::DmaOk) begin
        slot_st_q[dec1_slot*3 +: 3] <= dec1_st;
      end
      if (dec2 && slot_st_q[dec2_slot*3 +: 3] == siov_dma_pkg::DmaOk) begin
        slot_st_q[dec2_slot*3 +: 3] <= siov_dma_pkg::DmaTimeout;
      end
    end
  end

  assign pending_o = |tag_act_q;

  always_comb begin
    err_o             = '0;
    err_o.unexp_cpl   = c_unexp;
    err_o.cpl_ur      = c_sop && !c_unexp && c_tag_live &&
                        c_dw1.status != siov_tlp_pkg::CplSc && c_dw1.status != siov_tlp_pkg::CplCa;
    err_o.cpl_ca      = c_sop && !c_unexp && c_tag_live && c_dw1.status == siov_tlp_pkg::CplCa;
    err_o.poisoned    = c_sop && !c_unexp && c_dw0.ep;
    err_o.cpl_timeout = to_hit;
  end

  logic unused;
  assign unused = ^{cfg_i, c_dw0, c_dw1, c_dw2, cpl_i, c_idx10};

endmodule
