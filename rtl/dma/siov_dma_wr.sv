// siov_dma_wr: DMA write engine (client buffer -> host memory).
//
// Takes write operations {host address, length, buffer address, PASID prefix}, one at a time,
// and sends them as MWr TLPs: at most Max_Payload_Size and never crossing an MPS-aligned
// boundary (so never a 4 KiB one either, PCIe 2.2.7), First/Last BE set for unaligned heads and
// tails (PCIe 2.2.5), the operation's PASID prefix on every TLP. The payload is read from the
// client buffer (one cycle read latency, two consecutive lines per read, see siov_dma_buf) and
// byte-shifted so that any buffer alignment meets any host alignment.
// The operation is reported done when its last TLP has been accepted by the transmit path:
// anything sent after that (a completion record, an interrupt) is ordered behind the data.
// Bus Master Enable and PASID Enable are checked before every TLP; if either forbids it the
// operation stops (DmaBmeOff / DmaPasidOff) and no further TLP leaves. abort_i stops the
// operation after the TLP being sent (DmaAborted): after done, nothing of it is left to send.
// Immediate operations (op_imm_i) take their payload from op_imm_data_i instead of the buffer
// (at most one beat of data, split like any write at an MPS boundary: completion records, delta
// records, DIF tuples); the data is lane-aligned like a payload: byte i goes to host address
// (addr & ~3) + i.
// Throughput: one beat per cycle while the transmit path accepts.
module siov_dma_wr #(
  parameter int unsigned BufAddrW = 13,
  parameter int unsigned LenW     = 13
) (
  input  logic                                    clk_i,
  input  logic                                    rst_ni,       // function reset
  input  siov_cfg_pkg::cfg_state_t                cfg_i,
  // Operations.
  input  logic                                    op_valid_i,
  output logic                                    op_ready_o,
  input  logic [63:0]                             op_addr_i,
  input  logic [LenW-1:0]                         op_len_i,     // bytes, >= 1
  input  logic [BufAddrW-1:0]                     op_buf_i,
  input  logic                                    op_prfx_vld_i,
  input  logic [31:0]                             op_prfx_i,
  input  logic                                    op_imm_i,
  input  logic [siov_tlp_pkg::TlpDataW-1:0]       op_imm_data_i,
  input  logic                                    abort_i,
  output logic                                    done_valid_o,
  input  logic                                    done_ready_i,
  output logic [2:0]                              done_status_o,
  // Writes to the link.
  output logic                                    tx_valid_o,
  input  logic                                    tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t                 tx_o,
  // Client buffer, two-line read (data one cycle after the request).
  output logic                                    buf_re_o,
  output logic [BufAddrW-siov_tlp_pkg::TlpBeatBytesLog2-1:0] buf_line_o,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]     buf_data_i
);

  localparam int unsigned W        = siov_tlp_pkg::TlpDataW;
  localparam int unsigned Dws      = siov_tlp_pkg::TlpDws;
  localparam int unsigned BeatB    = W / 8;
  localparam int unsigned BeatLog2 = siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned LineW    = BufAddrW - BeatLog2;

  typedef struct packed {
    logic [127:0]     hdr;
    logic             prfx_vld;
    logic [31:0]      prfx;
    logic             sop;
    logic             eop;
    logic [Dws-1:0]   strb;
    logic [BeatLog2-1:0] shift;  // byte shift of the two-line window
  } meta_t;

  // ---------------------------------------------------------------------------------------
  // Operation and TLP state
  // ---------------------------------------------------------------------------------------
  logic                op_vld_q;      // an operation is in progress
  logic                issuing_q;     // TLPs remain to be sent
  logic [2:0]          st_q;
  logic [63:0]         addr_q;        // host address of the next TLP
  logic [LenW-1:0]     rem_q;
  logic [BufAddrW-1:0] buf_q;         // buffer address of the byte at addr_q
  logic                prfx_vld_q;
  logic [31:0]         prfx_q;
  logic                imm_q;
  logic [W-1:0]        imm_data_q;
  logic                rd_imm_q;      // the beat being read is immediate data

  logic                in_tlp_q;      // a TLP's beats are being issued
  logic [10:0]         tlp_dws_left_q;
  logic [BufAddrW-1:0] tlp_pos_q;     // buffer address of payload byte 0 of the next beat
  meta_t               tlp_meta_q;

  // Sizing of the next TLP.
  logic [12:0] mps_bytes, to_mps, size;
  logic [10:0] len_dw;
  logic [3:0]  first_be, last_be;
  logic [12:0] mps_mask;

  assign mps_bytes = 13'd128 << cfg_i.max_payload;
  assign mps_mask  = mps_bytes - 13'd1;
  assign to_mps    = mps_bytes - ({1'b0, addr_q[11:0]} & mps_mask);
  always_comb begin
    size = to_mps;
    if ({{(32-LenW){1'b0}}, rem_q} < {19'h0, size}) size = 13'(rem_q);
  end
  assign {len_dw, last_be, first_be} = siov_tlp_pkg::req_span(addr_q[1:0], size);

  // ---------------------------------------------------------------------------------------
  // Beat issue into a two-entry output queue (buffer read latency is one cycle)
  // ---------------------------------------------------------------------------------------
  meta_t          q_meta0_q, q_meta1_q;   // two-entry queue (no arrays of structs: Yosys 0.23)
  logic [W-1:0]   q_data0_q, q_data1_q;
  logic [1:0]     q_cnt_q;
  logic           q_wr_q, q_rd_q;     // write / read pointers
  logic           rd_pend_q;          // a buffer read issued last cycle
  meta_t          rd_meta_q;
  logic           pop;
  logic           room;
  logic           start_tlp, beat_issue;
  logic           abort_bme, abort_pasid;

  assign pop  = tx_valid_o && tx_ready_i;
  assign room = ({1'b0, q_cnt_q} + {2'b00, rd_pend_q}) < 3'd2 ||
                (pop && ({1'b0, q_cnt_q} + {2'b00, rd_pend_q}) < 3'd3);

  // A TLP boundary: no TLP being issued, or the last beat of one issuing now (the next TLP
  // starts in the same cycle: back-to-back TLPs without a bubble).
  logic boundary;
  assign beat_issue  = in_tlp_q && room;
  assign boundary    = !in_tlp_q || (beat_issue && beat_meta.eop);
  assign abort_bme   = issuing_q && boundary && !cfg_i.bus_master_en;
  assign abort_pasid = issuing_q && boundary && prfx_vld_q && !cfg_i.pasid_en;
  assign start_tlp   = issuing_q && boundary && !abort_i && !abort_bme && !abort_pasid;

  // Beat being issued.
  logic [10:0] beat_dws;
  meta_t       beat_meta;
  assign beat_dws = (tlp_dws_left_q > 11'(Dws)) ? 11'(Dws) : tlp_dws_left_q;
  always_comb begin
    beat_meta       = tlp_meta_q;
    beat_meta.eop   = (tlp_dws_left_q <= 11'(Dws));
    beat_meta.strb  = Dws'((64'h1 << beat_dws) - 64'h1);
    beat_meta.shift = tlp_pos_q[BeatLog2-1:0];
  end

  assign buf_re_o   = beat_issue && !imm_q;
  assign buf_line_o = LineW'(tlp_pos_q >> BeatLog2);

  // Window shift: payload byte 0 of the beat is byte `shift` of the two-line window.
  logic [W-1:0] shifted;
  assign shifted = W'(buf_data_i >> (8 * rd_meta_q.shift));
  logic [W-1:0] imm_shifted;
  assign imm_shifted = imm_data_q >> (8 * rd_meta_q.shift);

  logic op_take;
  assign op_ready_o = !op_vld_q;
  assign op_take    = op_valid_i && op_ready_o;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      op_vld_q       <= 1'b0;
      issuing_q      <= 1'b0;
      st_q           <= siov_dma_pkg::DmaOk;
      addr_q         <= '0;
      rem_q          <= '0;
      buf_q          <= '0;
      prfx_vld_q     <= 1'b0;
      prfx_q         <= '0;
      imm_q          <= 1'b0;
      imm_data_q     <= '0;
      rd_imm_q       <= 1'b0;
      in_tlp_q       <= 1'b0;
      tlp_dws_left_q <= '0;
      tlp_pos_q      <= '0;
      tlp_meta_q     <= '0;
      rd_pend_q      <= 1'b0;
      rd_meta_q      <= '0;
      q_cnt_q        <= '0;
      q_wr_q         <= 1'b0;
      q_rd_q         <= 1'b0;
    end else begin
      // Accept an operation.
      if (op_take) begin
        op_vld_q   <= 1'b1;
        issuing_q  <= 1'b1;
        st_q       <= siov_dma_pkg::DmaOk;
        addr_q     <= op_addr_i;
        rem_q      <= op_len_i;
        // Immediate data is indexed like a buffer starting at lane addr[1:0] (so the TLPs after
        // an MPS boundary take the bytes that follow, not byte 0 again).
        buf_q      <= op_imm_i ? BufAddrW'(op_addr_i[1:0]) : op_buf_i;
        prfx_vld_q <= op_prfx_vld_i;
        prfx_q     <= op_prfx_i;
        imm_q      <= op_imm_i;
        imm_data_q <= op_imm_data_i;
      end
      // Issue one beat: read its two buffer lines.
      rd_pend_q <= beat_issue;
      rd_imm_q  <= imm_q;
      if (beat_issue) begin
        rd_meta_q          <= beat_meta;
        tlp_meta_q.sop     <= 1'b0;
        tlp_pos_q          <= tlp_pos_q + BufAddrW'(BeatB);
        tlp_dws_left_q     <= tlp_dws_left_q - beat_dws;
        if (beat_meta.eop) begin
          in_tlp_q <= 1'b0;
        end
      end
      // Start the next TLP of the operation (after the beat issue: at a shared boundary the
      // new TLP's state wins).
      if (abort_i && issuing_q && boundary) begin
        issuing_q <= 1'b0;
        st_q      <= siov_dma_pkg::DmaAborted;
      end else if (abort_bme || abort_pasid) begin
        issuing_q <= 1'b0;
        st_q      <= abort_bme ? siov_dma_pkg::DmaBmeOff : siov_dma_pkg::DmaPasidOff;
      end else if (start_tlp) begin
        in_tlp_q            <= 1'b1;
        tlp_dws_left_q      <= len_dw;
        tlp_pos_q           <= buf_q - BufAddrW'(addr_q[1:0]);
        tlp_meta_q          <= '0;
        tlp_meta_q.hdr      <= siov_tlp_pkg::mem_hdr(1'b1, addr_q[63:2], len_dw[9:0],
                                                     cfg_i.dev_id, 10'd0, first_be, last_be,
                                                     {1'b0, cfg_i.relaxed_en,
                                                      cfg_i.no_snoop_en});
        tlp_meta_q.prfx_vld <= prfx_vld_q;
        tlp_meta_q.prfx     <= prfx_vld_q ? prfx_q : 32'h0;
        tlp_meta_q.sop      <= 1'b1;
        addr_q              <= addr_q + 64'(size);
        buf_q               <= buf_q + BufAddrW'(size);
        rem_q               <= rem_q - LenW'(size);
        if ({{(32-LenW){1'b0}}, rem_q} == {19'h0, size}) begin
          issuing_q <= 1'b0;
        end
      end
      // Queue the beat whose data came back; pop the head.
      if (rd_pend_q) begin
        q_wr_q <= !q_wr_q;
      end
      if (pop) begin
        q_rd_q <= !q_rd_q;
      end
      q_cnt_q <= q_cnt_q + {1'b0, rd_pend_q} - {1'b0, pop};
      // Finished: all TLPs sent (or the operation stopped) and the queue drained.
      if (done_valid_o && done_ready_i) begin
        op_vld_q <= 1'b0;
      end
    end
  end

  // Queue storage (no reset needed: q_cnt_q says what is valid).
  always_ff @(posedge clk_i) begin
    if (rd_pend_q && !q_wr_q) begin
      q_meta0_q <= rd_meta_q;
      q_data0_q <= rd_imm_q ? imm_shifted : shifted;
    end
    if (rd_pend_q && q_wr_q) begin
      q_meta1_q <= rd_meta_q;
      q_data1_q <= rd_imm_q ? imm_shifted : shifted;
    end
  end

  meta_t head;
  assign head = q_rd_q ? q_meta1_q : q_meta0_q;
  always_comb begin
    tx_o          = '0;
    tx_o.data     = q_rd_q ? q_data1_q : q_data0_q;
    tx_o.strb     = head.strb;
    tx_o.hdr      = head.hdr;
    tx_o.prfx_vld = head.prfx_vld;
    tx_o.prfx     = head.prfx;
    tx_o.sop      = head.sop;
    tx_o.eop      = head.eop;
  end
  assign tx_valid_o = (q_cnt_q != 2'd0);

  assign done_valid_o  = op_vld_q && !issuing_q && !in_tlp_q && !rd_pend_q &&
                         (q_cnt_q == 2'd0);
  assign done_status_o = st_q;

  logic unused;
  assign unused = ^{cfg_i, buf_data_i, head.shift};

endmodule
