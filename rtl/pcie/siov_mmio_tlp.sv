// siov_mmio_tlp: memory requests to one BAR -> register accesses (siov_tlp_pkg::mmio_req_t).
//
// One request at a time. A request of at most one beat (TlpDws DWs) becomes one access with
// lane-aligned data and byte enables; the target answers reads and DMWr with a status (and read
// data), and this block sends the completion: CplD with the data for a successful MRd (Byte
// Count and Lower Address from the request, PCIe 2.2.9), Cpl with the status for a failed read,
// Cpl with Byte Count 4 for a DMWr (SC, RRS, UR or CA). MWr is posted: no answer.
// Larger requests break this BAR's programming model: an MRd longer than a beat gets CA, a
// longer MWr is dropped and logged as an unsupported posted request.
module siov_mmio_tlp #(
  // BAR size (log2 bytes): the offset given to the target is the address modulo this size.
  parameter int unsigned BarSizeLog2 = 20
) (
  input  logic                    clk_i,
  input  logic                    rst_ni,
  // Requests routed to this BAR.
  input  logic                    req_valid_i,
  output logic                    req_ready_o,
  input  siov_tlp_pkg::tlp_beat_t req_i,
  // Register access.
  output logic                    mmio_valid_o,
  input  logic                    mmio_ready_i,
  output siov_tlp_pkg::mmio_req_t mmio_o,
  input  logic                    rsp_valid_i,
  input  logic [2:0]              rsp_status_i,
  input  logic [siov_tlp_pkg::TlpDataW-1:0] rsp_rdata_i,
  // Completion.
  output logic                    cpl_valid_o,
  input  logic                    cpl_ready_i,
  output siov_tlp_pkg::cpl_req_t  cpl_o,
  // Error events.
  output logic                    ur_posted_o,
  output logic                    ur_np_o,
  output logic                    ca_sent_o,
  output logic [127:0]            err_hdr_o    // header of the request the event is about
);

  localparam int unsigned Dws = siov_tlp_pkg::TlpDws;

  typedef enum logic [2:0] {
    StIdle   = 3'd0,
    StAccess = 3'd1,  // access offered to the target
    StWait   = 3'd2,  // waiting for the target's answer
    StCpl    = 3'd3,  // completion offered to the completion generator
    StDrain  = 3'd4   // dropping the remaining beats of an oversized write
  } state_e;

  siov_tlp_pkg::tlp_dw0_t     dw0;
  siov_tlp_pkg::tlp_req_dw1_t dw1;
  logic [63:0] addr;
  logic        is_write, is_dmwr, fits;
  logic [12:0] req_bytes;
  logic [Dws*4-1:0] be;

  assign dw0       = req_i.hdr[127:96];
  assign dw1       = req_i.hdr[95:64];
  assign addr      = siov_tlp_pkg::hdr_addr(req_i.hdr);
  assign is_write  = dw0.fmt[1];
  assign is_dmwr   = (dw0.typ == siov_tlp_pkg::TypeDmwr);
  assign fits      = (dw0.len != 10'd0) && (dw0.len <= 10'(Dws));
  assign req_bytes = siov_tlp_pkg::req_byte_len(dw0.len, dw1.first_be, dw1.last_be);

  // Lane byte enables: First BE on lane 0, Last BE on the last lane, all bytes in between.
  always_comb begin
    be = '0;
    for (int i = 0; i < Dws; i++) begin
      if (i == 0) begin
        be[3:0] = dw1.first_be;
      end else if (10'(i) == dw0.len - 10'd1) begin
        be[i*4 +: 4] = dw1.last_be;
      end else if (10'(i) < dw0.len - 10'd1) begin
        be[i*4 +: 4] = 4'hf;
      end
    end
  end

  state_e state_q;
  siov_tlp_pkg::mmio_req_t mmio_q;
  siov_tlp_pkg::cpl_req_t  cpl_q;
  logic [127:0]            hdr_q;
  logic accept;

  assign req_ready_o = (state_q == StIdle) || (state_q == StDrain);
  assign accept      = req_valid_i && req_ready_o;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
      mmio_q  <= '0;
      cpl_q   <= '0;
      hdr_q   <= '0;
    end else begin
      unique case (state_q)
        StIdle: begin
          if (accept) begin
            hdr_q           <= req_i.hdr;
            mmio_q          <= '0;
            mmio_q.write    <= is_write;
            mmio_q.dmwr     <= is_dmwr;
            mmio_q.addr     <= {addr[31:2], 2'b00} & ((32'h1 << BarSizeLog2) - 32'h1);
            mmio_q.len_dw   <= ($clog2(Dws) + 1)'(dw0.len);
            mmio_q.be       <= be;
            mmio_q.wdata    <= req_i.data;
            mmio_q.prfx_vld <= req_i.prfx_vld;
            mmio_q.prfx     <= req_i.prfx;
            mmio_q.req_id   <= dw1.req_id;
            cpl_q            <= '0;
            cpl_q.req_id     <= dw1.req_id;
            cpl_q.tag        <= {dw0.t9, dw0.t8, dw1.tag};
            cpl_q.tc         <= dw0.tc;
            cpl_q.attr       <= {dw0.attr2, dw0.attr};
            cpl_q.status     <= siov_tlp_pkg::CplCa;
            if (is_dmwr) begin
              cpl_q.byte_count <= 12'd4;
              cpl_q.lower_addr <= 7'd0;
            end else begin
              cpl_q.byte_count <= req_bytes[11:0];
              cpl_q.lower_addr <= siov_tlp_pkg::req_lower_addr(addr[6:2], dw1.first_be);
            end
            if (fits && req_i.eop) begin
              state_q <= StAccess;
            end else if (!is_write || is_dmwr) begin
              state_q <= req_i.eop ? StCpl : StDrain;   // Completer Abort (oversized)
            end else begin
              state_q <= req_i.eop ? StIdle : StDrain;  // oversized posted write: dropped
            end
          end
        end
        StAccess: begin
          if (mmio_ready_i) begin
            state_q <= (mmio_q.write && !mmio_q.dmwr) ? StIdle : StWait;
          end
        end
        StWait: begin
          if (rsp_valid_i) begin
            cpl_q.status <= rsp_status_i;
            cpl_q.data   <= rsp_rdata_i;
            cpl_q.len_dw <= (!mmio_q.write && rsp_status_i == siov_tlp_pkg::CplSc) ?
                            10'(mmio_q.len_dw) : 10'd0;
            state_q      <= StCpl;
          end
        end
        StCpl: begin
          if (cpl_ready_i) begin
            state_q <= StIdle;
          end
        end
        StDrain: begin
          if (accept && req_i.eop) begin
            state_q <= (cpl_q.status == siov_tlp_pkg::CplCa && (!mmio_q.write || mmio_q.dmwr)) ?
                       StCpl : StIdle;
          end
        end
        default: state_q <= StIdle;
      endcase
    end
  end

  assign mmio_valid_o = (state_q == StAccess);
  assign mmio_o       = mmio_q;
  assign cpl_valid_o  = (state_q == StCpl);
  assign cpl_o        = cpl_q;

  // Error events: an oversized posted write (at its sop), a completion other than SC / RRS.
  assign ur_posted_o = accept && (state_q == StIdle) && req_i.sop && is_write && !is_dmwr &&
                       !(fits && req_i.eop);
  assign ur_np_o     = cpl_valid_o && cpl_ready_i && (cpl_q.status == siov_tlp_pkg::CplUr);
  assign ca_sent_o   = cpl_valid_o && cpl_ready_i && (cpl_q.status == siov_tlp_pkg::CplCa);
  assign err_hdr_o   = ur_posted_o ? req_i.hdr : hdr_q;

  logic unused;
  assign unused = ^{dw0, dw1, addr[63:32], addr[1:0], req_bytes[12], req_i};

endmodule
