// siov_cfg_tlp: configuration request handling (CfgRd0 / CfgWr0 -> siov_cfg_space).
//
// Takes one configuration request at a time from the receive demux (always one beat, Length 1),
// performs the DW access on the configuration space and queues the completion: CplD with the DW
// for a read, Cpl for a write, both with Byte Count 4 (PCIe 2.2.9). Requests to a function other
// than 0 get UR (single-function device); a poisoned CfgWr0 is discarded with UR (PCIe 2.7.2.2).
// A write that initiates FLR gets a completion marked `flr`.
// Latency: the completion is offered in the cycle after the request is accepted.
module siov_cfg_tlp (
  input  logic                    clk_i,
  input  logic                    rst_ni,
  // Requests from the demux.
  input  logic                    req_valid_i,
  output logic                    req_ready_o,
  input  siov_tlp_pkg::tlp_beat_t req_i,
  // Configuration space access port.
  output logic                    cfg_req_o,
  output logic                    cfg_we_o,
  output logic [9:0]              cfg_addr_o,
  output logic [3:0]              cfg_be_o,
  output logic [31:0]             cfg_wdata_o,
  output logic [12:0]             cfg_busdev_o,
  input  logic [31:0]             cfg_rdata_i,
  input  logic                    cfg_flr_i,
  // Completion.
  output logic                    cpl_valid_o,
  input  logic                    cpl_ready_i,
  output siov_tlp_pkg::cpl_req_t  cpl_o,
  // Poisoned configuration write seen (for error logging).
  output logic                    poisoned_o
);

  siov_tlp_pkg::tlp_dw0_t     dw0;
  siov_tlp_pkg::tlp_req_dw1_t dw1;
  siov_tlp_pkg::tlp_cfg_dw2_t dw2;
  assign dw0 = req_i.hdr[127:96];
  assign dw1 = req_i.hdr[95:64];
  assign dw2 = req_i.hdr[63:32];

  logic full_q;
  logic accept;
  logic is_write, ok;
  siov_tlp_pkg::cpl_req_t cpl_q;

  assign req_ready_o = !full_q || cpl_ready_i;
  assign accept      = req_valid_i && req_ready_o;
  assign is_write    = dw0.fmt[1];
  assign ok          = (dw2.target_id[2:0] == 3'd0) && !(is_write && dw0.ep);

  assign cfg_req_o    = accept && ok;
  assign cfg_we_o     = is_write;
  assign cfg_addr_o   = {dw2.ext_reg, dw2.reg_num};
  assign cfg_be_o     = dw1.first_be;
  assign cfg_wdata_o  = req_i.data[31:0];
  assign cfg_busdev_o = dw2.target_id[15:3];
  assign poisoned_o   = accept && is_write && dw0.ep;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      full_q <= 1'b0;
      cpl_q  <= '0;
    end else begin
      if (cpl_valid_o && cpl_ready_i) begin
        full_q <= 1'b0;
      end
      if (accept) begin
        full_q           <= 1'b1;
        cpl_q            <= '0;
        cpl_q.req_id     <= dw1.req_id;
        cpl_q.tag        <= {dw0.t9, dw0.t8, dw1.tag};
        cpl_q.tc         <= dw0.tc;
        cpl_q.attr       <= {dw0.attr2, dw0.attr};
        cpl_q.status     <= ok ? siov_tlp_pkg::CplSc : siov_tlp_pkg::CplUr;
        cpl_q.byte_count <= 12'd4;
        cpl_q.lower_addr <= 7'd0;
        cpl_q.len_dw     <= (ok && !is_write) ? 10'd1 : 10'd0;
        cpl_q.flr        <= ok && cfg_flr_i;
        cpl_q.data       <= {{(siov_tlp_pkg::TlpDataW - 32){1'b0}}, cfg_rdata_i};
      end
    end
  end

  assign cpl_valid_o = full_q;
  assign cpl_o       = cpl_q;

  // Configuration requests are single-beat, Length 1 (checked by the demux).
  logic unused;
  assign unused = ^{dw0, dw1.last_be, dw2.rsvd, dw2.rsvd2, req_i};

endmodule
