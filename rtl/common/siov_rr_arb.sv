// siov_rr_arb: round-robin arbiter.
//
// Combinational grant among the requests, starting after the last granted index; the pointer
// moves only when the grant is taken (advance_i), so a requester that is granted but stalled
// keeps its grant. Zero latency; fair: with all inputs requesting, each is granted once every
// NumReq grants.
module siov_rr_arb #(
  parameter int unsigned NumReq = 2,
  localparam int unsigned IdxW  = (NumReq > 1) ? $clog2(NumReq) : 1
) (
  input  logic              clk_i,
  input  logic              rst_ni,
  input  logic [NumReq-1:0] req_i,
  input  logic              advance_i,  // the current grant is consumed
  output logic              valid_o,    // some request is granted
  output logic [IdxW-1:0]   idx_o       // granted index
);

  logic [IdxW-1:0] last_q;

  always_comb begin
    logic [IdxW:0] cand;
    valid_o = 1'b0;
    idx_o   = '0;
    // Highest priority: the first requester after last_q (wrapping), so scan from the
    // farthest candidate down to the nearest and let the nearest win.
    for (int k = NumReq; k >= 1; k--) begin
      cand = {1'b0, last_q} + (IdxW + 1)'(k);
      if (cand >= (IdxW + 1)'(NumReq)) begin
        cand = cand - (IdxW + 1)'(NumReq);
      end
      if (req_i[cand[IdxW-1:0]]) begin
        valid_o = 1'b1;
        idx_o   = cand[IdxW-1:0];
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      last_q <= IdxW'(NumReq - 1);
    end else if (advance_i && valid_o) begin
      last_q <= idx_o;
    end
  end

endmodule
