// siov_rx_demux: receive-side TLP classification and routing.
//
// Every TLP arriving from the link is classified on its sop beat and then routed as a whole:
//   CfgRd0/CfgWr0                          -> cfg port (configuration space)
//   MRd/MWr hitting BAR0 / BAR2            -> bar0 / bar2 ports (register blocks)
//   DMWr hitting BAR2 (when supported)     -> bar2 port (shared work queue portals)
//   Cpl/CplD                               -> cpl port (DMA read engine)
// and everything else gets the answer PCIe gives (Base Spec 2.3.1, 6.2):
//   non-posted request that is unsupported -> UR completion (IO, CfgRd1/CfgWr1, MRdLk, AtomicOps,
//                                             DMWr elsewhere, MRd/MWr with Memory Space
//                                             disabled or outside both BARs, a PASID prefix
//                                             while PASID is disabled, an unknown E2E prefix)
//   posted request that is unsupported     -> dropped and logged (AER UR)
//   malformed TLP (bad Fmt/Type, bad byte enables, 4 KiB crossing, prefix on a config
//   request or completion, config length != 1) -> dropped and logged (AER Malformed TLP)
//   poisoned posted write                  -> dropped and logged (AER Poisoned TLP)
//   messages                               -> silently discarded (no message is supported)
// Error events go to the configuration space with the header for the AER header log.
// Throughput: one beat per cycle; a UR completion needs the one-entry completion slot.
module siov_rx_demux #(
  parameter int unsigned Bar0SizeLog2  = 20,
  parameter int unsigned Bar2SizeLog2  = 22,
  parameter bit          DmwrCompleter = 1'b0,
  // Route memory requests by the BAR id on the stream (a hard IP decoded the BARs) instead of
  // comparing the address with the BAR bases.
  parameter bit          BarById       = 1'b0
) (
  input  logic                           clk_i,
  input  logic                           rst_ni,
  input  siov_cfg_pkg::cfg_state_t       cfg_i,
  input  logic                           hold_i,     // take no new TLP (function reset)
  // From the link.
  input  logic                           rx_valid_i,
  output logic                           rx_ready_o,
  input  siov_tlp_pkg::tlp_beat_t        rx_i,
  // Routed streams (the beat is shared, valid and ready are per port).
  output siov_tlp_pkg::tlp_beat_t        out_o,
  output logic                           cfg_valid_o,
  input  logic                           cfg_ready_i,
  output logic                           bar0_valid_o,
  input  logic                           bar0_ready_i,
  output logic                           bar2_valid_o,
  input  logic                           bar2_ready_i,
  output logic                           cpl_valid_o,
  input  logic                           cpl_ready_i,
  // Completions for rejected non-posted requests.
  output logic                           ur_valid_o,
  input  logic                           ur_ready_i,
  output siov_tlp_pkg::cpl_req_t         ur_o,
  // Error logging.
  output siov_cfg_pkg::cfg_err_t         err_o,
  output logic [127:0]                   err_hdr_o,
  output logic                           err_prfx_vld_o,
  output logic [31:0]                    err_prfx_o
);

  typedef enum logic [2:0] {
    RouteDrop = 3'd0,
    RouteCfg  = 3'd1,
    RouteBar0 = 3'd2,
    RouteBar2 = 3'd3,
    RouteCpl  = 3'd4
  } route_e;

  // ---------------------------------------------------------------------------------------
  // Classification of the sop beat
  // ---------------------------------------------------------------------------------------
  siov_tlp_pkg::tlp_dw0_t     dw0;
  siov_tlp_pkg::tlp_req_dw1_t dw1;
  logic [63:0] addr;
  logic [12:0] len_bytes_dw;   // Length in bytes (DW granular)
  logic        is_mem, is_mwr, is_dmwr, is_cfg0, is_cpl, is_msg, is_np_unsup, is_known;
  logic        has_data;
  logic        be_bad, cross_4k, prfx_pasid, prfx_bad_type, pasid_off;
  logic        bar0_hit, bar2_hit;
  logic        posted;
  route_e      route;
  logic        ur, malformed, poisoned_drop;

  assign dw0  = rx_i.hdr[127:96];
  assign dw1  = rx_i.hdr[95:64];
  assign addr = siov_tlp_pkg::hdr_addr(rx_i.hdr);
  assign has_data = dw0.fmt[1];
  assign len_bytes_dw = (dw0.len == 10'd0) ? 13'd4096 : {1'b0, dw0.len, 2'b00};

  // TLP kinds by Fmt/Type (PCIe Table 2-3).
  assign is_mem  = (dw0.typ == siov_tlp_pkg::TypeMem) && !dw0.fmt[2];
  assign is_mwr  = is_mem && has_data;
  assign is_dmwr = (dw0.typ == siov_tlp_pkg::TypeDmwr) && !dw0.fmt[2] && has_data;
  assign is_cfg0 = (dw0.typ == siov_tlp_pkg::TypeCfg0) && (dw0.fmt[2:1] == 2'b00 ||
                                                           dw0.fmt == 3'b010);
  assign is_cpl  = (dw0.typ == siov_tlp_pkg::TypeCpl) && (dw0.fmt == 3'b000 ||
                                                          dw0.fmt == 3'b010);
  assign is_msg  = (dw0.typ[4:3] == siov_tlp_pkg::TypeMsgHi) && (dw0.fmt == 3'b001 ||
                                                                  dw0.fmt == 3'b011);
  // Non-posted requests this function never supports: IO, Type 1 config, locked reads,
  // AtomicOps, locked completions are unexpected (handled as unsupported too).
  assign is_np_unsup =
      ((dw0.typ == siov_tlp_pkg::TypeIo) && (dw0.fmt == 3'b000 || dw0.fmt == 3'b010)) ||
      ((dw0.typ == siov_tlp_pkg::TypeCfg1) && (dw0.fmt == 3'b000 || dw0.fmt == 3'b010)) ||
      ((dw0.typ == siov_tlp_pkg::TypeMemLk) && (dw0.fmt[2:1] == 2'b00)) ||
      ((dw0.typ == siov_tlp_pkg::TypeFetchAdd || dw0.typ == siov_tlp_pkg::TypeSwap ||
        dw0.typ == siov_tlp_pkg::TypeCas) && (dw0.fmt[2:1] == 2'b01));
  assign is_known = is_mem || is_dmwr || is_cfg0 || is_cpl || is_msg || is_np_unsup ||
                    ((dw0.typ == siov_tlp_pkg::TypeCplLk) && !dw0.fmt[2] && !dw0.fmt[0]);
  assign posted = is_mwr || is_msg;

  // Byte-enable rules (PCIe 2.2.5) and the 4 KiB rule (2.2.7) for address-routed requests.
  assign be_bad = (dw0.len == 10'd1) ? (dw1.last_be != 4'h0) :
                  (dw1.first_be == 4'h0 || dw1.last_be == 4'h0);
  assign cross_4k = ({1'b0, addr[11:0]} + len_bytes_dw) > 13'h1000;

  // Prefixes: only the PASID End-End prefix is supported; it needs PASID enabled.
  assign prfx_pasid    = rx_i.prfx_vld && (rx_i.prfx[31:24] == siov_tlp_pkg::PrefixPasid);
  assign prfx_bad_type = rx_i.prfx_vld && !prfx_pasid;
  assign pasid_off     = prfx_pasid && !cfg_i.pasid_en;

  // BAR decode (Memory Space Enable gates both).
  assign bar0_hit = cfg_i.mem_en &&
                    (BarById ? (rx_i.bar_id == 3'd0) :
                               ((addr >> Bar0SizeLog2) == (cfg_i.bar0_base >> Bar0SizeLog2)));
  assign bar2_hit = cfg_i.mem_en &&
                    (BarById ? (rx_i.bar_id == 3'd2) :
                               ((addr >> Bar2SizeLog2) == (cfg_i.bar2_base >> Bar2SizeLog2)));

  always_comb begin
    route         = RouteDrop;
    ur            = 1'b0;
    malformed     = 1'b0;
    poisoned_drop = 1'b0;
    if (!is_known) begin
      malformed = 1'b1;
    end else if (is_cfg0) begin
      if (rx_i.prfx_vld || dw0.len != 10'd1) begin
        malformed = 1'b1;
      end else begin
        route = RouteCfg;
      end
    end else if (is_cpl) begin
      if (rx_i.prfx_vld) begin
        malformed = 1'b1;
      end else begin
        route = RouteCpl;
      end
    end else if (is_mem || is_dmwr) begin
      if (be_bad || cross_4k) begin
        malformed = 1'b1;
      end else if (prfx_bad_type || pasid_off) begin
        ur = 1'b1;
      end else if (dw0.ep && has_data) begin
        poisoned_drop = 1'b1;
      end else if (is_dmwr) begin
        if (DmwrCompleter && bar2_hit) begin
          route = RouteBar2;
        end else begin
          ur = 1'b1;
        end
      end else if (bar0_hit) begin
        route = RouteBar0;
      end else if (bar2_hit) begin
        route = RouteBar2;
      end else begin
        ur = 1'b1;
      end
    end else if (is_msg) begin
      route = RouteDrop;  // no message is supported; discarded silently
    end else begin
      ur = 1'b1;          // unsupported non-posted request or locked completion
    end
  end

  // A rejected non-posted request (UR, or a poisoned DMWr) needs a completion.
  logic need_cpl;
  assign need_cpl = (ur || poisoned_drop) && !posted &&
                    !((dw0.typ == siov_tlp_pkg::TypeCplLk) && !dw0.fmt[2]);

  // ---------------------------------------------------------------------------------------
  // Routing state
  // ---------------------------------------------------------------------------------------
  logic   in_tlp_q;    // between sop and eop of a TLP
  route_e route_q;
  route_e cur_route;
  logic   dest_ready;
  logic   ur_full_q;
  logic   sop_stall;   // sop waits for the UR completion slot
  logic   fire;

  assign cur_route = in_tlp_q ? route_q : route;
  assign sop_stall = rx_i.sop && !in_tlp_q && ((need_cpl && ur_full_q) || hold_i);

  always_comb begin
    unique case (cur_route)
      RouteCfg:  dest_ready = cfg_ready_i;
      RouteBar0: dest_ready = bar0_ready_i;
      RouteBar2: dest_ready = bar2_ready_i;
      RouteCpl:  dest_ready = cpl_ready_i;
      default:   dest_ready = 1'b1;
    endcase
  end

  assign rx_ready_o = dest_ready && !sop_stall;
  assign fire       = rx_valid_i && rx_ready_o;

  assign out_o        = rx_i;
  assign cfg_valid_o  = rx_valid_i && !sop_stall && (cur_route == RouteCfg);
  assign bar0_valid_o = rx_valid_i && !sop_stall && (cur_route == RouteBar0);
  assign bar2_valid_o = rx_valid_i && !sop_stall && (cur_route == RouteBar2);
  assign cpl_valid_o  = rx_valid_i && !sop_stall && (cur_route == RouteCpl);

  logic sop_fire;
  assign sop_fire = fire && rx_i.sop && !in_tlp_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      in_tlp_q <= 1'b0;
      route_q  <= RouteDrop;
    end else if (fire) begin
      in_tlp_q <= !rx_i.eop;
      if (!in_tlp_q) begin
        route_q <= route;
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // UR completion slot
  // ---------------------------------------------------------------------------------------
  siov_tlp_pkg::cpl_req_t ur_q;
  logic [12:0] req_bytes;
  assign req_bytes = siov_tlp_pkg::req_byte_len(dw0.len, dw1.first_be, dw1.last_be);

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ur_full_q <= 1'b0;
      ur_q      <= '0;
    end else begin
      if (ur_valid_o && ur_ready_i) begin
        ur_full_q <= 1'b0;
      end
      if (sop_fire && need_cpl) begin
        ur_full_q       <= 1'b1;
        ur_q            <= '0;
        ur_q.req_id     <= dw1.req_id;
        ur_q.tag        <= {dw0.t9, dw0.t8, dw1.tag};
        ur_q.tc         <= dw0.tc;
        ur_q.attr       <= {dw0.attr2, dw0.attr};
        ur_q.status     <= siov_tlp_pkg::CplUr;
        // Memory reads report the remaining byte count and lower address; other requests
        // (config, IO, DMWr, AtomicOp) use a Byte Count of 4 (PCIe 2.2.9).
        if (is_mem && !has_data) begin
          ur_q.byte_count <= req_bytes[11:0];
          ur_q.lower_addr <= siov_tlp_pkg::req_lower_addr(addr[6:2], dw1.first_be);
        end else begin
          ur_q.byte_count <= 12'd4;
          ur_q.lower_addr <= 7'd0;
        end
        ur_q.len_dw     <= 10'd0;
      end
    end
  end

  assign ur_valid_o = ur_full_q;
  assign ur_o       = ur_q;

  // ---------------------------------------------------------------------------------------
  // Error events (one cycle, with the header for the AER log)
  // ---------------------------------------------------------------------------------------
  always_comb begin
    err_o           = '0;
    err_o.ur_np     = sop_fire && ur && !posted;
    err_o.ur_posted = sop_fire && ur && posted;
    err_o.malformed = sop_fire && malformed;
    err_o.poisoned  = sop_fire && poisoned_drop;
  end
  assign err_hdr_o      = rx_i.hdr;
  assign err_prfx_vld_o = rx_i.prfx_vld;
  assign err_prfx_o     = rx_i.prfx;

  // Only some configuration fields and header bits matter here (lowRISC unused-signal idiom).
  logic unused;
  assign unused = ^{cfg_i, dw0, req_bytes[12]};

endmodule
