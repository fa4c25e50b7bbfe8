// siov_dma_buf: data buffer of a DMA client, TlpDataW-bit lines in two banks.
//
// Even lines live in bank 0 and odd lines in bank 1, so that two consecutive lines (L, L+1,
// wrapping at the end) can be written together with byte enables, and read together, in one
// cycle: a read-completion beat or a write-payload beat at any byte alignment touches at most two
// lines. Read latency one cycle. Storage is byte-lane RAMs without reset. With TwoReads a second,
// independent read port (re2_i / rline2_i / rdata2_o) reads the same storage (an FPGA duplicates
// the RAMs).
module siov_dma_buf #(
  parameter int unsigned BufAddrW = 13,  // byte address width (size = 2**BufAddrW bytes)
  parameter bit          TwoReads = 1'b0
) (
  input  logic                                              clk_i,
  // Two-line write.
  input  logic                                              we_i,
  input  logic [BufAddrW-siov_tlp_pkg::TlpBeatBytesLog2-1:0] wline_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]               wdata_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0]             wbe_i,
  // Two-line read: rdata_o = {line rline_i + 1, line rline_i}, one cycle later.
  input  logic                                              re_i,
  input  logic [BufAddrW-siov_tlp_pkg::TlpBeatBytesLog2-1:0] rline_i,
  output logic [2*siov_tlp_pkg::TlpDataW-1:0]               rdata_o,
  // Second read port (TwoReads; tie off otherwise).
  input  logic                                              re2_i,
  input  logic [BufAddrW-siov_tlp_pkg::TlpBeatBytesLog2-1:0] rline2_i,
  output logic [2*siov_tlp_pkg::TlpDataW-1:0]               rdata2_o
);

  localparam int unsigned W      = siov_tlp_pkg::TlpDataW;
  localparam int unsigned BeatB  = W / 8;
  localparam int unsigned LineW  = BufAddrW - siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned Depth  = 2 ** (LineW - 1);   // lines per bank

  // Bank addresses and which half of the two-line data each bank takes.
  logic [LineW-2:0] wa0, wa1, ra0, ra1;
  logic [LineW-1:0] wnext, rnext;   // bit 0 is not needed: the next line's bank is known
  logic             wodd, rodd_q;
  logic [W-1:0]     wd0, wd1;
  logic [BeatB-1:0] wbe0, wbe1;
  logic [W-1:0]     rd0_q, rd1_q;

  assign wnext = wline_i + LineW'(1);
  assign rnext = rline_i + LineW'(1);
  assign wodd  = wline_i[0];
  // Even L: bank 0 <- line L (low half), bank 1 <- line L+1. Odd L: bank 1 <- line L, bank 0 <-
  // line L+1.
  assign wa0  = wodd ? wnext[LineW-1:1] : wline_i[LineW-1:1];
  assign wa1  = wline_i[LineW-1:1];
  assign wd0  = wodd ? wdata_i[2*W-1:W] : wdata_i[W-1:0];
  assign wd1  = wodd ? wdata_i[W-1:0] : wdata_i[2*W-1:W];
  assign wbe0 = wodd ? wbe_i[2*BeatB-1:BeatB] : wbe_i[BeatB-1:0];
  assign wbe1 = wodd ? wbe_i[BeatB-1:0] : wbe_i[2*BeatB-1:BeatB];
  assign ra0  = rline_i[0] ? rnext[LineW-1:1] : rline_i[LineW-1:1];
  assign ra1  = rline_i[LineW-1:1];

  logic [LineW-1:0] rnext2;
  logic [LineW-2:0] rb0, rb1;
  logic             rodd2_q;
  logic [W-1:0]     r2d0_q, r2d1_q;
  assign rnext2 = rline2_i + LineW'(1);
  assign rb0    = rline2_i[0] ? rnext2[LineW-1:1] : rline2_i[LineW-1:1];
  assign rb1    = rline2_i[LineW-1:1];

  for (genvar b = 0; b < BeatB; b++) begin : g_lane
    logic [7:0] mem0 [Depth];
    logic [7:0] mem1 [Depth];
    always_ff @(posedge clk_i) begin
      if (we_i && wbe0[b]) begin
        mem0[wa0] <= wd0[8*b +: 8];
      end
      if (we_i && wbe1[b]) begin
        mem1[wa1] <= wd1[8*b +: 8];
      end
      if (re_i) begin
        rd0_q[8*b +: 8] <= mem0[ra0];
        rd1_q[8*b +: 8] <= mem1[ra1];
      end
    end
    if (TwoReads) begin : g_r2
      always_ff @(posedge clk_i) begin
        if (re2_i) begin
          r2d0_q[8*b +: 8] <= mem0[rb0];
          r2d1_q[8*b +: 8] <= mem1[rb1];
        end
      end
    end
  end

  always_ff @(posedge clk_i) begin
    if (re_i) begin
      rodd_q <= rline_i[0];
    end
  end

  assign rdata_o = rodd_q ? {rd0_q, rd1_q} : {rd1_q, rd0_q};

  if (TwoReads) begin : g_r2_out
    always_ff @(posedge clk_i) begin
      if (re2_i) begin
        rodd2_q <= rline2_i[0];
      end
    end
    assign rdata2_o = rodd2_q ? {r2d0_q, r2d1_q} : {r2d1_q, r2d0_q};
  end else begin : g_r2_none
    assign rdata2_o = '0;
    assign rodd2_q  = 1'b0;
    assign r2d0_q   = '0;
    assign r2d1_q   = '0;
    logic unused_r2;
    assign unused_r2 = ^{re2_i, rb0, rb1, rodd2_q, r2d0_q, r2d1_q};
  end

  logic unused;
  assign unused = ^{wnext[0], rnext[0], rnext2[0]};

endmodule
