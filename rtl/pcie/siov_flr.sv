// siov_flr: Function Level Reset sequencing (PCIe 6.6.2).
//
// When the completion of the configuration write that set Initiate FLR has left the function
// (flr_sent_i), the function-level logic is held in reset for FlrCycles cycles: func_rst_no is
// a registered (glitch-free) reset, asserted asynchronously with rst_ni and released on a clock
// edge. flr_o pulses for one cycle when an FLR starts, as data for logic that must react to it
// without being reset (e.g. quarantining read tags still in flight).
module siov_flr #(
  parameter int unsigned FlrCycles = 16
) (
  input  logic clk_i,
  input  logic rst_ni,
  input  logic flr_sent_i,
  output logic func_rst_no,
  output logic flr_o,
  output logic busy_o
);

  localparam int unsigned CntW = $clog2(FlrCycles + 1);

  logic [CntW-1:0] cnt_q;
  logic            rst_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cnt_q <= '0;
      rst_q <= 1'b0;
    end else if (flr_sent_i) begin
      cnt_q <= CntW'(FlrCycles);
      rst_q <= 1'b0;
    end else if (cnt_q != '0) begin
      cnt_q <= cnt_q - CntW'(1);
      rst_q <= (cnt_q != CntW'(1));
    end
  end

  assign func_rst_no = rst_q ? 1'b0 : rst_ni;
  assign flr_o       = flr_sent_i;
  assign busy_o      = (cnt_q != '0);

endmodule
