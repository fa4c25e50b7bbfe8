// siov_ptile_rx: receive shim from the Intel P-tile Avalon-ST interface (x16, 512 bits as two
// 256-bit segments) to the siovdm TLP stream (siov_tlp_pkg::tlp_beat_t, one TLP per beat).
//
// P-tile side (Intel UG 683059, "P-Tile Avalon Streaming IP for PCI Express User Guide"):
//   4.4.2  Avalon-ST RX interface: segment 0 = rx_st_data[255:0], hdr[127:0], tlp_prfx[31:0],
//          segment 1 = the upper halves; a TLP may start in either segment, so one cycle can
//          carry the end of one TLP and the start of the next (at most one sop per segment).
//          The header travels on rx_st_hdr in PCIe byte order (DW0 in [127:96]), which is the
//          layout of tlp_beat_t.hdr; the payload starts at DW 0 of the sop segment.
//   4.4.3  rx_st_ready behaviour: readyLatency (and readyAllowance) of 27 cycles; the IP keeps
//          sending for up to that many cycles after rx_st_ready falls.
//   rx_st_empty (3 bits per segment): empty DWs at the top of the segment on an eop cycle.
//   rx_st_bar_range (3 bits per segment, valid on sop of memory requests): 0..5 = BAR index
//          (a 64-bit BAR reports its lower index), 6 = I/O BAR, 7 = expansion ROM, as
//          verilog-pcie pcie_ptile_if_rx.v maps it (to check against the UG's signal table).
//   (Section numbers are those of the 2022-2024 editions of UG 683059.)
// Assumptions to check against UG 683059 (not stated in docs/ or the reference sheet):
//   - rx_st_tlp_prfx holds the first TLP prefix DW, big-endian (Fmt in [31:29]), and is all
//     zeros when the TLP has no prefix (the R-tile UG says so; the P-tile UG table should say
//     the same). This shim does not rely on the zero: a prefix is present iff Fmt == 3'b100.
//   - A header-only TLP occupies one segment with sop = eop = valid = 1; rx_st_empty is then
//     meaningless and the TLP gets an all-zero strb (the header's Fmt[1] says "no data").
//   - rx_st_tlp_abort, rx_st_vf_active/func_num/vf_num and the parity outputs are not used (one
//     physical function, no SR-IOV, parity off).
//
// siovdm side (rtl/pcie/siov_tlp_pkg.sv): every beat belongs to one TLP; beat n of a TLP carries
// its payload DWs [16n, 16n + 16) with lane 0 = the first of them, one strb bit per DW. A TLP that
// starts in segment 1 is realigned: its first beat is {segment 0 of the next cycle, segment 1 of
// this one}. Two TLPs in one P-tile cycle become two beats. bar_id: 0 for a BAR0 hit, 2 for a
// BAR2 hit, NoBar (7) otherwise; meaningful on the sop beat of memory requests only, like
// rx_st_bar_range itself.
//
// Structure: input register -> FIFO of raw P-tile cycles (FifoDepth entries, absorbs the 27
// cycles the IP may still send after rx_st_ready falls) -> segment realigner (one "carry" segment
// register) -> output register.
// Throughput: one beat per cycle out, one P-tile cycle per cycle in; a P-tile cycle holding two
// TLPs costs two output cycles, so a stream of single-segment TLPs packed two per cycle runs at
// half the IP's rate and backpressures it through rx_st_ready (inherent to one TLP per beat).
// Latency: 3 cycles from rx_st_* to rx_valid_o when the FIFO is empty (input register, FIFO write,
// output register), one more for a multi-segment TLP that starts in segment 1.
// The FIFO is an array with a combinational read, so Quartus builds it from MLABs/registers; move
// to a registered-read (M20K) FIFO if the fitter shows the read path as critical.
module siov_ptile_rx #(
  // rx_st_ready to rx_st_valid latency of the hard IP (UG 683059 4.4.3: 27).
  parameter int unsigned ReadyLatency = 27,
  // Entries (P-tile cycles) of the receive FIFO; a power of 2, at least ReadyLatency + 9.
  parameter int unsigned FifoDepth    = 64
) (
  input  logic                    clk_i,            // coreclkout_hip
  input  logic                    rst_ni,           // from p0_reset_status_n, synchronised
  // P-tile Avalon-ST RX (hard IP -> shim); bit/field k belongs to segment k.
  input  logic [1:0]              rx_st_valid_i,    // segment k carries data this cycle
  input  logic [1:0]              rx_st_sop_i,      // first cycle of a TLP in segment k
  input  logic [1:0]              rx_st_eop_i,      // last cycle of a TLP in segment k
  input  logic [511:0]            rx_st_data_i,     // payload, DW-aligned from segment start
  input  logic [5:0]              rx_st_empty_i,    // empty DWs of segment k on eop
  input  logic [255:0]            rx_st_hdr_i,      // 128-bit TLP header per segment, on sop
  input  logic [63:0]             rx_st_tlp_prfx_i, // first TLP prefix DW per segment, on sop
  input  logic [5:0]              rx_st_bar_range_i,// matched BAR per segment, on sop
  output logic                    rx_st_ready_o,    // registered; see ReadyLatency
  // siovdm TLP stream (shim -> device).
  output logic                    rx_valid_o,
  input  logic                    rx_ready_i,
  output siov_tlp_pkg::tlp_beat_t rx_o,
  // Sticky: a P-tile cycle arrived with the FIFO full and was lost (the IP's latency exceeded
  // ReadyLatency). Never expected; for a status LED or register.
  output logic                    overflow_o
);

  // bar_id of TLPs that hit neither BAR0 nor BAR2 (and of non-memory TLPs).
  localparam logic [2:0]  NoBar   = 3'd7;
  // Width of a segment record (seg_t below); $bits(seg_t) is checked in simulation.
  localparam int unsigned SegW    = 1 + 1 + 1 + 3 + 3 + 32 + 128 + 256;
  localparam int unsigned EntryW  = 2 * SegW;
  localparam int unsigned PtrW    = $clog2(FifoDepth);
  localparam int unsigned CntW    = PtrW + 1;
  // P-tile cycles that can still arrive after the FIFO count that decides rx_st_ready: the one
  // in the input register, the one on the wires, the one sent while the new ready is on its way,
  // ReadyLatency + 1 after it fell (counting the UG's "up to n + readyLatency" inclusively),
  // plus one spare.
  localparam int unsigned Margin  = ReadyLatency + 5;
  localparam int unsigned ReadyMax = FifoDepth - Margin;   // highest count with ready asserted

  if (siov_tlp_pkg::TlpDataW != 512) begin : g_width_check
    $fatal(1, "siov_ptile_rx: the P-tile x16 interface needs siov_tlp_pkg::TlpDataW == 512");
  end
  if ((FifoDepth & (FifoDepth - 1)) != 0) begin : g_depth_pow2_check
    $fatal(1, "siov_ptile_rx: FifoDepth must be a power of 2");
  end
  if (FifoDepth < ReadyLatency + 9) begin : g_depth_check
    $fatal(1, "siov_ptile_rx: FifoDepth must be at least ReadyLatency + 9");
  end

  // One P-tile segment as it arrived.
  typedef struct packed {
    logic         valid;
    logic         sop;
    logic         eop;
    logic [2:0]   empty;
    logic [2:0]   bar;
    logic [31:0]  prfx;
    logic [127:0] hdr;
    logic [255:0] data;
  } seg_t;

  // Payload DWs of a segment that belong to the TLP.
  function automatic logic [7:0] seg_strb(input logic       sop,
                                          input logic       eop,
                                          input logic       has_data,
                                          input logic [2:0] empty);
    if (!eop) begin
      seg_strb = 8'hff;
    end else if (sop && !has_data) begin
      seg_strb = 8'h00;
    end else begin
      seg_strb = 8'hff >> empty;
    end
  endfunction

  // rx_st_bar_range -> bar_id.
  function automatic logic [2:0] bar_map(input logic [2:0] range);
    unique case (range)
      3'd0:    bar_map = 3'd0;
      3'd2:    bar_map = 3'd2;
      default: bar_map = NoBar;
    endcase
  endfunction

  // ---------------------------------------------------------------------------------------
  // Input register
  // ---------------------------------------------------------------------------------------
  seg_t              in0, in1;
  logic              in_vld_q;
  logic [EntryW-1:0] in_q;

  always_comb begin
    in0       = '0;
    in0.valid = rx_st_valid_i[0];
    in0.sop   = rx_st_sop_i[0];
    in0.eop   = rx_st_eop_i[0];
    in0.empty = rx_st_empty_i[2:0];
    in0.bar   = rx_st_bar_range_i[2:0];
    in0.prfx  = rx_st_tlp_prfx_i[31:0];
    in0.hdr   = rx_st_hdr_i[127:0];
    in0.data  = rx_st_data_i[255:0];
    in1       = '0;
    in1.valid = rx_st_valid_i[1];
    in1.sop   = rx_st_sop_i[1];
    in1.eop   = rx_st_eop_i[1];
    in1.empty = rx_st_empty_i[5:3];
    in1.bar   = rx_st_bar_range_i[5:3];
    in1.prfx  = rx_st_tlp_prfx_i[63:32];
    in1.hdr   = rx_st_hdr_i[255:128];
    in1.data  = rx_st_data_i[511:256];
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      in_vld_q <= 1'b0;
    end else begin
      in_vld_q <= |rx_st_valid_i;
    end
  end

  // Data path registers without reset (qualified by the valid bits).
  always_ff @(posedge clk_i) begin
    if (|rx_st_valid_i) begin
      in_q <= {in1, in0};
    end
  end

  // ---------------------------------------------------------------------------------------
  // FIFO of P-tile cycles
  // ---------------------------------------------------------------------------------------
  logic [EntryW-1:0] mem_q [FifoDepth];
  logic [CntW-1:0]   wr_ptr_q, rd_ptr_q, count;
  logic              full, push, pop, head_vld;
  logic              ready_q, overflow_q;

  assign count    = wr_ptr_q - rd_ptr_q;
  assign full     = (count == CntW'(FifoDepth));
  assign push     = in_vld_q && !full;
  assign head_vld = (count != '0);

  always_ff @(posedge clk_i) begin
    if (push) begin
      mem_q[wr_ptr_q[PtrW-1:0]] <= in_q;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wr_ptr_q   <= '0;
      rd_ptr_q   <= '0;
      ready_q    <= 1'b0;
      overflow_q <= 1'b0;
    end else begin
      if (push) begin
        wr_ptr_q <= wr_ptr_q + CntW'(1);
      end
      if (pop) begin
        rd_ptr_q <= rd_ptr_q + CntW'(1);
      end
      ready_q    <= (count <= CntW'(ReadyMax));
      overflow_q <= overflow_q || (in_vld_q && full);
    end
  end

  assign rx_st_ready_o = ready_q;
  assign overflow_o    = overflow_q;

  // ---------------------------------------------------------------------------------------
  // Realigner: the segments waiting are [carry] ++ [valid segments of the FIFO head], in link
  // order. A beat is the first of them alone if it ends its TLP, else the first two. What is
  // left of the head (at most one segment, except when a lone carry segment ends its TLP) moves
  // to the carry register so that the head is always popped whole.
  // ---------------------------------------------------------------------------------------
  logic [EntryW-1:0] head;
  seg_t              h0, h1;          // head segments
  logic              hv0, hv1;        // ... present and valid
  seg_t              carry_q, carry_d;
  logic              carry_vld_q, carry_vld_d;
  seg_t              q0, q1;          // first two waiting segments
  logic              q0_vld, q1_vld;
  logic              formable;        // q0 (and q1) make a beat
  logic              two;             // the beat takes two segments
  logic              park;            // a lone first half from the head moves to the carry
  logic              emit;            // a beat goes to the output register
  logic              out_vld_q;
  logic              out_acc;
  logic              take0, take1, rem0, rem1;
  siov_tlp_pkg::tlp_beat_t beat, out_q;

  assign head = mem_q[rd_ptr_q[PtrW-1:0]];
  assign h0   = head[SegW-1:0];
  assign h1   = head[EntryW-1:SegW];
  assign hv0  = head_vld && h0.valid;
  assign hv1  = head_vld && h1.valid;

  always_comb begin
    if (carry_vld_q) begin
      q0     = carry_q;
      q0_vld = 1'b1;
      q1     = hv0 ? h0 : h1;
      q1_vld = hv0 || hv1;
    end else begin
      q0     = hv0 ? h0 : h1;
      q0_vld = hv0 || hv1;
      q1     = h1;
      q1_vld = hv0 && hv1;
    end
  end

  assign formable = q0_vld && (q0.eop || q1_vld);
  assign two      = !q0.eop;
  assign out_acc  = !out_vld_q || rx_ready_i;
  assign emit     = formable && out_acc;
  assign park     = !carry_vld_q && q0_vld && !formable;

  // Head segments used by this cycle's beat or parked.
  always_comb begin
    take0 = 1'b0;
    take1 = 1'b0;
    if (emit) begin
      if (carry_vld_q) begin
        take0 = two && hv0;
        take1 = two && !hv0 && hv1;
      end else begin
        take0 = hv0;
        take1 = two ? hv1 : (!hv0 && hv1);
      end
    end else if (park) begin
      take0 = hv0;
      take1 = !hv0 && hv1;
    end
  end

  assign rem0 = hv0 && !take0;
  assign rem1 = hv1 && !take1;

  always_comb begin
    carry_vld_d = carry_vld_q;
    carry_d     = carry_q;
    pop         = 1'b0;
    if (emit) begin
      carry_vld_d = 1'b0;                    // the carry, if any, is q0 and went out
      if (head_vld && !(rem0 && rem1)) begin
        pop = 1'b1;
        if (rem0 || rem1) begin
          carry_vld_d = 1'b1;
          carry_d     = rem0 ? h0 : h1;
        end
      end
    end else if (park) begin
      carry_vld_d = 1'b1;
      carry_d     = q0;
      pop         = 1'b1;
    end else if (head_vld && !hv0 && !hv1) begin
      pop = 1'b1;                            // an entry without a valid segment (never pushed)
    end
  end

  always_comb begin
    beat                = '0;
    beat.data[255:0]    = q0.data;
    beat.data[511:256]  = two ? q1.data : 256'h0;
    beat.strb[7:0]      = seg_strb(q0.sop, q0.eop, q0.hdr[126], q0.empty);
    beat.strb[15:8]     = two ? seg_strb(q1.sop, q1.eop, q1.hdr[126], q1.empty) : 8'h00;
    beat.hdr            = q0.hdr;
    beat.prfx_vld       = q0.sop && (q0.prfx[31:29] == siov_tlp_pkg::FmtPrefix);
    beat.prfx           = q0.prfx;
    beat.bar_id         = bar_map(q0.bar);
    beat.sop            = q0.sop;
    beat.eop            = two ? q1.eop : 1'b1;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      carry_vld_q <= 1'b0;
      out_vld_q   <= 1'b0;
    end else begin
      carry_vld_q <= carry_vld_d;
      if (emit) begin
        out_vld_q <= 1'b1;
      end else if (rx_ready_i) begin
        out_vld_q <= 1'b0;
      end
    end
  end

  always_ff @(posedge clk_i) begin
    carry_q <= carry_d;
    if (emit) begin
      out_q <= beat;
    end
  end

  assign rx_valid_o = out_vld_q;
  assign rx_o       = out_q;

  // q1 is a continuation segment: its header, prefix and BAR fields are not looked at.
  logic unused;
  assign unused = ^{q1.valid, q1.bar, q1.prfx, q1.hdr[127], q1.hdr[125:0]};

`ifndef SYNTHESIS
  if (SegW != $bits(seg_t)) begin : g_seg_check
    $fatal(1, "siov_ptile_rx: SegW does not match seg_t");
  end

  // The P-tile never sends more than ReadyLatency cycles after rx_st_ready falls.
  no_overflow_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                  !(in_vld_q && full));
  // The second segment of a beat continues the TLP of the first.
  cont_not_sop_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                   (emit && two) |-> !q1.sop);

  // TLP framing of the beats produced.
  logic emit_in_tlp_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      emit_in_tlp_q <= 1'b0;
    end else if (emit) begin
      emit_in_tlp_q <= !beat.eop;
    end
  end
  sop_at_start_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                   (emit && !emit_in_tlp_q) |-> beat.sop);
  no_sop_inside_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                    (emit && emit_in_tlp_q) |-> !beat.sop);
`endif

endmodule
