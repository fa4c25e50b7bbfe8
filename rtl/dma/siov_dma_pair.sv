// siov_dma_pair: the smallest siov_dma_rd client buffer: two TlpDataW-bit lines, for clients
// that read one small structure at a time (an interrupt-table entry, a PPT entry) at a buffer
// offset below 2 * TlpDataW/8. siov_dma_rd writes a two-line window starting at line line_i; the
// lines wrap (line 1 + 1 = line 0), as in siov_dma_buf. No reset: read only after a completed
// read.
module siov_dma_pair (
  input  logic                                  clk_i,
  input  logic                                  we_i,
  input  logic                                  line_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]   data_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] be_i,
  output logic [2*siov_tlp_pkg::TlpDataW-1:0]   lines_o   // {line 1, line 0}
);

  localparam int unsigned W = siov_tlp_pkg::TlpDataW;

  logic [W-1:0]   line0_q, line1_q;
  logic [W-1:0]   wlo, whi;
  logic [W/8-1:0] belo, behi;
  assign wlo  = data_i[W-1:0];
  assign whi  = data_i[2*W-1:W];
  assign belo = be_i[W/8-1:0];
  assign behi = be_i[2*W/8-1:W/8];

  // The window's low half goes to line line_i, its high half to the other line.
  always_ff @(posedge clk_i) begin
    if (we_i) begin
      for (int b = 0; b < W / 8; b++) begin
        if (line_i ? behi[b] : belo[b]) line0_q[b*8 +: 8] <= line_i ? whi[b*8 +: 8] : wlo[b*8 +: 8];
        if (line_i ? belo[b] : behi[b]) line1_q[b*8 +: 8] <= line_i ? wlo[b*8 +: 8] : whi[b*8 +: 8];
      end
    end
  end
  assign lines_o = {line1_q, line0_q};

endmodule
