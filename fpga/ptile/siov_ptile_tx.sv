// siov_ptile_tx: transmit shim from the siovdm TLP stream (siov_tlp_pkg::tlp_beat_t, one TLP per
// beat) to the Intel P-tile Avalon-ST interface (x16, 512 bits as two 256-bit segments).
//
// P-tile side (Intel UG 683059, "P-Tile Avalon Streaming IP for PCI Express User Guide"):
//   (Section numbers are those of the 2022-2024 editions of UG 683059.)
//   4.4.4/4.4.5  Avalon-ST TX interface: per segment tx_st_sop/eop/valid, a 128-bit header
//          sideband tx_st_hdr (PCIe byte order, DW0 in [127:96], as tlp_beat_t.hdr) and a 32-bit
//          TLP prefix sideband tx_st_tlp_prfx (big-endian, Fmt in [31:29], as tlp_beat_t.prfx;
//          0 = no prefix), both valid on sop; the payload starts at DW 0 of the sop segment.
//          There is no tx_st_empty: the IP takes the payload length from the header, and the
//          number of data cycles must match it or the TX interface hangs.
//   4.4.6  tx_st_ready behaviour: readyLatency 3 (data may be driven in cycle t only if
//          tx_st_ready was high in cycle t - 3), and tx_st_valid must not drop between sop and
//          eop on a ready cycle. The shim therefore stores each TLP whole before it starts it
//          (store and forward), so no bubble can appear inside a TLP.
//   4.4.7  TX flow control interface: tx_cdts_limit reports the link partner's cumulative
//          credit limit of one credit type per cycle, selected by tx_cdts_limit_tdm_idx (0 PH,
//          1 NPH, 2 CPLH, 4 PD, 5 NPD, 6 CPLD). Header limits are 12-bit counters (they wrap at
//          4096, in tx_cdts_limit[11:0]; PCIe scaled flow control's header field size) and data
//          limits 16-bit counters (wrap at 65536): HdrCreditW / DataCreditW. The application
//          must check credits before it sends (as the Intel AXI-ST wrapper UG 790711 6.3.8.1
//          states for the same tiles); with CreditCheck set the shim does, per PCIe Base Spec
//          2.6.1.2: a TLP starts only if (limit - (consumed + needed)) mod 2^W <= 2^(W-1) for
//          its header (W = HdrCreditW) and data (W = DataCreditW) types; one data credit is
//          4 DWs. The consumed counters are kept modulo the same widths.
// Assumptions to check against UG 683059:
//   - The TDM index encoding above (taken from UG 790711 and verilog-pcie pcie_ptile_if_tx.v).
//   - A credit type whose limit has read 0 ever since reset was advertised as infinite (PCIe
//     InitFC value 0); the shim does not count it. A finite advertisement is never 0, and the
//     hard IP keeps this shim in reset (p0_reset_status_n) until the link is up. No TLP starts
//     before every one of the six limits has been reported once.
//   - tx_st_err is unused (tied to 0).
//
// Packing: every TLP starts in segment 0 (never in segment 1), which keeps the shim simple and is
// allowed by the interface: segment 0 carries lanes 0-7 of a beat, segment 1 lanes 8-15 and is
// valid when the beat is not the last one or its strb has a bit in 15:8. A TLP that ends in
// segment 0 leaves segment 1 idle. Throughput: one beat (512 bits) per ready cycle; short TLPs use
// half of the interface. Latency: a TLP starts 2 cycles after its eop beat was accepted (FIFO,
// output register), gated by tx_st_ready (ReadyLatency) and credits.
module siov_ptile_tx #(
  // tx_st_ready to tx_st_valid latency of the hard IP (UG 683059 4.4.6: 3), at least 1.
  parameter int unsigned ReadyLatency    = 3,
  // Beats of the store-and-forward FIFO; a power of 2 that holds the longest TLP.
  parameter int unsigned FifoDepth       = 16,
  // Largest payload the device sends (the hard IP's Max_Payload_Size Supported).
  parameter int unsigned MaxPayloadBytes = 512,
  // Gate TLP starts on the link partner's flow-control credits (tx_cdts_limit).
  parameter bit          CreditCheck     = 1'b1,
  // Widths of the IP's cumulative credit counters: headers 12 bits, data 16 bits (P-tile).
  parameter int unsigned HdrCreditW      = 12,
  parameter int unsigned DataCreditW     = 16
) (
  input  logic                    clk_i,                    // coreclkout_hip
  input  logic                    rst_ni,                   // p0_reset_status_n, synchronised
  // siovdm TLP stream (device -> shim).
  input  logic                    tx_valid_i,
  output logic                    tx_ready_o,
  input  siov_tlp_pkg::tlp_beat_t tx_i,
  // P-tile Avalon-ST TX (shim -> hard IP); bit/field k belongs to segment k.
  output logic [1:0]              tx_st_valid_o,            // segment k carries data
  output logic [1:0]              tx_st_sop_o,              // first cycle of a TLP (k = 0 only)
  output logic [1:0]              tx_st_eop_o,              // last cycle of a TLP
  output logic [1:0]              tx_st_err_o,              // tied to 0
  output logic [511:0]            tx_st_data_o,             // payload, DW-aligned
  output logic [255:0]            tx_st_hdr_o,              // TLP header per segment, on sop
  output logic [63:0]             tx_st_tlp_prfx_o,         // TLP prefix per segment, on sop
  input  logic                    tx_st_ready_i,            // see ReadyLatency
  // P-tile TX flow-control credit limits (time-multiplexed).
  input  logic [15:0]             tx_cdts_limit_i,
  input  logic [2:0]              tx_cdts_limit_tdm_idx_i
);

  localparam int unsigned BeatW   = siov_tlp_pkg::TlpBeatW;
  localparam int unsigned PtrW    = $clog2(FifoDepth);
  localparam int unsigned CntW    = PtrW + 1;
  localparam int unsigned MaxBeats = (MaxPayloadBytes + 63) / 64;

  if (siov_tlp_pkg::TlpDataW != 512) begin : g_width_check
    $fatal(1, "siov_ptile_tx: the P-tile x16 interface needs siov_tlp_pkg::TlpDataW == 512");
  end
  if (ReadyLatency < 1) begin : g_latency_check
    $fatal(1, "siov_ptile_tx: ReadyLatency must be at least 1");
  end
  if ((FifoDepth & (FifoDepth - 1)) != 0 || FifoDepth < 2) begin : g_depth_pow2_check
    $fatal(1, "siov_ptile_tx: FifoDepth must be a power of 2, at least 2");
  end
  if (FifoDepth < MaxBeats) begin : g_depth_check
    $fatal(1, "siov_ptile_tx: FifoDepth must hold a TLP of MaxPayloadBytes");
  end
  // A 1024-DW TLP needs 256 data credits: at most half of the data counter's range (2.6.1.2).
  if (HdrCreditW < 8 || HdrCreditW > 16 || DataCreditW < 10 || DataCreditW > 16) begin : g_cdt_check
    $fatal(1, "siov_ptile_tx: HdrCreditW must be 8..16 and DataCreditW 10..16");
  end

  // Credit classes and the slots of their header / data credits.
  localparam logic [1:0] ClsP   = 2'd0;
  localparam logic [1:0] ClsNp  = 2'd1;
  localparam logic [1:0] ClsCpl = 2'd2;
  localparam int unsigned NumSlots = 6;   // PH, NPH, CPLH, PD, NPD, CPLD

  // ---------------------------------------------------------------------------------------
  // Store-and-forward FIFO of beats
  // ---------------------------------------------------------------------------------------
  logic [BeatW-1:0] mem_q [FifoDepth];
  logic [CntW-1:0]  wr_ptr_q, rd_ptr_q, count;
  logic [CntW-1:0]  eops_q;       // complete TLPs in the FIFO
  logic             full, push, pop, head_vld;
  siov_tlp_pkg::tlp_beat_t head;

  assign count      = wr_ptr_q - rd_ptr_q;
  assign full       = (count == CntW'(FifoDepth));
  assign tx_ready_o = !full;
  assign push       = tx_valid_i && !full;
  assign head_vld   = (count != '0);
  assign head       = mem_q[rd_ptr_q[PtrW-1:0]];

  always_ff @(posedge clk_i) begin
    if (push) begin
      mem_q[wr_ptr_q[PtrW-1:0]] <= tx_i;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wr_ptr_q <= '0;
      rd_ptr_q <= '0;
      eops_q   <= '0;
    end else begin
      if (push) begin
        wr_ptr_q <= wr_ptr_q + CntW'(1);
      end
      if (pop) begin
        rd_ptr_q <= rd_ptr_q + CntW'(1);
      end
      eops_q <= eops_q + CntW'(push && tx_i.eop) - CntW'(pop && head.eop);
    end
  end

  // ---------------------------------------------------------------------------------------
  // Flow-control credits
  // ---------------------------------------------------------------------------------------
  // Limits and consumed counts are kept in 16-bit slots; header slots use their low HdrCreditW
  // bits, data slots their low DataCreditW bits (the upper bits of a slot stay 0).
  localparam logic [15:0] HdrMask  = 16'((32'd1 << HdrCreditW) - 1);
  localparam logic [15:0] DataMask = 16'((32'd1 << DataCreditW) - 1);
  localparam logic [15:0] HdrHalf  = 16'(32'd1 << (HdrCreditW - 1));
  localparam logic [15:0] DataHalf = 16'(32'd1 << (DataCreditW - 1));

  logic [NumSlots*16-1:0] lim_q, cons_q;
  logic [NumSlots-1:0]    rep_q;          // the limit has been reported since reset
  logic [NumSlots-1:0]    seen_q;         // ... and has been non-zero
  logic [2:0]             tdm_slot;
  logic                   tdm_ok;
  logic [15:0]            tdm_lim;        // the reported limit, masked to its counter width
  logic [2:0]             fmt;
  logic [4:0]             typ;
  logic [9:0]             len;
  logic [1:0]             cls;
  logic [2:0]             hslot, dslot;
  logic [10:0]            len_up;         // Length + 3, for the credit round-up
  logic [15:0]            dneed;          // data credits of the head TLP
  logic [15:0]            hlim, hcons, dlim, dcons;
  logic                   hdr_ok, data_ok, credit_ok;

  assign tdm_ok   = (tx_cdts_limit_tdm_idx_i[1:0] != 2'b11);
  assign tdm_slot = tx_cdts_limit_tdm_idx_i[2] ? (3'd3 + {1'b0, tx_cdts_limit_tdm_idx_i[1:0]})
                                               : {1'b0, tx_cdts_limit_tdm_idx_i[1:0]};
  assign tdm_lim  = tx_cdts_limit_i & (tx_cdts_limit_tdm_idx_i[2] ? DataMask : HdrMask);

  assign fmt = head.hdr[127:125];
  assign typ = head.hdr[124:120];
  assign len = head.hdr[105:96];

  // Posted: MWr and messages; completions: Cpl/CplD/CplLk/CplDLk; everything else non-posted.
  always_comb begin
    if (typ[4:1] == 4'b0101) begin
      cls = ClsCpl;
    end else if ((typ == siov_tlp_pkg::TypeMem && fmt[1]) ||
                 (typ[4:3] == siov_tlp_pkg::TypeMsgHi)) begin
      cls = ClsP;
    end else begin
      cls = ClsNp;
    end
  end

  assign hslot = {1'b0, cls};
  assign dslot = 3'd3 + {1'b0, cls};
  assign len_up = {1'b0, len} + 11'd3;
  assign dneed  = !fmt[1]        ? 16'd0   :
                  (len == 10'd0) ? 16'd256 : {7'd0, len_up[10:2]};
  assign hlim  = lim_q[hslot*16 +: 16];
  assign hcons = cons_q[hslot*16 +: 16];
  assign dlim  = lim_q[dslot*16 +: 16];
  assign dcons = cons_q[dslot*16 +: 16];

  // PCIe 2.6.1.2 gate, modulo each counter's width.
  assign hdr_ok    = !seen_q[hslot] || (((hlim - hcons - 16'd1) & HdrMask) <= HdrHalf);
  assign data_ok   = (dneed == 16'd0) || !seen_q[dslot] ||
                     (((dlim - dcons - dneed) & DataMask) <= DataHalf);
  assign credit_ok = !CreditCheck || ((&rep_q) && hdr_ok && data_ok);

  // ---------------------------------------------------------------------------------------
  // Launch onto the P-tile, one beat per ready cycle
  // ---------------------------------------------------------------------------------------
  logic slot_ok;      // a beat launched now (seen by the IP next cycle) meets ReadyLatency
  logic in_tlp_q;     // between the sop and eop beats of the TLP being launched
  logic start, launch, seg1;

  if (ReadyLatency == 1) begin : g_rl1
    assign slot_ok = tx_st_ready_i;
  end else begin : g_rln
    // rdy_q[i] = tx_st_ready_i delayed by i + 1 cycles.
    localparam int unsigned HistW = ReadyLatency - 1;
    logic [HistW-1:0] rdy_q;
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        rdy_q <= '0;
      end else begin
        rdy_q <= HistW'({rdy_q, tx_st_ready_i});
      end
    end
    assign slot_ok = rdy_q[HistW-1];
  end

  assign start  = !in_tlp_q && head_vld && head.sop && (eops_q != '0) && credit_ok;
  assign launch = slot_ok && (start || (in_tlp_q && head_vld));
  assign pop    = launch;
  assign seg1   = !head.eop || (|head.strb[15:8]);

  logic [1:0]   valid_q, sop_q, eop_q;
  logic [511:0] data_q;
  logic [127:0] hdr_q;
  logic [31:0]  prfx_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      in_tlp_q <= 1'b0;
      valid_q  <= 2'b00;
      sop_q    <= 2'b00;
      eop_q    <= 2'b00;
      lim_q    <= '0;
      cons_q   <= '0;
      rep_q    <= '0;
      seen_q   <= '0;
    end else begin
      valid_q <= 2'b00;
      sop_q   <= 2'b00;
      eop_q   <= 2'b00;
      if (launch) begin
        in_tlp_q <= !head.eop;
        valid_q  <= {seg1, 1'b1};
        sop_q    <= {1'b0, head.sop};
        eop_q    <= {head.eop && seg1, head.eop && !seg1};
      end
      if (tdm_ok) begin
        lim_q[tdm_slot*16 +: 16] <= tdm_lim;
        rep_q[tdm_slot]          <= 1'b1;
        if (tdm_lim != 16'd0) begin
          seen_q[tdm_slot] <= 1'b1;
        end
      end
      if (launch && start) begin
        cons_q[hslot*16 +: 16] <= (hcons + 16'd1) & HdrMask;
        cons_q[dslot*16 +: 16] <= (dcons + dneed) & DataMask;
      end
    end
  end

  // Data path registers without reset (qualified by valid_q).
  always_ff @(posedge clk_i) begin
    if (launch) begin
      data_q <= head.data;
      hdr_q  <= head.hdr;
      prfx_q <= head.prfx_vld ? head.prfx : 32'h0;
    end
  end

  assign tx_st_valid_o    = valid_q;
  assign tx_st_sop_o      = sop_q;
  assign tx_st_eop_o      = eop_q;
  assign tx_st_err_o      = 2'b00;
  assign tx_st_data_o     = data_q;
  assign tx_st_hdr_o      = {128'h0, hdr_q};
  assign tx_st_tlp_prfx_o = {32'h0, prfx_q};

  // bar_id is a receive-side field; the strb of full beats is implied.
  logic unused;
  assign unused = ^{head.bar_id, head.strb[7:0], tx_i.bar_id, fmt[2], fmt[0], len_up[1:0]};

`ifndef SYNTHESIS
  // The device's stream is well framed: a FIFO full of beats always holds an eop (else a TLP is
  // longer than the FIFO and the shim would wait for ever), and the head of a new TLP is a sop.
  fifo_holds_tlp_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                     full |-> (eops_q != '0));
  head_is_sop_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                  (head_vld && !in_tlp_q) |-> head.sop);
  head_not_sop_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                   (head_vld && in_tlp_q) |-> !head.sop);
  // Beats before the last one are full (16 DWs).
  full_beats_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                 (launch && !head.eop) |-> (&head.strb));
`endif

endmodule
