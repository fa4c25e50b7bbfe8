// siov_tx_arb: transmit arbiter.
//
// Merges TLP streams (completions, DMA read requests, DMA writes, interrupts) onto the one
// transmit stream. At TLP boundaries the sources in PrioMask go first (round robin among
// them), then the others round robin; once a source wins with its sop beat it keeps the output
// until its eop beat has been accepted, so TLPs never interleave. PrioMask is for the sources
// whose TLPs are one beat and whose rate is bounded elsewhere: read requests (bounded by the
// tags and completion budget; a 512-byte read costs 24 bytes on the wire, so one beat in front
// of each write TLP keeps the read stream flowing while eight engines write) and completions.
// Purely combinational data path (no buffering): a handshake on the output is a handshake on the
// granted input in the same cycle, which lets sources know exactly when their TLP has left the
// function (used for FLR and for ordering interrupts after data writes).
module siov_tx_arb #(
  parameter int unsigned NumSrc   = 4,
  parameter logic [NumSrc-1:0] PrioMask = '0
) (
  input  logic                                  clk_i,
  input  logic                                  rst_ni,
  input  logic [NumSrc-1:0]                     valid_i,
  output logic [NumSrc-1:0]                     ready_o,
  input  logic [NumSrc*siov_tlp_pkg::TlpBeatW-1:0] tlp_i,  // NumSrc tlp_beat_t, source 0 lowest
  output logic                                  valid_o,
  input  logic                                  ready_i,
  output siov_tlp_pkg::tlp_beat_t               tlp_o
);

  localparam int unsigned IdxW = (NumSrc > 1) ? $clog2(NumSrc) : 1;

  logic            locked_q;   // inside a multi-beat TLP of source owner_q
  logic [IdxW-1:0] owner_q;
  logic            grant_vld;
  logic [IdxW-1:0] grant_idx;
  logic [IdxW-1:0] sel_idx;
  logic            sel_vld;
  siov_tlp_pkg::tlp_beat_t sel;
  logic            fire;

  logic            prio_any;
  logic [NumSrc-1:0] arb_req;
  assign prio_any = (valid_i & PrioMask) != '0;
  assign arb_req  = prio_any ? (valid_i & PrioMask) : valid_i;

  siov_rr_arb #(.NumReq(NumSrc)) u_arb (
    .clk_i,
    .rst_ni,
    .req_i     (arb_req),
    .advance_i (fire && !locked_q),
    .valid_o   (grant_vld),
    .idx_o     (grant_idx)
  );

  assign sel_idx = locked_q ? owner_q : grant_idx;
  assign sel_vld = locked_q ? valid_i[owner_q] : grant_vld;
  assign sel     = tlp_i[sel_idx*siov_tlp_pkg::TlpBeatW +: siov_tlp_pkg::TlpBeatW];
  assign fire    = sel_vld && ready_i;

  assign valid_o = sel_vld;
  assign tlp_o   = sel;

  always_comb begin
    ready_o = '0;
    ready_o[sel_idx] = ready_i;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      locked_q <= 1'b0;
      owner_q  <= '0;
    end else if (fire) begin
      locked_q <= !sel.eop;
      owner_q  <= sel_idx;
    end
  end

`ifndef SYNTHESIS
  if (siov_tlp_pkg::TlpBeatW != $bits(siov_tlp_pkg::tlp_beat_t)) begin : g_width_check
    $fatal(1, "siov_tlp_pkg::TlpBeatW does not match tlp_beat_t");
  end
  // A new TLP starts with sop; a locked source continues without sop.
  sop_at_start_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                   (valid_o && !locked_q) |-> tlp_o.sop);
  no_sop_inside_a: assert property (@(posedge clk_i) disable iff (!rst_ni)
                                    (valid_o && locked_q) |-> !tlp_o.sop);
`endif

endmodule
