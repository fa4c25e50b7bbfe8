// siov_wrr_arb: weighted round-robin arbiter.
//
// A requester keeps the grant for up to `weight` consecutive grants (weight 0 counts as 1) while
// it keeps requesting; then, or as soon as it stops requesting, the grant moves to the next
// requester in round-robin order. With all weights 1 this is a plain round robin; with every
// requester busy, requester i gets weight_i / sum(weights) of the grants. The grant is
// combinational; advance_i consumes it (counts one unit for the granted requester).
module siov_wrr_arb #(
  parameter int unsigned NumReq  = 2,
  parameter int unsigned WeightW = 8,
  localparam int unsigned IdxW   = (NumReq > 1) ? $clog2(NumReq) : 1
) (
  input  logic                      clk_i,
  input  logic                      rst_ni,
  input  logic [NumReq-1:0]         req_i,
  input  logic [NumReq*WeightW-1:0] weight_i,
  input  logic                      advance_i,
  output logic                      valid_o,
  output logic [IdxW-1:0]           idx_o
);

  logic [IdxW-1:0]    cur_q;
  logic [WeightW-1:0] used_q;     // grants the current requester has had in this turn
  logic [WeightW-1:0] cur_weight;
  logic               stay;
  logic               next_vld;
  logic [IdxW-1:0]    next_idx;

  assign cur_weight = weight_i[cur_q*WeightW +: WeightW];
  assign stay = req_i[cur_q] && ({1'b0, used_q} < ((cur_weight == '0) ? (WeightW + 1)'(1) :
                                                   {1'b0, cur_weight}));

  // Next requester after cur_q (wrapping), the nearest one winning.
  always_comb begin
    logic [IdxW:0] cand;
    next_vld = 1'b0;
    next_idx = '0;
    for (int k = NumReq; k >= 1; k--) begin
      cand = {1'b0, cur_q} + (IdxW + 1)'(k);
      if (cand >= (IdxW + 1)'(NumReq)) begin
        cand = cand - (IdxW + 1)'(NumReq);
      end
      if (req_i[cand[IdxW-1:0]]) begin
        next_vld = 1'b1;
        next_idx = cand[IdxW-1:0];
      end
    end
  end

  assign valid_o = stay || next_vld;
  assign idx_o   = stay ? cur_q : next_idx;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cur_q  <= IdxW'(NumReq - 1);
      used_q <= '0;
    end else if (advance_i && valid_o) begin
      if (stay) begin
        used_q <= used_q + WeightW'(1);
      end else begin
        cur_q  <= next_idx;
        used_q <= WeightW'(1);
      end
    end
  end

endmodule
