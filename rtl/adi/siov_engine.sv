// siov_engine: one shared execution engine: runs DSA-format descriptors for any ADI.
//
// For each work item (siov_adi_pkg::work_t: descriptor + the identity of the ADI that submitted
// it) the engine
//  1. validates the descriptor and picks the DSA status code of the first violation
//     (docs/adi.md §4): unsupported / not-allowed opcode, invalid flags, misaligned completion
//     record, non-zero reserved fields, privileged submission without Privileged Mode, transfer
//     size or descriptor count out of range, overlapping buffers, misaligned batch list, bad
//     interrupt handle;
//  2. executes it: no-op; drain (the scheduler dispatches a drain only when nothing earlier of its
//     ADI is in flight); memory move as a pipeline of page-bounded chunks read into a ring buffer
//     (siov_dma_rd client) and written out (own siov_dma_wr) while later chunks are still being
//     read; batch: the descriptor list is read (descriptor PASID) into a small list buffer and its
//     descriptors run one after the other (so Fence is always honoured);
//  3. writes the completion record (32 bytes, descriptor PASID) after all data writes have been
//     handed to the transmit path, then requests the completion interrupt; errors that cannot go
//     into a completion record go to SWERR.
// Every data request carries the data PASID prefix, every completion-record / batch-list request
// the descriptor PASID prefix (when the ADI's PASID is enabled). abort_i stops the current work:
// no further request, outstanding reads abandoned (quarantined in siov_dma_rd), the write in
// progress finishes its TLP, no completion record, no interrupt; then done_o with aborted_o.
// Throughput: one descriptor at a time; a memory move keeps up to 4 reads of up to 4 KiB in
// flight (the buffer holds 2**BufAddrW bytes) and streams the writes behind them.
module siov_engine #(
  parameter int unsigned BufAddrW      = 15,   // data buffer: 32 KiB
  parameter int unsigned MaxXferShift  = 21,
  parameter int unsigned MaxBatchShift = 5,
  parameter int unsigned NumIms        = 2048,
  localparam int unsigned RdBufW       = BufAddrW + 1,  // dma_rd buffer address: MSB = list
  localparam int unsigned RdLineW      = RdBufW - siov_tlp_pkg::TlpBeatBytesLog2
) (
  input  logic                       clk_i,
  input  logic                       rst_ni,          // function reset
  input  siov_cfg_pkg::cfg_state_t   cfg_i,
  input  logic [63:0]                opcap_i,         // opcodes the device implements
  // Work.
  input  logic                       work_valid_i,
  output logic                       work_ready_o,
  input  siov_adi_pkg::work_t        work_i,
  output logic                       done_o,          // one cycle: the work item finished
  output logic                       aborted_o,
  output logic [siov_adi_pkg::MaxAdiW-1:0] done_adi_o,
  // Current work, for abort matching.
  output logic                       busy_o,
  output logic [siov_adi_pkg::MaxAdiW-1:0] cur_adi_o,
  output logic [19:0]                cur_pasid_o,     // data PASID of the current work
  output logic                       cur_pasid_en_o,
  input  logic                       abort_i,
  // IMS ownership lookup (combinational).
  output logic [15:0]                ims_q_handle_o,
  input  logic                       ims_q_bound_i,
  input  logic [siov_adi_pkg::MaxAdiW-1:0] ims_q_owner_i,
  // Completion interrupt request.
  output logic                       irq_valid_o,
  input  logic                       irq_ready_i,
  output logic [siov_adi_pkg::MaxAdiW-1:0] irq_adi_o,
  output logic [15:0]                irq_handle_o,
  output logic                       irq_table_o,     // interrupt table in memory (else IMS)
  output logic [63:0]                irq_itbl_base_o,
  output siov_adi_pkg::pasid_t       irq_pasid_o,
  // Software error report (one cycle).
  output logic                       swerr_o,
  output logic [7:0]                 swerr_code_o,
  output logic [siov_adi_pkg::MaxAdiW-1:0] swerr_adi_o,
  output logic [7:0]                 swerr_opcode_o,
  output siov_adi_pkg::pasid_t       swerr_pasid_o,
  output logic [63:0]                swerr_addr_o,
  // Read client of the shared siov_dma_rd.
  output logic                       rd_valid_o,
  input  logic                       rd_ready_i,
  output logic [63:0]                rd_addr_o,
  output logic [12:0]                rd_len_o,
  output logic [RdBufW-1:0]          rd_buf_o,
  output logic                       rd_prfx_vld_o,
  output logic [31:0]                rd_prfx_o,
  input  logic                       rd_done_i,
  output logic                       rd_done_ready_o,
  input  logic [2:0]                 rd_status_i,
  output logic                       rd_abort_o,
  input  logic                       buf_we_i,
  input  logic [RdLineW-1:0]         buf_line_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]   buf_data_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] buf_be_i,
  // Writes to the link.
  output logic                       tx_valid_o,
  input  logic                       tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t    tx_o
);

  localparam int unsigned W        = siov_tlp_pkg::TlpDataW;
  localparam int unsigned BeatLog2 = siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned LineW    = BufAddrW - BeatLog2;
  localparam int unsigned ListW    = MaxBatchShift + 6;        // list buffer: 2**MaxBatchShift * 64 B
  localparam int unsigned ListLineW = ListW - BeatLog2;
  localparam logic [32:0] BufBytes = 33'h1 << BufAddrW;

  if (BufAddrW < 13) begin : g_buf_check
    $fatal(1, "siov_engine: the data buffer must hold two 4 KiB chunks");
  end

  typedef enum logic [3:0] {
    StIdle     = 4'd0,
    StCheck    = 4'd1,   // validation result registered
    StMove     = 4'd2,   // memory move pipeline
    StListRd   = 4'd3,   // batch: reading the descriptor list
    StListWait = 4'd4,
    StSubLoad  = 4'd5,   // batch: loading the next descriptor from the list buffer
    StSubData  = 4'd6,
    StCr       = 4'd7,   // completion record: issue the write
    StCrWait   = 4'd8,
    StIrq      = 4'd9,
    StFinish   = 4'd10,
    StAbort    = 4'd11
  } state_e;

  // ---------------------------------------------------------------------------------------
  // Work registers
  // ---------------------------------------------------------------------------------------
  state_e                state_q;
  siov_adi_pkg::work_t   w_q;            // the work item (for a batch: the batch descriptor)
  logic [511:0]          d_q;            // the descriptor being executed (batch: current sub)
  logic                  in_batch_q;     // d_q is a descriptor of a batch
  logic [15:0]           sub_idx_q;      // batch: next descriptor of the list
  logic                  sub_fail_q;     // batch: a descriptor failed
  logic [6:0]            st_q;           // status of d_q
  logic [31:0]           bytes_done_q;
  logic [63:0]           fault_q;
  logic [23:0]           bad_flags_q;
  logic                  abort_q;

  // ---------------------------------------------------------------------------------------
  // Validation (of d_q in StCheck: registered work item / sub-descriptor)
  // ---------------------------------------------------------------------------------------
  logic [7:0]  v_op;
  logic [23:0] v_flags;
  logic [63:0] v_cr, v_a1, v_a2;
  logic [31:0] v_size;
  logic [15:0] v_handle;
  logic [23:0] v_allowed, v_bad;
  logic        v_rsvd, v_cr_ok, v_want_cr, v_handle_ok;
  logic [6:0]  v_st;
  logic        v_overlap;
  logic        v_priv_bad;

  siov_adi_pkg::desc_t dd;
  assign dd       = d_q;
  assign v_op     = dd.opcode;
  assign v_flags  = dd.flags;
  assign v_cr     = dd.compl_addr;
  assign v_a1     = dd.addr1;
  assign v_a2     = dd.addr2;
  assign v_size   = dd.xfer_size;
  assign v_handle = dd.int_handle;

  assign v_allowed = siov_adi_pkg::FlagsCommon;
  always_comb begin
    v_bad = v_flags & ~v_allowed;
    if (v_flags[siov_adi_pkg::FlagRcr] && !v_flags[siov_adi_pkg::FlagCrav]) begin
      v_bad[siov_adi_pkg::FlagRcr] = 1'b1;
    end
  end

  // Reserved bytes per opcode: 38-39 always; no-op and drain: 16-35 and 40-63; memory move:
  // 40-63; batch: 24-31 and 40-63. Bits 30:20 of the PASID field of a shared-queue descriptor.
  always_comb begin
    v_rsvd = dd.rsvd != 16'h0;
    unique case (v_op)
      siov_adi_pkg::OpNoop, siov_adi_pkg::OpDrain: begin
        v_rsvd = v_rsvd || (v_a1 != '0) || (v_a2 != '0) || (v_size != '0) ||
                 (dd.op_specific != '0);
      end
      siov_adi_pkg::OpMemmove: v_rsvd = v_rsvd || (dd.op_specific != '0);
      siov_adi_pkg::OpBatch:   v_rsvd = v_rsvd || (v_a2 != '0) || (dd.op_specific != '0);
      default: ;
    endcase
    if (w_q.shared && dd.pasid_rsvd != 11'h0) begin
      v_rsvd = 1'b1;
    end
  end

  assign v_overlap = (v_a1 < v_a2 + 64'(v_size)) && (v_a2 < v_a1 + 64'(v_size));
  assign v_priv_bad = w_q.shared && dd.priv && !cfg_i.pasid_priv_en;
  assign v_want_cr  = v_flags[siov_adi_pkg::FlagRcr] && v_flags[siov_adi_pkg::FlagCrav];
  assign v_cr_ok    = v_cr[4:0] == 5'h0;

  assign ims_q_handle_o = v_handle;
  assign v_handle_ok = w_q.int_mode ? (v_handle < w_q.itbl_size) :
                       ((32'(v_handle) < 32'(NumIms)) && ims_q_bound_i &&
                        (ims_q_owner_i == w_q.adi));

  always_comb begin
    v_st = siov_adi_pkg::StSuccess;
    if (!opcap_i[v_op[5:0]] || v_op[7:6] != 2'b00 || !w_q.ops[v_op[5:0]] ||
        (in_batch_q && v_op == siov_adi_pkg::OpBatch)) begin
      v_st = siov_adi_pkg::StBadOpcode;
    end else if (v_bad != 24'h0) begin
      v_st = siov_adi_pkg::StInvalFlags;
    end else if (v_flags[siov_adi_pkg::FlagCrav] && !v_cr_ok) begin
      v_st = siov_adi_pkg::StCrAlign;
    end else if (v_rsvd) begin
      v_st = siov_adi_pkg::StNonzeroRsvd;
    end else if (v_priv_bad) begin
      v_st = siov_adi_pkg::StPrivBad;
    end else if (v_op == siov_adi_pkg::OpMemmove &&
                 (v_size == 32'h0 || v_size > (32'h1 << MaxXferShift))) begin
      v_st = siov_adi_pkg::StXferSize;
    end else if (v_op == siov_adi_pkg::OpBatch &&
                 (v_size < 32'd2 || v_size > (32'h1 << MaxBatchShift))) begin
      v_st = siov_adi_pkg::StDescCount;
    end else if (v_op == siov_adi_pkg::OpMemmove && v_overlap) begin
      v_st = siov_adi_pkg::StOverlap;
    end else if (v_op == siov_adi_pkg::OpBatch && v_a1[5:0] != 6'h0) begin
      v_st = siov_adi_pkg::StListAlign;
    end else if (v_flags[siov_adi_pkg::FlagRci] && !v_handle_ok) begin
      v_st = siov_adi_pkg::StIntHandle;
    end
  end

  // PASID prefixes (Privileged Mode Requested only when asked for and enabled).
  logic [31:0] desc_prfx, data_prfx;
  assign desc_prfx = siov_tlp_pkg::pasid_prefix(w_q.desc_pasid.pasid,
                                                w_q.desc_pasid.priv && cfg_i.pasid_priv_en, 1'b0);
  assign data_prfx = siov_tlp_pkg::pasid_prefix(w_q.data_pasid.pasid,
                                                w_q.data_pasid.priv && cfg_i.pasid_priv_en, 1'b0);

  // ---------------------------------------------------------------------------------------
  // Memory move pipeline
  // ---------------------------------------------------------------------------------------
  // Offsets in bytes from the start of the move.
  logic [31:0] rd_iss_q;     // reads issued up to here
  logic [31:0] rd_done_q;    // reads completed (in order) up to here
  logic [31:0] wr_iss_q;     // writes issued up to here
  logic [31:0] wr_done_q;    // writes completed up to here
  logic [31:0] wr_len_q;     // length of the write in progress
  logic        wr_busy_q;
  logic        rd_stop_q;    // a read failed: issue no more
  logic [2:0]  rd_fail_q;    // status of the first failed read
  logic [31:0] rd_fail_off_q;
  logic [5:0]  b0_q;         // buffer offset of the first byte (= source address mod 64)

  // Chunk at a given offset: up to the next source page boundary, at most what is left.
  function automatic logic [12:0] chunk_len(input logic [11:0] src, input logic [31:0] off,
                                            input logic [31:0] total);
    logic [11:0] a;
    logic [12:0] to_page;
    logic [31:0] left;
    a = src + off[11:0];
    to_page = 13'h1000 - {1'b0, a};
    left = total - off;
    chunk_len = (left < 32'(to_page)) ? 13'(left) : to_page;
  endfunction

  logic [12:0] next_rd_len, done_rd_len;
  logic        mv_rd_go, mv_space;
  assign next_rd_len = chunk_len(v_a1[11:0], rd_iss_q, v_size);
  assign done_rd_len = chunk_len(v_a1[11:0], rd_done_q, v_size);
  // Room in the ring for the next chunk: what is read and not yet written, plus the chunk, plus
  // the line of slack the source alignment may need.
  assign mv_space = ({1'b0, rd_iss_q} - {1'b0, wr_done_q} + 33'(next_rd_len) + 33'd64) <=
                    BufBytes;
  assign mv_rd_go = (state_q == StMove) && !abort_q && !rd_stop_q && (rd_iss_q != v_size) &&
                    mv_space;

  // Write issue: everything read and not yet written, at most 4 KiB per operation.
  logic [31:0] wr_avail;
  logic [12:0] wr_next;
  logic        mv_wr_go;
  // After a failed read only the bytes before it are written.
  assign wr_avail = (rd_stop_q ? rd_fail_off_q : rd_done_q) - wr_iss_q;
  assign wr_next  = (wr_avail > 32'd4096) ? 13'd4096 : 13'(wr_avail);
  assign mv_wr_go = (state_q == StMove) && !abort_q && !wr_busy_q && (wr_avail != 32'h0);

  // ---------------------------------------------------------------------------------------
  // dma_rd client
  // ---------------------------------------------------------------------------------------
  logic list_rd;             // the batch list read
  assign list_rd = (state_q == StListRd);
  assign rd_valid_o    = mv_rd_go || list_rd;
  assign rd_addr_o     = list_rd ? v_a1 : v_a1 + 64'(rd_iss_q);
  assign rd_len_o      = list_rd ? 13'(v_size[15:0] << 6) : next_rd_len;
  assign rd_buf_o      = list_rd ? {1'b1, {BufAddrW{1'b0}}} :
                                   {1'b0, BufAddrW'({26'h0, b0_q} + rd_iss_q)};
  assign rd_prfx_vld_o = list_rd ? w_q.desc_pasid.en : w_q.data_pasid.en;
  assign rd_prfx_o     = list_rd ? desc_prfx : data_prfx;
  assign rd_done_ready_o = 1'b1;
  assign rd_abort_o    = abort_i && busy_o;

  // ---------------------------------------------------------------------------------------
  // Buffers: data ring and batch list
  // ---------------------------------------------------------------------------------------
  logic                wr_op_valid, wr_op_ready, wr_done_v, wr_imm;
  logic [63:0]         wr_op_addr;
  logic [12:0]         wr_op_len;
  logic [BufAddrW-1:0] wr_op_buf;
  logic                wr_op_prfx_vld;
  logic [31:0]         wr_op_prfx;
  logic [W-1:0]        wr_imm_data;
  logic [2:0]          wr_st;
  logic                wr_re;
  logic [LineW-1:0]    wr_line;
  logic [2*W-1:0]      wr_rdata;

  siov_dma_buf #(.BufAddrW(BufAddrW)) u_data_buf (
    .clk_i,
    .we_i    (buf_we_i && !buf_line_i[RdLineW-1]),
    .wline_i (LineW'(buf_line_i)),
    .wdata_i (buf_data_i),
    .wbe_i   (buf_be_i),
    .re_i    (wr_re),
    .rline_i (wr_line),
    .rdata_o (wr_rdata)
  );

  logic                 list_re;
  logic [ListLineW-1:0] list_line;
  logic [2*W-1:0]       list_rdata;

  siov_dma_buf #(.BufAddrW(ListW)) u_list_buf (
    .clk_i,
    .we_i    (buf_we_i && buf_line_i[RdLineW-1]),
    .wline_i (ListLineW'(buf_line_i)),
    .wdata_i (buf_data_i),
    .wbe_i   (buf_be_i),
    .re_i    (list_re),
    .rline_i (list_line),
    .rdata_o (list_rdata)
  );

  assign list_re   = (state_q == StSubLoad);
  assign list_line = ListLineW'(sub_idx_q);

  // ---------------------------------------------------------------------------------------
  // Write engine: data of the move, then the completion record (immediate)
  // ---------------------------------------------------------------------------------------
  logic cr_go;
  assign cr_go = (state_q == StCr) && v_want_cr && v_cr_ok;

  // Completion record: status, result, bytes completed, fault address, op-specific (invalid
  // flags for status 0x11), as <linux/idxd.h> struct dsa_completion_record.
  logic [255:0] cr_rec;
  assign cr_rec = {96'h0, (st_q == siov_adi_pkg::StInvalFlags) ? {8'h0, bad_flags_q} : 32'h0,
                   fault_q, bytes_done_q, 16'h0, 8'h0, 1'b0, st_q};

  assign wr_op_valid    = mv_wr_go || cr_go;
  assign wr_op_addr     = cr_go ? v_cr : v_a2 + 64'(wr_iss_q);
  assign wr_op_len      = cr_go ? 13'd32 : wr_next;
  assign wr_op_buf      = BufAddrW'({26'h0, b0_q} + wr_iss_q);
  assign wr_op_prfx_vld = cr_go ? w_q.desc_pasid.en : w_q.data_pasid.en;
  assign wr_op_prfx     = cr_go ? desc_prfx : data_prfx;
  assign wr_imm         = cr_go;
  assign wr_imm_data    = {{(W-256){1'b0}}, cr_rec};

  siov_dma_wr #(
    .BufAddrW (BufAddrW),
    .LenW     (13)
  ) u_wr (
    .clk_i,
    .rst_ni,
    .cfg_i,
    .op_valid_i    (wr_op_valid),
    .op_ready_o    (wr_op_ready),
    .op_addr_i     (wr_op_addr),
    .op_len_i      (wr_op_len),
    .op_buf_i      (wr_op_buf),
    .op_prfx_vld_i (wr_op_prfx_vld),
    .op_prfx_i     (wr_op_prfx),
    .op_imm_i      (wr_imm),
    .op_imm_data_i (wr_imm_data),
    .abort_i       (abort_i && busy_o),
    .done_valid_o  (wr_done_v),
    .done_ready_i  (1'b1),
    .done_status_o (wr_st),
    .tx_valid_o,
    .tx_ready_i,
    .tx_o,
    .buf_re_o      (wr_re),
    .buf_line_o    (wr_line),
    .buf_data_i    (wr_rdata)
  );

  // ---------------------------------------------------------------------------------------
  // Control
  // ---------------------------------------------------------------------------------------
  logic rd_inflight;   // reads issued whose completion is not in yet
  assign rd_inflight = (rd_done_q != rd_iss_q) || (state_q == StListWait);

  assign work_ready_o = (state_q == StIdle);
  assign busy_o       = (state_q != StIdle);
  assign cur_adi_o    = w_q.adi;
  assign cur_pasid_o  = w_q.data_pasid.pasid;
  assign cur_pasid_en_o = w_q.data_pasid.en;

  assign irq_valid_o     = (state_q == StIrq) && !abort_q;
  assign irq_adi_o       = w_q.adi;
  assign irq_handle_o    = v_handle;
  assign irq_table_o     = w_q.int_mode;
  assign irq_itbl_base_o = w_q.itbl_base;
  assign irq_pasid_o     = w_q.int_pasid;

  // A result that has no completion record to go to goes to SWERR.
  logic report_err;
  assign report_err = (state_q == StCr) && (st_q != siov_adi_pkg::StSuccess) &&
                      !(v_want_cr && v_cr_ok);
  assign swerr_o        = report_err;
  assign swerr_code_o   = {1'b0, st_q};
  assign swerr_adi_o    = w_q.adi;
  assign swerr_opcode_o = v_op;
  assign swerr_pasid_o  = w_q.desc_pasid;
  assign swerr_addr_o   = (st_q == siov_adi_pkg::StCrAlign) ? v_cr : fault_q;

  siov_adi_pkg::desc_t wd;     // the work item's own descriptor (a batch's)
  logic [31:0]         batch_count;
  assign wd          = w_q.desc;
  assign batch_count = wd.xfer_size;

  logic finish;
  assign finish = (state_q == StFinish);
  // One done per work item: not for the descriptors inside a batch.
  assign done_o     = finish && (!in_batch_q || abort_q);
  assign aborted_o  = abort_q;
  assign done_adi_o = w_q.adi;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q       <= StIdle;
      w_q           <= '0;
      d_q           <= '0;
      in_batch_q    <= 1'b0;
      sub_idx_q     <= '0;
      sub_fail_q    <= 1'b0;
      st_q          <= siov_adi_pkg::StSuccess;
      bytes_done_q  <= '0;
      fault_q       <= '0;
      bad_flags_q   <= '0;
      abort_q       <= 1'b0;
      rd_iss_q      <= '0;
      rd_done_q     <= '0;
      wr_iss_q      <= '0;
      wr_done_q     <= '0;
      wr_len_q      <= '0;
      wr_busy_q     <= 1'b0;
      rd_stop_q     <= 1'b0;
      rd_fail_q     <= '0;
      rd_fail_off_q <= '0;
      b0_q          <= '0;
    end else begin
      if (abort_i && busy_o && !abort_q) begin
        abort_q <= 1'b1;
        if (state_q != StIdle) begin
          state_q <= StAbort;
        end
      end
      // Read completions and write completions of the move (also while aborting).
      if (rd_done_i && state_q != StListWait) begin
        rd_done_q <= rd_done_q + 32'(done_rd_len);
        if (rd_status_i != siov_dma_pkg::DmaOk && !rd_stop_q) begin
          rd_stop_q     <= 1'b1;
          rd_fail_q     <= rd_status_i;
          rd_fail_off_q <= rd_done_q;
        end
      end
      if (wr_done_v) begin
        wr_busy_q <= 1'b0;
        if (!(state_q == StCrWait)) begin
          wr_done_q <= wr_done_q + wr_len_q;
        end
      end
      if (mv_rd_go && rd_ready_i) begin
        rd_iss_q <= rd_iss_q + 32'(next_rd_len);
      end
      if (mv_wr_go && wr_op_ready) begin
        wr_iss_q  <= wr_iss_q + 32'(wr_next);
        wr_len_q  <= 32'(wr_next);
        wr_busy_q <= 1'b1;
      end

      unique case (state_q)
        StIdle: begin
          abort_q <= 1'b0;
          if (work_valid_i) begin
            w_q        <= work_i;
            d_q        <= work_i.desc;
            in_batch_q <= 1'b0;
            state_q    <= work_i.cancelled ? StFinish : StCheck;
            abort_q    <= work_i.cancelled;
          end
        end
        StCheck: begin
          st_q         <= v_st;
          bad_flags_q  <= v_bad;
          bytes_done_q <= '0;
          fault_q      <= '0;
          rd_iss_q     <= '0;
          rd_done_q    <= '0;
          wr_iss_q     <= '0;
          wr_done_q    <= '0;
          rd_stop_q    <= 1'b0;
          b0_q         <= v_a1[5:0];
          if (v_st != siov_adi_pkg::StSuccess) begin
            state_q <= StCr;
          end else begin
            unique case (v_op)
              siov_adi_pkg::OpMemmove: state_q <= StMove;
              siov_adi_pkg::OpBatch: begin
                state_q    <= StListRd;
                sub_idx_q  <= '0;
                sub_fail_q <= 1'b0;
              end
              default: state_q <= StCr;   // no-op, drain
            endcase
          end
        end
        StMove: begin
          // Done when everything read is written and no read is left (or one failed).
          if (!wr_busy_q && !(mv_wr_go) && !rd_inflight &&
              (rd_stop_q ? (wr_done_q == rd_fail_off_q) : (wr_done_q == v_size))) begin
            if (rd_stop_q) begin
              st_q         <= siov_adi_pkg::StPageFault;
              bytes_done_q <= rd_fail_off_q;
              fault_q      <= v_a1 + 64'(rd_fail_off_q);
            end else begin
              bytes_done_q <= v_size;
            end
            state_q <= StCr;
          end
        end
        StListRd: if (rd_ready_i) state_q <= StListWait;
        StListWait: begin
          if (rd_done_i) begin
            if (rd_status_i != siov_dma_pkg::DmaOk) begin
              st_q    <= siov_adi_pkg::StBatchFault;
              fault_q <= v_a1;
              state_q <= StCr;
            end else begin
              state_q <= StSubLoad;
            end
          end
        end
        StSubLoad: state_q <= StSubData;   // list buffer read latency
        StSubData: begin
          d_q        <= list_rdata[511:0];
          in_batch_q <= 1'b1;
          state_q    <= StCheck;
        end
        StCr: begin
          if (!(v_want_cr && v_cr_ok)) begin
            state_q <= (v_flags[siov_adi_pkg::FlagRci] && st_q != siov_adi_pkg::StIntHandle) ?
                       StIrq : StFinish;
          end else if (wr_op_ready) begin
            state_q <= StCrWait;
          end
        end
        StCrWait: begin
          if (wr_done_v) begin
            state_q <= (v_flags[siov_adi_pkg::FlagRci] && st_q != siov_adi_pkg::StIntHandle) ?
                       StIrq : StFinish;
          end
        end
        StIrq: if (irq_ready_i) state_q <= StFinish;
        StFinish: begin
          // After a batch descriptor: the next one, then the batch's own record.
          if (in_batch_q && !abort_q) begin
            if (32'(sub_idx_q) + 32'd1 < batch_count) begin
              sub_idx_q  <= sub_idx_q + 16'd1;
              sub_fail_q <= sub_fail_q || (st_q != siov_adi_pkg::StSuccess);
              state_q    <= StSubLoad;
            end else begin
              // The batch descriptor itself completes now; its record counts the descriptors
              // processed.
              d_q          <= w_q.desc;
              in_batch_q   <= 1'b0;
              st_q         <= (sub_fail_q || st_q != siov_adi_pkg::StSuccess) ?
                              siov_adi_pkg::StBatchFail : siov_adi_pkg::StSuccess;
              bytes_done_q <= 32'(sub_idx_q) + 32'd1;
              fault_q      <= '0;
              state_q      <= StCr;
            end
          end else begin
            state_q <= StIdle;
          end
        end
        StAbort: begin
          // The reads were abandoned when the abort came; wait for the write engine to stop.
          if (wr_op_ready && !wr_done_v) begin
            state_q    <= StFinish;
            in_batch_q <= 1'b0;
          end
        end
        default: state_q <= StIdle;
      endcase
    end
  end

  logic unused;
  assign unused = ^{cfg_i, wr_st, rd_fail_q, w_q, wd, dd.pasid, list_rdata[2*W-1:512]};

endmodule
