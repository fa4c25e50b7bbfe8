// siov_tb: Verilator testbench top (built with --binary). Everything behind it is C.
//
// The device (siov_top) sits between two halves of the C platform model (sim/model), reached
// through one DPI-C call per clock: siov_sim_tick() sees the beat the device offers on its
// transmit side and whether it took the receive beat, and returns the next receive beat, the
// transmit ready and the reset. The host program (a test, the demo, siovctl) runs inside the C
// model on its own stack and only while simulated time is stopped, so the whole run is one
// thread, in lock-step, and deterministic for a given seed (docs/architecture.md).
//
// Plusargs: +app=<name> (or +test=<name>), +seed=<n>, +trace=<file.fst> (trace builds only);
// the rest of the command line after `--` is passed to the host program.
module siov_tb;

  localparam int unsigned W   = siov_tlp_pkg::TlpDataW;
  localparam int unsigned Dws = siov_tlp_pkg::TlpDws;

  import "DPI-C" function chandle siov_sim_create(input int data_width);
  import "DPI-C" function int siov_sim_tick(
    input  chandle          h,
    input  bit              tx_valid,
    input  bit              tx_sop,
    input  bit              tx_eop,
    input  bit [127:0]      tx_hdr,
    input  bit              tx_prfx_vld,
    input  bit [31:0]       tx_prfx,
    input  bit [W-1:0]      tx_data,
    input  bit [Dws-1:0]    tx_strb,
    input  bit              rx_ready,
    output bit              rst_n,
    output bit              tx_ready,
    output bit              rx_valid,
    output bit              rx_sop,
    output bit              rx_eop,
    output bit [127:0]      rx_hdr,
    output bit              rx_prfx_vld,
    output bit [31:0]       rx_prfx,
    output bit [W-1:0]      rx_data,
    output bit [Dws-1:0]    rx_strb
  );
  import "DPI-C" function void siov_sim_final(input chandle h);

  logic clk = 1'b0;
  always #1 clk <= ~clk;

  logic                    rst_n = 1'b0;
  logic                    rx_valid = 1'b0;
  logic                    rx_ready;
  siov_tlp_pkg::tlp_beat_t rx_beat = '0;
  logic                    tx_valid;
  logic                    tx_ready = 1'b0;
  siov_tlp_pkg::tlp_beat_t tx_beat;
  logic [31:0]             cii_rdata;
  logic                    flr_busy;

  siov_top u_dut (
    .clk_i      (clk),
    .rst_ni     (rst_n),
    .rx_valid_i (rx_valid),
    .rx_ready_o (rx_ready),
    .rx_i       (rx_beat),
    .tx_valid_o (tx_valid),
    .tx_ready_i (tx_ready),
    .tx_o       (tx_beat),
    // The simulation has no hard IP: the device's own configuration space is the real one.
    .cfg_ext_i  ('0),
    .cii_req_i  (1'b0),
    .cii_we_i   (1'b0),
    .cii_addr_i (10'd0),
    .cii_be_i   (4'd0),
    .cii_wdata_i(32'd0),
    .cii_rdata_o(cii_rdata),
    .flr_req_i  (1'b0),
    .flr_busy_o (flr_busy)
  );


  chandle h;
  initial begin
`ifdef SIOV_TRACE
    string trace_file;
    if ($value$plusargs("trace=%s", trace_file)) begin
      $dumpfile(trace_file);
      $dumpvars(0, siov_tb);
    end
`endif
    h = siov_sim_create(W);
  end

  // One call per rising edge: the values seen are those of the cycle that ends here; the values
  // returned drive the next cycle.
  bit              n_rst, n_tx_ready, n_rx_valid, n_rx_sop, n_rx_eop, n_rx_prfx_vld;
  bit [127:0]      n_rx_hdr;
  bit [31:0]       n_rx_prfx;
  bit [W-1:0]      n_rx_data;
  bit [Dws-1:0]    n_rx_strb;

  always @(posedge clk) begin
    int done;
    done = siov_sim_tick(h, tx_valid, tx_beat.sop, tx_beat.eop, tx_beat.hdr, tx_beat.prfx_vld,
                         tx_beat.prfx, tx_beat.data, tx_beat.strb, rx_ready,
                         n_rst, n_tx_ready, n_rx_valid, n_rx_sop, n_rx_eop, n_rx_hdr,
                         n_rx_prfx_vld, n_rx_prfx, n_rx_data, n_rx_strb);
    rst_n            <= n_rst;
    tx_ready         <= n_tx_ready;
    rx_valid         <= n_rx_valid;
    rx_beat.sop      <= n_rx_sop;
    rx_beat.eop      <= n_rx_eop;
    rx_beat.hdr      <= n_rx_hdr;
    rx_beat.prfx_vld <= n_rx_prfx_vld;
    rx_beat.prfx     <= n_rx_prfx;
    rx_beat.data     <= n_rx_data;
    rx_beat.strb     <= n_rx_strb;
    rx_beat.bar_id   <= 3'd0;
    if (done != 0) begin
      $finish;
    end
  end

  final begin
    siov_sim_final(h);
  end

  // The device never sets a BAR id on its transmit side; the board-mode outputs are unused here.
  logic unused;
  assign unused = ^{tx_beat.bar_id, cii_rdata, flr_busy};

endmodule
