// siov_cpl_gen: completion generator.
//
// Collects completion requests (siov_tlp_pkg::cpl_req_t) from the blocks that answer requests
// (configuration space, BAR register blocks, the receive demux for UR/CA) and turns each into one
// Cpl/CplD TLP of one beat (payload of at most TlpDws DWs) with this function's Completer ID.
// Round-robin among sources; one registered output beat; one completion per cycle sustained.
// flr_sent_o pulses when a completion marked `flr` leaves (the FLR controller waits for it, so
// the completion of the write that initiated the FLR is never lost to the reset).
module siov_cpl_gen #(
  parameter int unsigned NumSrc = 3
) (
  input  logic                                  clk_i,
  input  logic                                  rst_ni,
  input  logic [15:0]                           cpl_id_i,
  input  logic [NumSrc-1:0]                     req_valid_i,
  output logic [NumSrc-1:0]                     req_ready_o,
  input  logic [NumSrc*siov_tlp_pkg::CplReqW-1:0] req_i,   // NumSrc cpl_req_t, source 0 lowest
  output logic                                  tx_valid_o,
  input  logic                                  tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t               tx_o,
  output logic                                  flr_sent_o
);

  localparam int unsigned IdxW = (NumSrc > 1) ? $clog2(NumSrc) : 1;

  logic            grant_vld;
  logic [IdxW-1:0] grant_idx;
  logic            load;        // take the granted request into the output register
  siov_tlp_pkg::cpl_req_t sel;
  siov_tlp_pkg::tlp_beat_t out_q;
  logic            out_vld_q;
  logic            out_flr_q;

  siov_rr_arb #(.NumReq(NumSrc)) u_arb (
    .clk_i,
    .rst_ni,
    .req_i     (req_valid_i),
    .advance_i (load),
    .valid_o   (grant_vld),
    .idx_o     (grant_idx)
  );

  assign sel  = req_i[grant_idx*siov_tlp_pkg::CplReqW +: siov_tlp_pkg::CplReqW];
  assign load = grant_vld && (!out_vld_q || tx_ready_i);

  always_comb begin
    req_ready_o = '0;
    req_ready_o[grant_idx] = load;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      out_q     <= '0;
      out_vld_q <= 1'b0;
      out_flr_q <= 1'b0;
    end else begin
      if (load) begin
        out_vld_q     <= 1'b1;
        out_flr_q     <= sel.flr;
        out_q         <= '0;
        out_q.hdr     <= siov_tlp_pkg::cpl_hdr(sel.len_dw != 10'd0, sel.len_dw, cpl_id_i,
                                               sel.status, sel.byte_count, sel.req_id,
                                               sel.tag, sel.lower_addr, sel.tc, sel.attr);
        out_q.data    <= sel.data;
        out_q.strb    <= siov_tlp_pkg::TlpDws'((64'h1 << sel.len_dw) - 64'h1);
        out_q.sop     <= 1'b1;
        out_q.eop     <= 1'b1;
      end else if (tx_ready_i) begin
        out_vld_q <= 1'b0;
        out_flr_q <= 1'b0;
      end
    end
  end

  assign tx_valid_o = out_vld_q;
  assign tx_o       = out_q;
  assign flr_sent_o = out_vld_q && tx_ready_i && out_flr_q;

`ifndef SYNTHESIS
  if (siov_tlp_pkg::CplReqW != $bits(siov_tlp_pkg::cpl_req_t)) begin : g_width_check
    $fatal(1, "siov_tlp_pkg::CplReqW does not match cpl_req_t");
  end
`endif

endmodule
