// siov_engine: one shared execution engine: runs DSA-format descriptors for any ADI.
//
// For each work item (siov_adi_pkg::work_t: descriptor + the identity of the ADI that submitted
// it) the engine
//  1. validates the descriptor from its 64 bytes alone and picks the DSA status code of the first
//     violation (docs/operations.md, in the order listed there); the checks that need a
//     division (DIF transfer size a multiple of the block stride, delta record sizes a multiple
//     of 10) use a 32-cycle divider first;
//  2. executes it with three cooperating units:
//     - the reader turns up to two source streams (S1 into buffer A, 16 KiB; S2 into buffer B,
//       4 KiB) into page-bounded read operations of the shared siov_dma_rd, several in flight,
//       and tracks how much of each stream has arrived contiguously; S1 may run descending (an
//       overlapping memory move whose destination is above its source);
//     - the processor consumes the streams 64 bytes per cycle through a second read port of the
//       buffers (CRC-32C, comparisons, delta records, DIF guard and tags) and decides what to
//       write;
//     - the writer queues write requests (from the buffer, a repeated fill pattern, or
//       immediate bytes: DIF tuples, delta records, delta applications) and runs them through
//       the engine's own siov_dma_wr; a buffer byte is reused only once every unit that needs
//       it is done with it;
//  3. writes the completion record (32 bytes, descriptor PASID) after all of the operation's
//     writes have been handed to the transmit path, then requests the completion interrupt;
//     errors that cannot go into a completion record go to SWERR.
// Every data request carries the data PASID prefix, every completion-record / batch-list request
// the descriptor PASID prefix (when enabled). abort_i stops the current work: no further
// request, outstanding reads abandoned (quarantined in siov_dma_rd), the write in progress
// finishes its TLP, no completion record, no interrupt; then done_o with aborted_o.
// Batch: the list is read (descriptor PASID) into a list buffer and its descriptors run one
// after the other; a descriptor with Fence after a failed one ends the batch there.
module siov_engine #(
  parameter int unsigned BufAddrW      = 14,   // buffer A (stream 1): 16 KiB
  parameter int unsigned BufBAddrW     = 12,   // buffer B (stream 2): 4 KiB
  parameter int unsigned MaxXferShift  = 21,
  parameter int unsigned MaxBatchShift = 5,
  parameter int unsigned NumIms        = 2048,
  localparam int unsigned RdBufW       = BufAddrW + 1,  // dma_rd buffer address: MSB = B / list
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
  // PASID Permissions Table (siov_ppt): lookups, what this engine holds, Update Window, drain
  // of an access PASID, where the table is.
  output logic                       lk_req_o,
  output logic                       lk_lock_o,
  output logic [15:0]                lk_sel_o,
  input  logic                       lk_gnt_i,
  input  logic [1:0]                 lk_err_i,
  input  logic [255:0]               lk_ent_i,
  output logic [33:0]                use_o,
  input  logic                       lk_idle_i,
  output logic                       upd_done_o,
  output logic                       upd_write_o,
  output logic [255:0]               upd_ent_o,
  output logic                       act_o,
  output logic [62:0]                pasids_o,
  output logic                       dr_req_o,
  output logic [19:0]                dr_pasid_o,
  input  logic                       dr_done_i,
  input  logic [63:0]                tbl_base_i,
  input  logic                       tbl_prfx_vld_i,
  input  logic [31:0]                tbl_prfx_i,
  // Writes to the link.
  output logic                       tx_valid_o,
  input  logic                       tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t    tx_o
);

  localparam int unsigned W         = siov_tlp_pkg::TlpDataW;
  localparam int unsigned BeatLog2  = siov_tlp_pkg::TlpBeatBytesLog2;
  localparam int unsigned LineA     = BufAddrW - BeatLog2;
  localparam int unsigned LineB     = BufBAddrW - BeatLog2;
  localparam int unsigned ListW     = MaxBatchShift + 6;        // list buffer: 2**MaxBatchShift * 64 B
  localparam int unsigned ListLineW = ListW - BeatLog2;
  localparam logic [32:0] SizeA     = 33'h1 << BufAddrW;
  localparam logic [32:0] SizeB     = 33'h1 << BufBAddrW;
  localparam logic [31:0] Chunk1    = 32'd4096;                 // largest read / write piece
  localparam logic [31:0] Chunk2    = 32'(SizeB >> 1);
  localparam logic [31:0] MaxXfer   = 32'h1 << MaxXferShift;
  localparam int unsigned FifoD     = 8;                        // reads in flight (dma_rd OpSlots)

  if (W != 512) begin : g_beat_check
    $fatal(1, "siov_engine: the processor works on 64-byte beats");
  end
  if (BufAddrW < 13 || BufBAddrW + 1 > BufAddrW || ListW + 1 > BufAddrW) begin : g_buf_check
    $fatal(1, "siov_engine: buffer A must hold two 4 KiB chunks and B / list fit in its size");
  end

  // ---------------------------------------------------------------------------------------
  // Work registers
  // ---------------------------------------------------------------------------------------
  typedef enum logic [4:0] {
    StIdle     = 5'd0,
    StDiv      = 5'd1,   // divider for the size checks that need one
    StCheck    = 5'd2,   // validation result registered, execution set up
    StExec     = 5'd3,   // reader, processor and writer running
    StListRd   = 5'd4,   // batch: reading the descriptor list
    StListWait = 5'd5,
    StSubLoad  = 5'd6,   // batch: loading the next descriptor from the list buffer
    StSubData  = 5'd7,
    StCr       = 5'd8,   // completion record: issue the write
    StCrWait   = 5'd9,
    StIrq      = 5'd10,
    StFinish   = 5'd11,
    StAbort    = 5'd12,
    StPre      = 5'd13,  // decode of a new descriptor (registers settle before the divider)
    StLk1      = 5'd14,  // PPT lookup of the address-1 selector
    StLk2      = 5'd15,  // PPT lookup of the address-2 selector (Update Window: with the lock)
    StNtf      = 5'd16,  // destination notification: issue the write
    StNtfWait  = 5'd17,
    StDrWait   = 5'd18,  // drain of an access PASID
    StUwIdle   = 5'd19,  // Update Window: wait until no other engine holds the entry
    StUwWr     = 5'd20,  // ... write the new entry to the table
    StUwWait   = 5'd21,
    StUwDone   = 5'd22,  // ... hand it to the cache, release the lock
    StNtfIrq   = 5'd23   // destination notification: the destination's IMS interrupt
  } state_e;

  state_e                state_q;
  siov_adi_pkg::work_t   w_q;            // the work item (for a batch: the batch descriptor)
  logic [511:0]          d_q;            // the descriptor being executed (batch: current sub)
  logic                  in_batch_q;     // d_q is a descriptor of a batch
  logic [15:0]           sub_idx_q;      // batch: next descriptor of the list
  logic                  sub_fail_q;     // batch: a descriptor did not succeed
  logic [6:0]            st_q;           // status of d_q
  logic [7:0]            res_q;          // result byte
  logic [31:0]           bytes_done_q;
  logic [63:0]           fault_q;
  logic [127:0]          opsp_q;         // completion record bytes 16-31
  logic                  abort_q;

  // ---------------------------------------------------------------------------------------
  // Descriptor fields (<linux/idxd.h> struct dsa_hw_desc; byte k = d_q[8k +: 8])
  // ---------------------------------------------------------------------------------------
  siov_adi_pkg::desc_t dd;
  logic [7:0]  v_op;
  logic [23:0] v_flags;
  logic [63:0] v_cr, v_a1, v_a2, v_a3;      // a3: bytes 40-47 (dst2, delta record address)
  logic [31:0] v_size, v_w40, v_w48;        // v_w40: bytes 40-43, v_w48: bytes 48-51
  logic [63:0] v_q48;                       // bytes 48-55 (CRC seed address)
  logic [15:0] v_handle;
  assign dd       = d_q;
  assign v_op     = dd.opcode;
  assign v_flags  = dd.flags;
  assign v_cr     = dd.compl_addr;
  assign v_a1     = dd.addr1;
  assign v_a2     = dd.addr2;
  assign v_size   = dd.xfer_size;
  assign v_handle = dd.int_handle;
  assign v_a3     = d_q[383:320];
  assign v_w40    = d_q[351:320];
  assign v_w48    = d_q[415:384];
  assign v_q48    = d_q[447:384];

  // Inter-domain operations (0x23-0x26) run as their base operation (0x03-0x06), some addresses
  // going through PPT entries (docs/ppt.md).
  logic       is_id, is_upd, is_drsel;
  logic [7:0] v_opb;
  assign is_id    = (v_op >= siov_adi_pkg::OpIdMove) && (v_op <= siov_adi_pkg::OpIdCpat);
  assign is_upd   = (v_op == siov_adi_pkg::OpUpdWin);
  assign is_drsel = (v_op == siov_adi_pkg::OpDrain) && v_flags[16];
  assign v_opb    = is_id ? v_op - 8'h20 : v_op;

  logic is_move, is_fill, is_cmp, is_cpat, is_dc, is_da, is_dual, is_crc, is_ccrc, is_dif;
  logic is_dchk, is_dins, is_dstrp, is_dupd, is_data;
  assign is_move  = (v_opb == siov_adi_pkg::OpMemmove);
  assign is_fill  = (v_opb == siov_adi_pkg::OpFill);
  assign is_cmp   = (v_opb == siov_adi_pkg::OpCompare);
  assign is_cpat  = (v_opb == siov_adi_pkg::OpCompPat);
  assign is_dc    = (v_op == siov_adi_pkg::OpDeltaC);
  assign is_da    = (v_op == siov_adi_pkg::OpDeltaA);
  assign is_dual  = (v_op == siov_adi_pkg::OpDualcast);
  assign is_crc   = (v_op == siov_adi_pkg::OpCrcGen);
  assign is_ccrc  = (v_op == siov_adi_pkg::OpCopyCrc);
  assign is_dchk  = (v_op == siov_adi_pkg::OpDifChk);
  assign is_dins  = (v_op == siov_adi_pkg::OpDifIns);
  assign is_dstrp = (v_op == siov_adi_pkg::OpDifStrp);
  assign is_dupd  = (v_op == siov_adi_pkg::OpDifUpd);
  assign is_dif   = is_dchk || is_dins || is_dstrp || is_dupd;
  assign is_data  = is_move || is_fill || is_cmp || is_cpat || is_dc || is_da || is_dual ||
                    is_crc || is_ccrc || is_dif;

  // DIF parameters.
  logic [7:0]  dif_sf, dif_df, dif_f;       // source / destination / common DIF flags
  logic [12:0] dif_bs;                      // protected block size
  logic [12:0] dif_stride;                  // source bytes per block
  assign dif_sf = d_q[327:320];
  assign dif_df = d_q[335:328];
  assign dif_f  = d_q[343:336];
  always_comb begin
    unique case (dif_f[1:0])
      2'd0:    dif_bs = 13'd512;
      2'd1:    dif_bs = 13'd520;
      2'd2:    dif_bs = 13'd4096;
      default: dif_bs = 13'd4104;
    endcase
  end
  assign dif_stride = is_dins ? dif_bs : dif_bs + 13'd8;

  // ---------------------------------------------------------------------------------------
  // Divider (StDiv): DIF size / stride, delta record sizes / 10
  // ---------------------------------------------------------------------------------------
  logic        need_div;
  logic [31:0] div_num, div_den;
  logic [31:0] div_q, div_r;
  logic [5:0]  div_cnt_q;
  assign need_div = is_dif || is_dc || is_da;
  assign div_num  = is_dif ? v_size : (is_dc ? v_w48 : v_w40);
  assign div_den  = is_dif ? {19'h0, dif_stride} : 32'd10;

  // ---------------------------------------------------------------------------------------
  // Validation
  // ---------------------------------------------------------------------------------------
  logic [23:0] v_allowed, v_bad;
  always_comb begin
    v_allowed = siov_adi_pkg::FlagsCommon;
    if (is_cmp || is_cpat || is_dc) v_allowed[siov_adi_pkg::FlagCheck] = 1'b1;
    if (is_crc || is_ccrc)          v_allowed[18:16] = 3'b111;
    if (is_id) begin
      v_allowed[16] = !is_fill;           // address 1 through a selector (fill: a pattern)
      v_allowed[17] = !is_cpat;           // address 2 through a selector (compare pattern: a pattern)
      v_allowed[18] = is_move || is_fill; // destination notification
    end
    if (v_op == siov_adi_pkg::OpDrain) v_allowed[16] = 1'b1;   // drain an access PASID
    v_bad = v_flags & ~v_allowed;
    if (v_flags[siov_adi_pkg::FlagRcr] && !v_flags[siov_adi_pkg::FlagCrav]) begin
      v_bad[siov_adi_pkg::FlagRcr] = 1'b1;
    end
  end

  // Bits that must be zero, per opcode (bytes 38-39 always).
  function automatic logic [511:0] rsvd_mask(input logic [7:0] op);
    logic [511:0] m;
    m = '0;
    m[8*38 +: 16] = '1;
    unique case (op)
      siov_adi_pkg::OpNoop, siov_adi_pkg::OpDrain: begin
        m[8*16 +: 8*20] = '1;  m[8*40 +: 8*24] = '1;
      end
      siov_adi_pkg::OpBatch:   begin m[8*24 +: 64] = '1;  m[8*40 +: 8*24] = '1; end
      siov_adi_pkg::OpMemmove, siov_adi_pkg::OpFill: m[8*40 +: 8*24] = '1;
      siov_adi_pkg::OpCompare, siov_adi_pkg::OpCompPat: begin
        m[8*40 +: 8] = 8'hfe;  m[8*41 +: 8*23] = '1;
      end
      siov_adi_pkg::OpDeltaC:  begin
        m[8*52 +: 32] = '1;  m[8*56 +: 8] = 8'hf8;  m[8*57 +: 8*7] = '1;
      end
      siov_adi_pkg::OpDeltaA:  m[8*44 +: 8*20] = '1;
      siov_adi_pkg::OpDualcast: m[8*48 +: 8*16] = '1;
      siov_adi_pkg::OpCrcGen:  begin
        m[8*24 +: 64] = '1;  m[8*44 +: 32] = '1;  m[8*56 +: 64] = '1;
      end
      siov_adi_pkg::OpCopyCrc: begin m[8*44 +: 32] = '1;  m[8*56 +: 64] = '1; end
      siov_adi_pkg::OpDifChk:  begin
        m[8*24 +: 64] = '1;  m[8*41 +: 8] = '1;  m[8*42 +: 8] = 8'hf0;  m[8*43 +: 40] = '1;
        m[8*56 +: 64] = '1;
      end
      siov_adi_pkg::OpDifIns:  begin
        m[8*40 +: 8] = '1;  m[8*41 +: 8] = 8'h6f;  m[8*42 +: 8] = 8'hf0;  m[8*43 +: 8*13] = '1;
      end
      siov_adi_pkg::OpDifStrp: begin
        m[8*41 +: 8] = '1;  m[8*42 +: 8] = 8'hf0;  m[8*43 +: 40] = '1;  m[8*56 +: 64] = '1;
      end
      siov_adi_pkg::OpDifUpd:  begin
        m[8*41 +: 8] = 8'h07;  m[8*42 +: 8] = 8'hf0;  m[8*43 +: 40] = '1;
      end
      siov_adi_pkg::OpUpdWin:  begin
        m[8*32 +: 32] = '1;  m[8*40 +: 8*21] = '1;  m[8*61 +: 8] = 8'he0;
      end
      default: ;
    endcase
    rsvd_mask = m;
  endfunction

  // [a, a+la) and [b, b+lb) intersect (lengths non-zero).
  function automatic logic ovl(input logic [63:0] a, input logic [31:0] la, input logic [63:0] b,
                               input logic [31:0] lb);
    logic [64:0] ae, be;
    ae  = {1'b0, a} + 65'(la);
    be  = {1'b0, b} + 65'(lb);
    ovl = (la != 0) && (lb != 0) && ({1'b0, a} < be) && ({1'b0, b} < ae);
  endfunction

  function automatic logic wraps(input logic [63:0] a, input logic [31:0] l);
    wraps = a > ~{32'h0, l};
  endfunction

  logic        v_rsvd, v_cr_ok, v_want_cr, v_handle_ok, v_priv_bad;
  logic        v_size_bad, v_cnt_bad, v_dsize_bad, v_overlap, v_dual_bad, v_list_bad, v_mis;
  logic [31:0] v_blocks_bytes;            // DIF: 8 * number of blocks
  logic [6:0]  v_st;    // generic checks, then the PPT checks

  // Selector and notification fields are used only with their flags (docs/ppt.md 3.1).
  logic [511:0] v_rmask;
  always_comb begin
    v_rmask = rsvd_mask(v_opb);
    if ((is_id || is_drsel) && v_flags[16]) v_rmask[8*60 +: 16] = '0;
    if (is_id && v_flags[17])               v_rmask[8*62 +: 16] = '0;
    if (is_id && v_flags[18])               v_rmask[8*48 +: 96] = '0;
  end
  assign v_rsvd = ((d_q & v_rmask) != '0) ||
                  (w_q.shared && dd.pasid_rsvd != 11'h0);
  assign v_priv_bad = w_q.shared && dd.priv && !cfg_i.pasid_priv_en;
  assign v_want_cr  = v_flags[siov_adi_pkg::FlagRcr] && v_flags[siov_adi_pkg::FlagCrav];
  assign v_cr_ok    = v_cr[4:0] == 5'h0;
  assign v_blocks_bytes = {div_q[28:0], 3'b000};

  // The notification interrupt's handle comes from the address-2 entry (set by the host driver).
  logic [15:0] ntf_ims;
  logic        ntf_int;
  assign ntf_ims = e2_q[siov_adi_pkg::PeNtfIms +: 16];
  assign ntf_int = e2_q[siov_adi_pkg::PeNtfInt] && v_flags[17];
  assign ims_q_handle_o = (state_q == StNtfIrq) ? ntf_ims : v_handle;
  assign v_handle_ok = w_q.int_mode ? (v_handle < w_q.itbl_size) :
                       ((32'(v_handle) < 32'(NumIms)) && ims_q_bound_i &&
                        (ims_q_owner_i == w_q.adi));

  always_comb begin
    v_size_bad = is_data && (v_size == 32'h0 || v_size > MaxXfer);
    if ((is_dc || is_da) && v_size > 32'h8_0000) v_size_bad = 1'b1;
    if (is_dif && div_r != 32'h0) v_size_bad = 1'b1;
    // Buffers that would run past the top of the address space (a1: source, except fill's
    // pattern and apply's record; a2: destination or second source).
    if ((is_data && !is_fill && !is_da && wraps(v_a1, v_size)) ||
        ((is_move || is_fill || is_cmp || is_dc || is_da || is_dual || is_ccrc || is_dins ||
          is_dstrp || is_dupd) && wraps(v_a2, v_size))) begin
      v_size_bad = 1'b1;
    end
    v_cnt_bad = (v_op == siov_adi_pkg::OpBatch) &&
                (v_size < 32'd2 || v_size > (32'h1 << MaxBatchShift));
    v_dsize_bad = (is_dc && (div_r != 0 || v_w48 < 32'd80 || v_w48 > MaxXfer)) ||
                  (is_da && (v_w40 == 0 || div_r != 0 || v_w40 > MaxXfer));
    v_overlap = 1'b0;
    if (is_dual) v_overlap = ovl(v_a1, v_size, v_a2, v_size) || ovl(v_a1, v_size, v_a3, v_size) ||
                             ovl(v_a2, v_size, v_a3, v_size);
    if (is_ccrc) v_overlap = ovl(v_a1, v_size, v_a2, v_size);
    if (is_dc)   v_overlap = ovl(v_a3, v_w48, v_a1, v_size) || ovl(v_a3, v_w48, v_a2, v_size);
    if (is_da)   v_overlap = ovl(v_a1, v_w40, v_a2, v_size);
    if (is_dins) v_overlap = ovl(v_a1, v_size, v_a2, v_size + v_blocks_bytes);
    if (is_dstrp) v_overlap = ovl(v_a1, v_size, v_a2, v_size - v_blocks_bytes);
    if (is_dupd) v_overlap = ovl(v_a1, v_size, v_a2, v_size);
    v_dual_bad = is_dual && (v_a2[11:0] != v_a3[11:0]);
    v_list_bad = (v_op == siov_adi_pkg::OpBatch) && (v_a1[5:0] != 6'h0);
    v_mis = (is_dc && (v_a1[2:0] != 0 || v_a2[2:0] != 0 || v_a3[2:0] != 0 || v_size[2:0] != 0)) ||
            (is_da && (v_a1[2:0] != 0 || v_a2[2:0] != 0 || v_size[2:0] != 0)) ||
            ((is_crc || is_ccrc) && v_flags[16] && v_q48[1:0] != 2'b00) ||
            (is_id && v_flags[18] && v_q48[2:0] != 3'b000);
  end

  logic [6:0] v_sg;   // the status of the generic (DSA) checks
  always_comb begin
    v_sg = siov_adi_pkg::StSuccess;
    if (!opcap_i[v_op[5:0]] || v_op[7:6] != 2'b00 || !w_q.ops[v_op[5:0]] ||
        (in_batch_q && (v_op == siov_adi_pkg::OpBatch || v_op == siov_adi_pkg::OpDrain ||
                        is_upd))) begin
      v_sg = siov_adi_pkg::StBadOpcode;
    end else if (v_bad != 24'h0) begin
      v_sg = siov_adi_pkg::StInvalFlags;
    end else if (v_flags[siov_adi_pkg::FlagCrav] && !v_cr_ok) begin
      v_sg = siov_adi_pkg::StCrAlign;
    end else if (v_rsvd) begin
      v_sg = siov_adi_pkg::StNonzeroRsvd;
    end else if (v_priv_bad) begin
      v_sg = siov_adi_pkg::StPrivBad;
    end else if (v_size_bad) begin
      v_sg = siov_adi_pkg::StXferSize;
    end else if (v_cnt_bad) begin
      v_sg = siov_adi_pkg::StDescCount;
    end else if (v_dsize_bad) begin
      v_sg = siov_adi_pkg::StDeltaSize;
    end else if (v_overlap) begin
      v_sg = siov_adi_pkg::StOverlap;
    end else if (v_dual_bad) begin
      v_sg = siov_adi_pkg::StDualcast;
    end else if (v_list_bad) begin
      v_sg = siov_adi_pkg::StListAlign;
    end else if (v_mis) begin
      v_sg = siov_adi_pkg::StMisalign;
    end else if (v_flags[siov_adi_pkg::FlagRci] && !v_handle_ok) begin
      v_sg = siov_adi_pkg::StIntHandle;
    end
  end

  // ---------------------------------------------------------------------------------------
  // PASID Permissions Table (docs/ppt.md): lookups of the selectors, FIG. 6 checks
  // ---------------------------------------------------------------------------------------
  logic [15:0]  h1, h2;                   // address-1 / address-2 selectors (bytes 60, 62)
  logic         need_lk1, need_lk2, same_sel;
  logic [255:0] e1_q, e2_q;               // the entries looked up
  logic [1:0]   e1_err_q, e2_err_q;
  logic         u1v_q, u2v_q;             // ... and held by this descriptor
  logic         lock_q;                   // Update Window: this engine holds the PPT lock
  assign h1       = d_q[8*60 +: 16];
  assign h2       = d_q[8*62 +: 16];
  assign need_lk1 = (is_id && v_flags[16]) || is_drsel;
  assign need_lk2 = (is_id && v_flags[17]) || is_upd;
  assign same_sel = need_lk1 && need_lk2 && !is_upd && (h1 == h2);

  // One entry against one access: selector answer, valid, submitter, permission, window.
  function automatic logic [6:0] ppt_check(input logic [255:0] e, input logic [1:0] err,
                                           input logic sub_en, input logic [19:0] sub,
                                           input logic need_r, input logic need_w,
                                           input logic win, input logic [63:0] a,
                                           input logic [31:0] n);
    logic [65:0] ea, b, lim;
    logic        in_win;
    ea  = {2'b00, a} + 66'(n);
    b   = {2'b00, e[siov_adi_pkg::PeBase +: 64]};
    lim = b + {2'b00, e[siov_adi_pkg::PeSize +: 64]};
    if (e[siov_adi_pkg::PeOffset]) begin
      // Offset mode: always inside [0, size), and base + offset must not wrap.
      in_win = (ea <= {2'b00, e[siov_adi_pkg::PeSize +: 64]}) && (b + ea <= 66'h1_0000_0000_0000_0000);
    end else if (e[siov_adi_pkg::PeRange]) begin
      in_win = ({2'b00, a} >= b) && (ea <= lim);
    end else begin
      in_win = 1'b1;
    end
    ppt_check = siov_adi_pkg::StSuccess;
    if (err == siov_adi_pkg::PptRange) begin
      ppt_check = siov_adi_pkg::StPptSel;
    end else if (err == siov_adi_pkg::PptFault) begin
      ppt_check = siov_adi_pkg::StPptFault;
    end else if (!e[siov_adi_pkg::PeValid]) begin
      ppt_check = siov_adi_pkg::StPptInvalid;
    end else if (!e[siov_adi_pkg::PeAny] && !(sub_en && e[siov_adi_pkg::PeSubm +: 20] == sub)) begin
      ppt_check = siov_adi_pkg::StPptSubmitter;
    end else if (need_r && !e[siov_adi_pkg::PeRead]) begin
      ppt_check = siov_adi_pkg::StPptNoRead;
    end else if (need_w && !e[siov_adi_pkg::PeWrite]) begin
      ppt_check = siov_adi_pkg::StPptNoWrite;
    end else if (win && !in_win) begin
      ppt_check = siov_adi_pkg::StPptRange;
    end
  endfunction

  logic [4:0]  uw_fl;                     // Update Window flags (byte 61; 7:5 reserved)
  logic [6:0]  pc1, pc2, pcn, pc_upd, v_ppt;
  logic [255:0] e2_own;                   // entry 2 with its owner as the only submitter
  always_comb begin
    e2_own = e2_q;
    e2_own[siov_adi_pkg::PeAny]        = 1'b0;
    e2_own[siov_adi_pkg::PeSubm +: 20] = e2_q[siov_adi_pkg::PeAcc +: 20];
  end
  logic [7:0]  v_which;                   // which address failed (completion record result)
  logic [15:0] v_fsel;
  assign uw_fl = d_q[8*61 +: 5];
  always_comb begin
    pc1 = siov_adi_pkg::StSuccess;
    pc2 = siov_adi_pkg::StSuccess;
    pcn = siov_adi_pkg::StSuccess;
    if (is_id && v_flags[16]) begin
      pc1 = ppt_check(e1_q, e1_err_q, w_q.desc_pasid.en, w_q.desc_pasid.pasid, 1'b1, 1'b0, 1'b1,
                      v_a1, v_size);
    end
    if (is_drsel) begin
      pc1 = ppt_check(e1_q, e1_err_q, w_q.desc_pasid.en, w_q.desc_pasid.pasid, 1'b0, 1'b0, 1'b0,
                      v_a1, v_size);
      if (pc1 == siov_adi_pkg::StSuccess && !e1_q[siov_adi_pkg::PeDrain]) pc1 = siov_adi_pkg::StPptNoDrain;
    end
    if (is_id && v_flags[17]) begin
      pc2 = ppt_check(e2_q, e2_err_q, w_q.desc_pasid.en, w_q.desc_pasid.pasid, is_cmp,
                      !is_cmp, 1'b1, v_a2, v_size);
      if (v_flags[18]) begin
        pcn = ppt_check(e2_q, e2_err_q, w_q.desc_pasid.en, w_q.desc_pasid.pasid, 1'b0, 1'b1,
                        1'b1, v_q48, 32'd8);
      end
    end
    // Update Window: the same entry checks with the owner (access PASID) in the submitter's
    // place, then allow-update, a window that does not wrap, the mode unchanged.
    pc_upd = ppt_check(e2_own, e2_err_q, w_q.desc_pasid.en, w_q.desc_pasid.pasid, 1'b0, 1'b0,
                       1'b0, v_a1, v_size);
    if (pc_upd == siov_adi_pkg::StPptSubmitter) begin
      pc_upd = siov_adi_pkg::StPptNotOwner;
    end else if (pc_upd != siov_adi_pkg::StSuccess) begin
      // selector, fault, invalid: as found
    end else if (!e2_q[siov_adi_pkg::PeUpdate]) begin
      pc_upd = siov_adi_pkg::StPptNoUpdate;
    end else if (({1'b0, v_a1} + {1'b0, v_a2}) > 65'h1_0000_0000_0000_0000 ||
                 uw_fl[3] != e2_q[siov_adi_pkg::PeOffset]) begin
      pc_upd = siov_adi_pkg::StPptBadWin;
    end
    if (is_upd) pc2 = pc_upd;
    v_ppt   = siov_adi_pkg::StSuccess;
    v_which = 8'd0;
    v_fsel  = 16'h0;
    if (pc1 != siov_adi_pkg::StSuccess) begin
      v_ppt = pc1;  v_which = 8'd1;  v_fsel = h1;
    end else if (pc2 != siov_adi_pkg::StSuccess) begin
      v_ppt = pc2;  v_which = 8'd2;  v_fsel = h2;
    end else if (pcn != siov_adi_pkg::StSuccess) begin
      v_ppt = pcn;  v_which = 8'd3;  v_fsel = h2;
    end
  end
  assign v_st = (v_sg != siov_adi_pkg::StSuccess) ? v_sg : v_ppt;

  // Addresses after offset-mode translation.
  logic [63:0] v_x1, v_x2, v_xn;
  logic        off1, off2;
  assign off1 = is_id && v_flags[16] && e1_q[siov_adi_pkg::PeOffset];
  assign off2 = is_id && v_flags[17] && e2_q[siov_adi_pkg::PeOffset];
  assign v_x1 = off1 ? e1_q[siov_adi_pkg::PeBase +: 64] + v_a1 : v_a1;
  assign v_x2 = off2 ? e2_q[siov_adi_pkg::PeBase +: 64] + v_a2 : v_a2;
  assign v_xn = off2 ? e2_q[siov_adi_pkg::PeBase +: 64] + v_q48 : v_q48;

  // The new entry of an Update Window: base, size, range check and the permissions change.
  logic [255:0] uw_ent;
  always_comb begin
    uw_ent = e2_q;
    uw_ent[siov_adi_pkg::PeRead]  = uw_fl[0];
    uw_ent[siov_adi_pkg::PeWrite] = uw_fl[1];
    uw_ent[siov_adi_pkg::PeRange] = uw_fl[2];
    uw_ent[siov_adi_pkg::PeDrain] = uw_fl[4];
    uw_ent[siov_adi_pkg::PeBase +: 64] = v_a1;
    uw_ent[siov_adi_pkg::PeSize +: 64] = v_a2;
  end

  // PASID prefixes (Privileged Mode Requested only when asked for and enabled).
  logic [31:0] desc_prfx, data_prfx;
  assign desc_prfx = siov_tlp_pkg::pasid_prefix(w_q.desc_pasid.pasid,
                                                w_q.desc_pasid.priv && cfg_i.pasid_priv_en, 1'b0);
  assign data_prfx = siov_tlp_pkg::pasid_prefix(w_q.data_pasid.pasid,
                                                w_q.data_pasid.priv && cfg_i.pasid_priv_en, 1'b0);
  // Per address: stream 1 (address 1), stream 2 and the writes (address 2): the data PASID, or the
  // access PASID of the address's PPT entry (registered in StCheck).
  logic [31:0] acc1_prfx, acc2_prfx, p1_q, p2_q;
  logic        p1v_q, p2v_q;
  assign acc1_prfx = siov_tlp_pkg::pasid_prefix(e1_q[siov_adi_pkg::PeAcc +: 20],
                                                e1_q[siov_adi_pkg::PePriv] && cfg_i.pasid_priv_en, 1'b0);
  assign acc2_prfx = siov_tlp_pkg::pasid_prefix(e2_q[siov_adi_pkg::PeAcc +: 20],
                                                e2_q[siov_adi_pkg::PePriv] && cfg_i.pasid_priv_en, 1'b0);
  // Addresses 1 and 2 are in the same address space (same prefix, or both without).
  logic v_same_space;
  assign v_same_space =
      ((is_id && v_flags[16]) ? {1'b1, acc1_prfx} : {w_q.data_pasid.en, data_prfx}) ==
      ((is_id && v_flags[17]) ? {1'b1, acc2_prfx} : {w_q.data_pasid.en, data_prfx});

  // ---------------------------------------------------------------------------------------
  // Execution set-up (registered in StCheck)
  // ---------------------------------------------------------------------------------------
  typedef enum logic [3:0] {
    OcNone = 4'd0, OcMove = 4'd1, OcFill = 4'd2, OcCrc = 4'd3, OcCmp = 4'd4, OcDeltaC = 4'd5,
    OcDeltaA = 4'd6, OcDif = 4'd7
  } oc_e;
  oc_e         oc_q;
  logic        x_dual_q, x_copy_q, x_pat_q, x_seed_q, x_desc_q;   // op variants
  logic        s1_en_q, s2_en_q;
  logic [63:0] s1_addr_q, s2_addr_q;
  logic [31:0] s1_len_q, s2_len_q;
  logic [63:0] dst_q, dst2_q;            // destination(s); delta record address
  logic [63:0] pat_q;                    // fill / compare pattern
  logic [31:0] n_q;                      // transfer size
  logic [31:0] lim_q;                    // delta: max record size; apply: record count
  logic [31:0] nblk_q;                   // DIF blocks
  logic [12:0] bs_q, stride_q;
  logic [7:0]  sf_q, df_q, ff_q, cmpexp_q;
  logic [1:0]  difk_q;                   // 0 check, 1 insert, 2 strip, 3 update
  logic [31:0] sref_q, dref_q;
  logic [15:0] smask_q, sapp_q, dmask_q, dapp_q;
  logic [31:0] seed_q;
  logic [2:0]  crcf_q;                   // CRC op flags 18:16

  // ---------------------------------------------------------------------------------------
  // Reader: two source streams
  // ---------------------------------------------------------------------------------------
  logic [31:0] iss1_q, iss2_q, done1_q, done2_q;
  logic [31:0] free1, free2;             // bytes the consumers are done with
  logic        rf1_q, rf2_q;             // a read of the stream failed: it stops there
  logic [31:0] rf1_off_q, rf2_off_q;     // ... at this stream offset
  logic        rf_q, rf_s2_q;            // some read failed; the stream that stops first
  logic [31:0] rf_off_q;                 // ... and where
  logic        rd_stop_q;                // the processor needs no more data
  logic        tog_q;                    // alternate between the streams
  logic [FifoD-1:0]   fq_s;              // reads in flight: stream
  logic [FifoD*13-1:0] fq_len;
  logic [3:0]  fq_cnt_q;
  logic [2:0]  fq_head_q, fq_tail_q;
  logic [FifoD-1:0] fq_s_q;
  logic [FifoD*13-1:0] fq_len_q;
  assign fq_s   = fq_s_q;
  assign fq_len = fq_len_q;

  // End of the usable part of each stream (a failed read stops it).
  logic [31:0] end1, end2;
  assign end1 = rf1_q ? rf1_off_q : s1_len_q;
  assign end2 = rf2_q ? rf2_off_q : s2_len_q;
  assign rf_q     = rf1_q || rf2_q;
  assign rf_s2_q  = rf2_q && (!rf1_q || rf2_off_q < rf1_off_q);
  assign rf_off_q = rf_s2_q ? rf2_off_q : rf1_off_q;
  // Where the two streams are both usable up to (two-source operations), and the host address
  // of the first byte that could not be read.
  logic [31:0] end12;
  logic [63:0] rf_addr;
  assign end12   = (end2 < end1) ? end2 : end1;
  assign rf_addr = (rf_s2_q ? s2_addr_q : s1_addr_q) + 64'(rf_off_q);

  // Next chunk of stream 1.
  logic [5:0]  b01, b02;
  logic [31:0] left1, left2, c1_len, c2_len;
  logic [63:0] c1_addr, c2_addr;
  logic [BufAddrW-1:0] c1_pos;
  logic [BufBAddrW-1:0] c2_pos;
  logic        can1, can2;
  assign b01   = s1_addr_q[5:0];
  assign b02   = s2_addr_q[5:0];
  assign left1 = s1_len_q - iss1_q;
  assign left2 = s2_len_q - iss2_q;
  always_comb begin
    logic [63:0] a;
    logic [31:0] to_page, to_end, l;
    logic [BufAddrW-1:0] p;
    if (!x_desc_q) begin
      a       = s1_addr_q + 64'(iss1_q);
      to_page = 32'h1000 - {20'h0, a[11:0]};
      p       = BufAddrW'({26'h0, b01} + iss1_q);
      to_end  = 32'(SizeA) - 32'(p);
    end else begin
      a       = s1_addr_q + 64'(left1);              // end of what is left (exclusive)
      to_page = {20'h0, a[11:0] - 12'h1} + 32'h1;
      p       = BufAddrW'({26'h0, b01} + left1);
      to_end  = (p == '0) ? 32'(SizeA) : 32'(p);
    end
    l = Chunk1;
    if (left1 < l)   l = left1;
    if (to_page < l) l = to_page;
    if (to_end < l)  l = to_end;
    c1_len  = l;
    c1_addr = x_desc_q ? a - 64'(l) : a;
    c1_pos  = x_desc_q ? p - BufAddrW'(l) : p;
    can1    = s1_en_q && !rf1_q && left1 != 0 && ({1'b0, iss1_q} - {1'b0, free1} + 33'(l) + 33'd64 <= SizeA);
  end
  always_comb begin
    logic [63:0] a;
    logic [31:0] to_page, to_end, l;
    logic [BufBAddrW-1:0] p;
    a       = s2_addr_q + 64'(iss2_q);
    to_page = 32'h1000 - {20'h0, a[11:0]};
    p       = BufBAddrW'({26'h0, b02} + iss2_q);
    to_end  = 32'(SizeB) - 32'(p);
    l = Chunk2;
    if (left2 < l)   l = left2;
    if (to_page < l) l = to_page;
    if (to_end < l)  l = to_end;
    c2_len  = l;
    c2_addr = a;
    c2_pos  = p;
    can2    = s2_en_q && !rf2_q && left2 != 0 && ({1'b0, iss2_q} - {1'b0, free2} + 33'(l) + 33'd64 <= SizeB);
  end

  logic exec_rd, pick2, rd_go;
  // A failed read stops its stream only: the other one may still be needed up to the failure.
  assign exec_rd = (state_q == StExec) && !abort_q && !rd_stop_q &&
                   (fq_cnt_q != 4'(FifoD)) && (can1 || can2);
  assign pick2   = can2 && (!can1 || tog_q);
  assign rd_go   = exec_rd && rd_ready_i;
  logic rd_inflight;
  assign rd_inflight = (fq_cnt_q != 4'd0);

  // ---------------------------------------------------------------------------------------
  // Buffers: A (stream 1), B (stream 2), batch list
  // ---------------------------------------------------------------------------------------
  logic wa_sel, wb_sel, wl_sel;
  assign wa_sel = !buf_line_i[RdLineW-1];
  assign wb_sel = buf_line_i[RdLineW-1] && !buf_line_i[RdLineW-2];
  assign wl_sel = buf_line_i[RdLineW-1] && buf_line_i[RdLineW-2];

  logic             wr_re, pa_re, pb_re, list_re;
  logic [LineA-1:0] wr_line, pa_line;
  logic [LineB-1:0] pb_line;
  logic [ListLineW-1:0] list_line;
  logic [2*W-1:0]   a_rdata, pa_rdata, pb_rdata, list_rdata, unused_b2, unused_l2;

  siov_dma_buf #(.BufAddrW(BufAddrW), .TwoReads(1'b1)) u_buf_a (
    .clk_i,
    .we_i     (buf_we_i && wa_sel),
    .wline_i  (LineA'(buf_line_i)),
    .wdata_i  (buf_data_i),
    .wbe_i    (buf_be_i),
    .re_i     (wr_re),
    .rline_i  (wr_line),
    .rdata_o  (a_rdata),
    .re2_i    (pa_re),
    .rline2_i (pa_line),
    .rdata2_o (pa_rdata)
  );

  siov_dma_buf #(.BufAddrW(BufBAddrW)) u_buf_b (
    .clk_i,
    .we_i     (buf_we_i && wb_sel),
    .wline_i  (LineB'(buf_line_i)),
    .wdata_i  (buf_data_i),
    .wbe_i    (buf_be_i),
    .re_i     (pb_re),
    .rline_i  (pb_line),
    .rdata_o  (pb_rdata),
    .re2_i    (1'b0),
    .rline2_i ('0),
    .rdata2_o (unused_b2)
  );

  siov_dma_buf #(.BufAddrW(ListW)) u_list_buf (
    .clk_i,
    .we_i     (buf_we_i && wl_sel),
    .wline_i  (ListLineW'(buf_line_i)),
    .wdata_i  (buf_data_i),
    .wbe_i    (buf_be_i),
    .re_i     (list_re),
    .rline_i  (list_line),
    .rdata_o  (list_rdata),
    .re2_i    (1'b0),
    .rline2_i ('0),
    .rdata2_o (unused_l2)
  );

  assign list_re   = (state_q == StSubLoad);
  assign list_line = ListLineW'(sub_idx_q);

  // dma_rd client: stream chunks in StExec, the batch list in StListRd.
  logic list_rd;
  assign list_rd       = (state_q == StListRd);
  assign rd_valid_o    = exec_rd || list_rd;
  assign rd_addr_o     = list_rd ? v_a1 : (pick2 ? c2_addr : c1_addr);
  assign rd_len_o      = list_rd ? 13'(v_size[15:0] << 6) : 13'(pick2 ? c2_len : c1_len);
  assign rd_buf_o      = list_rd ? {2'b11, (BufAddrW - 1)'(0)} :
                         (pick2 ? {2'b10, (BufAddrW - 1)'(c2_pos)} : {1'b0, c1_pos});
  assign rd_prfx_vld_o = list_rd ? w_q.desc_pasid.en : (pick2 ? p2v_q : p1v_q);
  assign rd_prfx_o     = list_rd ? desc_prfx : (pick2 ? p2_q : p1_q);
  assign rd_done_ready_o = 1'b1;
  assign rd_abort_o    = abort_i && busy_o;

  // Processor reads: a 64-byte window at any stream offset, one cycle later.
  function automatic logic [511:0] window(input logic [2*W-1:0] two, input logic [5:0] sh);
    window = 512'(two >> {sh, 3'b000});
  endfunction
  logic [5:0]  pa_sh_q, pb_sh_q;
  logic [511:0] pa_data, pb_data;
  assign pa_data = window(pa_rdata, pa_sh_q);
  assign pb_data = window(pb_rdata, pb_sh_q);

  // Buffer positions of stream offsets.
  function automatic logic [BufAddrW-1:0] pos1(input logic [5:0] b0, input logic [31:0] off);
    pos1 = BufAddrW'({26'h0, b0} + off);
  endfunction
  function automatic logic [BufBAddrW-1:0] pos2(input logic [5:0] b0, input logic [31:0] off);
    pos2 = BufBAddrW'({26'h0, b0} + off);
  endfunction

  // ---------------------------------------------------------------------------------------
  // Writer: request queue in front of the engine's siov_dma_wr
  // ---------------------------------------------------------------------------------------
  localparam logic [1:0] WkBuf = 2'd0, WkFill = 2'd1, WkImm = 2'd2;
  // Request being pushed (one per cycle).
  logic          wq_push;
  logic [1:0]    wq_kind;
  logic [63:0]   wq_addr;
  logic [12:0]   wq_len;
  logic [BufAddrW-1:0] wq_buf;
  logic [511:0]  wq_data;                // immediate bytes, byte 0 first
  logic          wq_free;                // on completion, stream 1 is free up to wq_free_to
  logic [31:0]   wq_free_to;
  // Two entries.
  logic [1:0]    e_v_q;
  logic [3:0]    e_kind_q;
  logic [127:0]  e_addr_q;
  logic [25:0]   e_len_q;
  logic [2*BufAddrW-1:0] e_buf_q;
  logic [1023:0] e_data_q;
  logic [1:0]    e_free_q;
  logic [63:0]   e_free_to_q;
  logic          e_head_q;               // index of the oldest entry
  logic          wq_space;
  assign wq_space = (e_v_q != 2'b11);

  logic          h_v;
  logic [1:0]    h_kind;
  logic [63:0]   h_addr;
  logic [12:0]   h_len, h_piece;
  logic [511:0]  h_data;
  assign h_v    = e_v_q[e_head_q];
  assign h_kind = e_kind_q[e_head_q*2 +: 2];
  assign h_addr = e_addr_q[e_head_q*64 +: 64];
  assign h_len  = e_len_q[e_head_q*13 +: 13];
  assign h_data = e_data_q[e_head_q*512 +: 512];
  // An immediate write is one TLP: split it at a 4 KiB boundary.
  always_comb begin
    logic [12:0] to4k;
    to4k    = 13'h1000 - {1'b0, h_addr[11:0]};
    h_piece = (h_kind == WkImm && to4k < h_len) ? to4k : h_len;
  end

  logic          w_busy_q, w_fill_q, w_free_q;
  logic [31:0]   w_free_to_q;
  logic [31:0]   wr_freed_q;            // stream 1 bytes the writer has written out
  logic          wr_err_q;              // a write was refused (BME / PASID off)

  logic                wr_op_valid, wr_op_ready, wr_done_v, wr_imm, w_go;
  logic [63:0]         wr_op_addr;
  logic [12:0]         wr_op_len;
  logic [BufAddrW-1:0] wr_op_buf;
  logic                wr_op_prfx_vld;
  logic [31:0]         wr_op_prfx;
  logic [W-1:0]        wr_imm_data;
  logic [2:0]          wr_st;
  logic [2*W-1:0]      wr_rdata;

  // Immediate writes of the control flow: the completion record (descriptor PASID), the
  // destination notification (address-2 space), an Update Window's new table entry (table space).
  logic cr_go, nt_go, pt_go, ctl_go;
  assign cr_go  = (state_q == StCr) && v_want_cr && v_cr_ok;
  assign nt_go  = (state_q == StNtf);
  assign pt_go  = (state_q == StUwWr);
  assign ctl_go = cr_go || nt_go || pt_go;
  logic [63:0] ntf_q, ntf_val_q;           // notification address (translated); its 8 bytes
  logic        ntf_en_q;

  // Completion record: status, result, bytes completed, fault address, op-specific bytes 16-31,
  // as <linux/idxd.h> struct dsa_completion_record.
  logic [255:0] cr_rec;
  assign cr_rec = {opsp_q, fault_q, bytes_done_q, 16'h0, res_q, 1'b0, st_q};

  assign w_go           = (state_q == StExec) && !abort_q && h_v && !w_busy_q;
  assign wr_op_valid    = w_go || ctl_go;
  assign wr_op_addr     = cr_go ? v_cr : (nt_go ? ntf_q : (pt_go ? tbl_base_i + {43'h0, h2, 5'h0} :
                                                           h_addr));
  assign wr_op_len      = nt_go ? 13'd8 : (ctl_go ? 13'd32 : h_piece);
  assign wr_op_buf      = e_buf_q[e_head_q*BufAddrW +: BufAddrW];
  assign wr_op_prfx_vld = cr_go ? w_q.desc_pasid.en : (pt_go ? tbl_prfx_vld_i : p2v_q);
  assign wr_op_prfx     = cr_go ? desc_prfx : (pt_go ? tbl_prfx_i : p2_q);
  assign wr_imm         = ctl_go || (h_kind == WkImm);
  assign wr_imm_data    = cr_go ? {{(W-256){1'b0}}, cr_rec} :
                          (nt_go ? {{(W-64){1'b0}}, ntf_val_q} :
                           (pt_go ? {{(W-256){1'b0}}, uw_ent} : (h_data << {h_addr[1:0], 3'b000})));
  // Fill: the buffer reads return the pattern (byte at buffer address x = pattern byte x mod 8).
  assign wr_rdata       = w_fill_q ? {16{pat_q}} : a_rdata;

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

  logic w_pop, w_part;   // the head entry's piece was accepted; only part of it
  assign w_pop  = w_go && wr_op_ready && (h_piece == h_len);
  assign w_part = w_go && wr_op_ready && (h_piece != h_len);
  logic w_idle;
  assign w_idle = (e_v_q == 2'b00) && !w_busy_q;

  // ---------------------------------------------------------------------------------------
  // Processor
  // ---------------------------------------------------------------------------------------
  // Shared progress registers.
  logic [31:0] p_off_q;       // stream bytes processed (requests answered and used)
  logic [31:0] p_req_q;       // stream bytes requested (compare: may run one beat ahead)
  logic        p_pend_q;      // a buffer read is answered this cycle
  logic [6:0]  p_pn_q;        // bytes in that answer
  logic        p_done_q;      // the processor has finished (its result is in the p_* registers)
  logic        p_stop_q;      // stop processing answers (a mismatch / error was found)
  logic [6:0]  p_st_q;
  logic [7:0]  p_res_q;
  logic [31:0] p_bc_q;
  logic [63:0] p_fault_q;
  logic [127:0] p_opsp_q;
  logic [31:0] crc_q;         // CRC-32C register (reflected form)
  logic [15:0] g_q;           // DIF guard register
  logic        seed_ok_q;     // CRC: the seed is in crc_q
  // Move / fill / copy emitter.
  logic [31:0] m_emit_q;
  // CRC tail (the last, partial beat): 8 bytes, then single bytes per cycle.
  logic        t_v_q;
  logic [511:0] t_data_q;
  logic [6:0]  t_n_q;
  // The CRC steps as continuous logic: called inside the processor's always_ff, each of their
  // bit steps would sit under the whole case tree and Yosys's proc_mux takes minutes over it.
  logic [31:0] crc_n64, crc_n8, crc_n1;
  logic [15:0] g_n64, g_n8;
  assign crc_n64 = siov_crc_pkg::crc32c_64(crc_q, pa_data, crcf_q[2]);
  assign crc_n8  = siov_crc_pkg::crc32c_8(crc_q, t_data_q[63:0], crcf_q[2]);
  assign crc_n1  = siov_crc_pkg::crc32c_1(crc_q, t_data_q[7:0], crcf_q[2]);
  assign g_n64   = siov_crc_pkg::crc16_64(g_q, pa_data);
  assign g_n8    = siov_crc_pkg::crc16_8(g_q, pa_data[63:0]);
  // Delta records: up to 6 records (60 bytes) collected, then written.
  logic [479:0] acc_q;
  logic [2:0]  acc_n_q;
  logic [31:0] rec_bytes_q;   // record bytes written (or queued)
  logic [511:0] db_q;         // delta: source-2 beat being turned into records
  logic [7:0]  dm_q;          // delta: words of that beat that differ
  logic [31:0] dw_q;          // delta: word index of the beat
  logic        db_v_q;
  logic        ovf_q;
  logic        any_rec_q;
  logic [15:0] prev_o_q;      // apply: previous offset
  // DIF.
  logic [31:0] k_q;           // block index
  logic [12:0] bo_q;          // offset within the block's data
  logic [1:0]  dph_q;         // 0 data, 1 tuple, 2 emit data, 3 emit tuple
  logic [63:0] tuple_q;       // tuple to write (insert / update), byte 0 first
  // Immediate write staging and the data-job emitter (DIF block data).
  logic        imm_v_q;
  logic [63:0] imm_addr_q;
  logic [6:0]  imm_len_q;
  logic [511:0] imm_data_q;
  logic        job_v_q;
  logic [31:0] job_off_q, job_len_q;
  logic [63:0] job_host_q;

  logic [31:0] s1_rest;       // descending move: bytes not copied when it stopped
  logic [6:0]  grp_len;       // delta: bytes of the records collected
  assign s1_rest = s1_len_q - rf_off_q;
  assign grp_len = 7'd10 * {4'h0, acc_n_q};
  logic [31:0] blk_base;      // stream offset of block k
  assign blk_base = k_q * {19'h0, stride_q};

  // Requests to the buffers this cycle.
  logic        pa_req, pb_req;
  logic [31:0] pa_off, pb_off;
  logic [BufAddrW-1:0]  pa_pos;
  logic [BufBAddrW-1:0] pb_pos;
  assign pa_pos  = pos1(b01, pa_off);
  assign pb_pos  = pos2(b02, pb_off);
  assign pa_line = pa_pos[BufAddrW-1:BeatLog2];
  assign pb_line = pb_pos[BufBAddrW-1:BeatLog2];
  assign pa_re   = pa_req;
  assign pb_re   = pb_req;

  // What the processor does this cycle (combinational part): which beat to request.
  logic [31:0] want_n;        // bytes of the next beat
  logic        can_req;
  always_comb begin
    logic [31:0] e, n;
    pa_req = 1'b0;  pb_req = 1'b0;  pa_off = p_req_q;  pb_off = p_req_q;
    want_n = 32'h0;  can_req = 1'b0;
    e = end1;  n = 32'h0;
    if (state_q == StExec && !abort_q && !p_done_q && !p_stop_q) begin
      unique case (oc_q)
        OcCrc: begin
          if (!seed_ok_q) begin
            // Seed from memory: the 4 bytes of stream 2.
            pb_off  = 32'h0;
            can_req = !p_pend_q && done2_q == 32'd4;
            pb_req  = can_req;
            want_n  = 32'd4;
          end else if (!t_v_q && !(p_pend_q && p_pn_q != 7'd64)) begin
            n = e - p_req_q;
            if (n > 32'd64) n = 32'd64;
            want_n  = n;
            can_req = (n != 0) && (p_req_q + n <= done1_q) &&
                      (n == 32'd64 || p_req_q + n == e);
            pa_req  = can_req;
          end
        end
        OcCmp: begin
          if (x_pat_q) begin
            e = end1;
          end else begin
            e = end12;
          end
          n = e - p_req_q;
          if (n > 32'd64) n = 32'd64;
          want_n  = n;
          can_req = (n != 0) && (p_req_q + n <= done1_q) &&
                    (x_pat_q || p_req_q + n <= done2_q);
          pa_req  = can_req;
          pb_req  = can_req && !x_pat_q;
        end
        OcDeltaC: begin
          e = end12;
          n = e - p_req_q;
          if (n > 32'd64) n = 32'd64;
          want_n  = n;
          can_req = !p_pend_q && !db_v_q && (n != 0) && (p_req_q + n <= done1_q) &&
                    (p_req_q + n <= done2_q);
          pa_req  = can_req;
          pb_req  = can_req;
        end
        OcDeltaA: begin
          // One 10-byte record per request (the staging register must be free for its write).
          want_n  = 32'd10;
          can_req = !p_pend_q && !imm_v_q && (p_req_q != s1_len_q) &&
                    (p_req_q + 32'd10 <= done1_q) && (p_req_q + 32'd10 <= end1);
          pa_req  = can_req;
        end
        OcDif: begin
          if (dph_q == 2'd0) begin
            // Block data.
            pa_off  = blk_base + {19'h0, bo_q};
            n       = {19'h0, bs_q - bo_q};
            if (n > 32'd64) n = 32'd64;
            want_n  = n;
            can_req = !p_pend_q && (k_q != nblk_q) && (bo_q != bs_q) &&
                      (pa_off + n <= done1_q) && (pa_off + n <= end1);
            pa_req  = can_req;
          end else if (dph_q == 2'd1 && difk_q != 2'd1) begin
            // The tuple after the block's data.
            pa_off  = blk_base + {19'h0, bs_q};
            want_n  = 32'd8;
            can_req = !p_pend_q && (pa_off + 32'd8 <= done1_q) && (pa_off + 32'd8 <= end1);
            pa_req  = can_req;
          end
        end
        default: ;
      endcase
    end
  end

  // Compare a beat: bytes that differ (only the first `n`).
  logic [63:0]  cmp_diff;
  logic [5:0]   cmp_first;
  logic         cmp_any;
  always_comb begin
    logic [511:0] other;
    other = x_pat_q ? {8{pat_q}} : pb_data;
    cmp_diff = '0;
    for (int i = 0; i < 64; i++) begin
      cmp_diff[i] = (7'(i) < p_pn_q) && (pa_data[8*i +: 8] != other[8*i +: 8]);
    end
    cmp_any = (cmp_diff != '0);
    cmp_first = '0;
    for (int i = 63; i >= 0; i--) begin
      if (cmp_diff[i]) cmp_first = 6'(i);
    end
  end

  // Delta: words of a beat that differ; the lowest pending one.
  logic [7:0] dmask_new;
  logic [2:0] dm_first;
  always_comb begin
    for (int w = 0; w < 8; w++) begin
      dmask_new[w] = (7'(8 * w) < p_pn_q) && (pa_data[64*w +: 64] != pb_data[64*w +: 64]);
    end
    dm_first = '0;
    for (int w = 7; w >= 0; w--) begin
      if (dm_q[w]) dm_first = 3'(w);
    end
  end

  // DIF: expected tags of block k and the tuple checks.
  logic [31:0] exp_sref, exp_dref;
  logic [15:0] exp_sapp, exp_dapp;
  assign exp_sref = sf_q[7] ? sref_q : sref_q + k_q;
  assign exp_sapp = sf_q[4] ? sapp_q + k_q[15:0] : sapp_q;
  assign exp_dref = df_q[7] ? dref_q : dref_q + k_q;
  assign exp_dapp = (df_q[4] ? dapp_q + k_q[15:0] : dapp_q) & ~dmask_q;
  logic [15:0] guard;          // the computed guard of the block
  assign guard = ff_q[3] ? ~g_q : g_q;
  logic [15:0] t_guard, t_app;
  logic [31:0] t_ref;
  logic [63:0] t_raw;
  assign t_raw   = pa_data[63:0];
  assign t_guard = {t_raw[7:0], t_raw[15:8]};
  assign t_app   = {t_raw[23:16], t_raw[31:24]};
  assign t_ref   = {t_raw[39:32], t_raw[47:40], t_raw[55:48], t_raw[63:56]};
  logic [7:0]  dif_err;
  always_comb begin
    dif_err = 8'h0;
    if (sf_q[1] && t_raw == '1) begin
      if (sf_q[0]) dif_err = 8'h08;
    end else if (!((sf_q[2] && t_app == 16'hffff) ||
                   (sf_q[3] && t_app == 16'hffff && t_ref == 32'hffff_ffff))) begin
      if (!sf_q[5] && t_guard != guard) dif_err[0] = 1'b1;
      if (smask_q != 16'hffff && ((t_app ^ exp_sapp) & ~smask_q) != 16'h0) dif_err[1] = 1'b1;
      if (!sf_q[6] && t_ref != exp_sref) dif_err[2] = 1'b1;
    end
  end
  // The tuple to write (insert, update), byte 0 first; big-endian fields.
  logic [15:0] n_guard, n_app;
  logic [31:0] n_ref;
  logic [63:0] n_tuple;
  logic [127:0] dif_opsp;      // completion record bytes 16-31: the tags of block k
  assign dif_opsp = {(difk_q == 2'd1 || difk_q == 2'd3) ? {exp_dapp, dmask_q, exp_dref} : 64'h0,
                     (difk_q == 2'd1) ? 64'h0 : {exp_sapp, smask_q, exp_sref}};
  assign n_guard = (difk_q == 2'd3 && df_q[5]) ? t_guard : guard;
  assign n_app   = (difk_q == 2'd3 && df_q[3]) ? t_app : exp_dapp;
  assign n_ref   = (difk_q == 2'd3 && df_q[6]) ? t_ref : exp_dref;
  assign n_tuple = {n_ref[7:0], n_ref[15:8], n_ref[23:16], n_ref[31:24], n_app[7:0],
                    n_app[15:8], n_guard[7:0], n_guard[15:8]};

  // CRC-32C seed and result (flag 17: bypass inversion and reflection, 18: data reflection).
  function automatic logic [31:0] crc_init(input logic [31:0] s, input logic bypass);
    crc_init = bypass ? siov_crc_pkg::bitrev32(s) : ~s;
  endfunction
  logic [31:0] crc_out;
  assign crc_out = crcf_q[1] ? siov_crc_pkg::bitrev32(crc_q) : ~crc_q;

  // Free offsets for the reader (what no unit still needs).
  always_comb begin
    free1 = p_off_q;
    free2 = p_off_q;
    unique case (oc_q)
      OcMove, OcFill: free1 = wr_freed_q;
      OcCrc:          free1 = x_copy_q ? ((wr_freed_q < p_off_q) ? wr_freed_q : p_off_q) : p_off_q;
      OcDif:          free1 = (difk_q == 2'd0) ? blk_base :
                              ((wr_freed_q < blk_base) ? wr_freed_q : blk_base);
      default: ;
    endcase
    if (oc_q == OcCrc) free2 = 32'h0;
  end

  // Move / dualcast / copy: the next piece of stream 1 that has arrived and is not yet queued.
  logic        m_go;
  logic [31:0] m_len, m_off, m_avail;
  logic [BufAddrW-1:0] m_pos;
  always_comb begin
    logic [31:0] to_end, l;
    m_avail = done1_q - m_emit_q;
    if (!x_desc_q) begin
      m_pos  = pos1(b01, m_emit_q);
      to_end = 32'(SizeA) - 32'(m_pos);
    end else begin
      m_pos  = pos1(b01, s1_len_q - m_emit_q);       // end position of the piece
      to_end = (m_pos == '0) ? 32'(SizeA) : 32'(m_pos);
    end
    l = Chunk1;
    if (m_avail < l) l = m_avail;
    if (to_end < l)  l = to_end;
    if (oc_q == OcFill) begin
      l = n_q - m_emit_q;
      if (l > Chunk1) l = Chunk1;
    end
    if (dual2_q) l = dual_len_q;
    m_len = l;
    m_off = x_desc_q ? s1_len_q - m_emit_q - l : m_emit_q;
    if (x_desc_q) m_pos = m_pos - BufAddrW'(l);
    m_go  = (state_q == StExec) && !abort_q && wq_space && !job_v_q &&
            ((oc_q == OcMove) || (oc_q == OcFill) || (oc_q == OcCrc && x_copy_q)) &&
            (l != 0);
  end

  // Writer pushes: move/fill pieces, DIF data pieces, immediate writes (in that priority).
  logic        job_go, imm_go, dual2_q;
  logic [31:0] dual_len_q;     // dualcast: the piece just queued for destination 1
  logic [31:0] job_piece;
  logic [BufAddrW-1:0] job_pos;
  always_comb begin
    logic [31:0] to_end;
    job_pos   = pos1(b01, job_off_q);
    to_end    = 32'(SizeA) - 32'(job_pos);
    job_piece = job_len_q;
    if (job_piece > Chunk1) job_piece = Chunk1;
    if (to_end < job_piece) job_piece = to_end;
  end
  always_comb begin
    wq_push = 1'b0;  wq_kind = WkBuf;  wq_addr = '0;  wq_len = '0;  wq_buf = '0;
    wq_data = '0;  wq_free = 1'b0;  wq_free_to = '0;
    job_go = 1'b0;  imm_go = 1'b0;
    if (m_go) begin
      wq_push    = 1'b1;
      wq_kind    = (oc_q == OcFill) ? WkFill : WkBuf;
      wq_addr    = (dual2_q ? dst2_q : dst_q) + 64'(m_off);
      wq_len     = 13'(m_len);
      wq_buf     = (oc_q == OcFill) ? BufAddrW'(m_emit_q[5:0]) : m_pos;
      wq_free    = (oc_q != OcFill) && !(x_dual_q && !dual2_q);
      wq_free_to = m_emit_q + m_len;
    end else if (job_v_q && wq_space && state_q == StExec && !abort_q) begin
      job_go     = 1'b1;
      wq_push    = 1'b1;
      wq_addr    = job_host_q;
      wq_len     = 13'(job_piece);
      wq_buf     = job_pos;
      wq_free    = (job_piece == job_len_q);
      wq_free_to = job_off_q + job_piece;
    end else if (imm_v_q && wq_space && state_q == StExec && !abort_q) begin
      imm_go     = 1'b1;
      wq_push    = 1'b1;
      wq_kind    = WkImm;
      wq_addr    = imm_addr_q;
      wq_len     = 13'(imm_len_q);
      wq_data    = imm_data_q;
    end
  end

  // Move / fill: everything queued. The processor's results are registered one cycle after it
  // finishes (p_done_q; delta: d_fin_q once the last records are queued), and the operation
  // is over once the writes have left and no read is outstanding.
  logic p_finish, d_fin_q;
  assign p_finish = (m_emit_q == ((oc_q == OcFill) ? n_q : end1)) && !dual2_q;
  logic exec_done;
  assign exec_done = ((oc_q == OcDeltaC) ? d_fin_q : p_done_q) && !job_v_q && !imm_v_q &&
                     w_idle && !rd_inflight && !p_pend_q;

  // ---------------------------------------------------------------------------------------
  // Control
  // ---------------------------------------------------------------------------------------
  assign work_ready_o = (state_q == StIdle);

  // PPT interface. A descriptor is active (for drains and invalidates) until its completion
  // record; a drain descriptor waiting for its drain is not (it moves no data), so that two
  // drains never wait for each other.
  assign lk_req_o    = (state_q == StLk1) || (state_q == StLk2);
  assign lk_sel_o    = (state_q == StLk1) ? h1 : h2;
  assign lk_lock_o   = (state_q == StLk2) && is_upd;
  assign act_o       = busy_o && !(state_q == StCr || state_q == StCrWait || state_q == StIrq ||
                                   state_q == StFinish || state_q == StDrWait);
  assign use_o       = {u2v_q && act_o, h2, u1v_q && act_o, h1};
  assign pasids_o    = {u2v_q && act_o, e2_q[siov_adi_pkg::PeAcc +: 20],
                        u1v_q && act_o, e1_q[siov_adi_pkg::PeAcc +: 20],
                        act_o && w_q.data_pasid.en, w_q.data_pasid.pasid};
  assign dr_req_o    = (state_q == StDrWait);
  assign dr_pasid_o  = e1_q[siov_adi_pkg::PeAcc +: 20];
  // The lock ends with the new entry (StUwDone) or without it (the update failed its checks, or
  // an abort came right after the lookup).
  assign upd_done_o  = lock_q && ((state_q == StUwDone) || (state_q == StAbort) ||
                                  (state_q == StCheck && v_st != siov_adi_pkg::StSuccess));
  assign upd_write_o = (state_q == StUwDone) && (st_q == siov_adi_pkg::StSuccess);
  assign upd_ent_o   = uw_ent;
  assign busy_o       = (state_q != StIdle);
  assign cur_adi_o    = w_q.adi;
  assign cur_pasid_o  = w_q.data_pasid.pasid;
  assign cur_pasid_en_o = w_q.data_pasid.en;

  assign irq_valid_o     = ((state_q == StIrq) && !abort_q) ||
                           ((state_q == StNtfIrq) && ims_q_bound_i);
  assign irq_adi_o       = (state_q == StNtfIrq) ? ims_q_owner_i : w_q.adi;
  assign irq_handle_o    = (state_q == StNtfIrq) ? ntf_ims : v_handle;
  assign irq_table_o     = (state_q == StNtfIrq) ? 1'b0 : w_q.int_mode;
  assign irq_itbl_base_o = w_q.itbl_base;
  assign irq_pasid_o     = w_q.int_pasid;

  // A result that has no completion record to go to goes to SWERR.
  logic report_err;
  assign report_err = (state_q == StCr) && (st_q != siov_adi_pkg::StSuccess) &&
                      (st_q != siov_adi_pkg::StFalsePred) && !(v_want_cr && v_cr_ok);
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

  logic want_irq;
  assign want_irq = v_flags[siov_adi_pkg::FlagRci] && st_q != siov_adi_pkg::StIntHandle;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q      <= StIdle;
      w_q          <= '0;
      d_q          <= '0;
      in_batch_q   <= 1'b0;
      sub_idx_q    <= '0;
      sub_fail_q   <= 1'b0;
      st_q         <= siov_adi_pkg::StSuccess;
      res_q        <= '0;
      bytes_done_q <= '0;
      fault_q      <= '0;
      opsp_q       <= '0;
      abort_q      <= 1'b0;
      div_cnt_q    <= '0;
      div_q        <= '0;
      div_r        <= '0;
      oc_q         <= OcNone;
      x_dual_q     <= 1'b0;
      x_copy_q     <= 1'b0;
      x_pat_q      <= 1'b0;
      x_seed_q     <= 1'b0;
      x_desc_q     <= 1'b0;
      s1_en_q      <= 1'b0;
      s2_en_q      <= 1'b0;
      s1_addr_q    <= '0;
      s2_addr_q    <= '0;
      s1_len_q     <= '0;
      s2_len_q     <= '0;
      dst_q        <= '0;
      dst2_q       <= '0;
      pat_q        <= '0;
      n_q          <= '0;
      lim_q        <= '0;
      nblk_q       <= '0;
      bs_q         <= '0;
      stride_q     <= '0;
      sf_q         <= '0;
      df_q         <= '0;
      ff_q         <= '0;
      cmpexp_q     <= '0;
      difk_q       <= '0;
      sref_q       <= '0;
      dref_q       <= '0;
      smask_q      <= '0;
      sapp_q       <= '0;
      dmask_q      <= '0;
      dapp_q       <= '0;
      seed_q       <= '0;
      crcf_q       <= '0;
    end else begin
      if (abort_i && busy_o && !abort_q) begin
        abort_q <= 1'b1;
        // A PPT handshake in progress (lookup, drain, Update Window) finishes first.
        if (state_q != StIdle && !(state_q == StLk1 || state_q == StLk2 || state_q == StDrWait ||
                                   state_q == StUwIdle || state_q == StUwWr ||
                                   state_q == StUwWait || state_q == StUwDone)) begin
          state_q <= StAbort;
        end
      end

      unique case (state_q)
        StIdle: begin
          abort_q <= 1'b0;
          if (work_valid_i) begin
            w_q        <= work_i;
            d_q        <= work_i.desc;
            in_batch_q <= 1'b0;
            state_q    <= work_i.cancelled ? StFinish : StPre;
            abort_q    <= work_i.cancelled;
          end
        end
        StPre: begin
          div_q     <= '0;
          div_r     <= '0;
          div_cnt_q <= '0;
          // PPT lookups only for a descriptor that passes the generic checks.
          if (v_sg == siov_adi_pkg::StSuccess && need_lk1)      state_q <= StLk1;
          else if (v_sg == siov_adi_pkg::StSuccess && need_lk2) state_q <= StLk2;
          else                                                  state_q <= need_div ? StDiv : StCheck;
        end
        StLk1: begin
          if (lk_gnt_i) begin
            state_q <= abort_q ? StAbort : ((need_lk2 && !same_sel) ? StLk2 : StCheck);
          end
        end
        StLk2: if (lk_gnt_i) state_q <= abort_q ? StAbort : StCheck;
        StDiv: begin
          // Restoring division, one quotient bit per cycle, MSB first.
          logic [32:0] r;
          r = {div_r, div_num[31 - div_cnt_q[4:0]]};
          if (r >= {1'b0, div_den}) begin
            div_r <= 32'(r - {1'b0, div_den});
            div_q <= {div_q[30:0], 1'b1};
          end else begin
            div_r <= r[31:0];
            div_q <= {div_q[30:0], 1'b0};
          end
          div_cnt_q <= div_cnt_q + 6'd1;
          if (div_cnt_q == 6'd31) state_q <= StCheck;
        end
        StCheck: begin
          st_q         <= v_st;
          res_q        <= (v_sg == siov_adi_pkg::StSuccess) ? v_which : 8'h0;
          bytes_done_q <= '0;
          fault_q      <= (v_sg == siov_adi_pkg::StSuccess) ? {48'h0, v_fsel} : 64'h0;
          opsp_q       <= (v_st == siov_adi_pkg::StInvalFlags) ? {96'h0, 8'h0, v_bad} : '0;
          // Execution set-up.
          oc_q      <= OcNone;
          x_dual_q  <= is_dual;
          x_copy_q  <= is_ccrc;
          x_pat_q   <= is_cpat;
          x_seed_q  <= (is_crc || is_ccrc) && v_flags[16];
          // Overlap (copied descending) only within one address space.
          x_desc_q  <= is_move && v_same_space && (v_x1 < v_x2) && (v_x2 < v_x1 + 64'(v_size));
          s1_en_q   <= 1'b0;
          s2_en_q   <= 1'b0;
          s1_addr_q <= v_x1;
          s1_len_q  <= v_size;
          s2_addr_q <= v_x2;
          s2_len_q  <= v_size;
          dst_q     <= v_x2;
          dst2_q    <= v_a3;
          pat_q     <= is_fill ? v_a1 : v_a2;
          n_q       <= v_size;
          lim_q     <= is_dc ? v_w48 : div_q;
          nblk_q    <= div_q;
          bs_q      <= dif_bs;
          stride_q  <= dif_stride;
          sf_q      <= dif_sf;
          df_q      <= dif_df;
          ff_q      <= dif_f;
          cmpexp_q  <= d_q[327:320];
          difk_q    <= v_op[1:0] - 2'd2;   // 0x12..0x15 -> 0..3
          sref_q    <= d_q[415:384];
          smask_q   <= d_q[431:416];
          sapp_q    <= d_q[447:432];
          dref_q    <= d_q[479:448];
          dmask_q   <= d_q[495:480];
          dapp_q    <= d_q[511:496];
          seed_q    <= v_w40;
          crcf_q    <= v_flags[18:16];
          if (v_st != siov_adi_pkg::StSuccess) begin
            state_q <= StCr;
          end else begin
            state_q <= StExec;
            unique case (v_opb)
              siov_adi_pkg::OpMemmove, siov_adi_pkg::OpDualcast: begin
                oc_q <= OcMove;  s1_en_q <= 1'b1;
              end
              siov_adi_pkg::OpFill: oc_q <= OcFill;
              siov_adi_pkg::OpCrcGen, siov_adi_pkg::OpCopyCrc: begin
                oc_q <= OcCrc;  s1_en_q <= 1'b1;
                s2_en_q   <= v_flags[16];
                s2_addr_q <= v_q48;
                s2_len_q  <= 32'd4;
              end
              siov_adi_pkg::OpCompare: begin
                oc_q <= OcCmp;  s1_en_q <= 1'b1;  s2_en_q <= 1'b1;
              end
              siov_adi_pkg::OpCompPat: begin
                oc_q <= OcCmp;  s1_en_q <= 1'b1;
              end
              siov_adi_pkg::OpDeltaC: begin
                oc_q <= OcDeltaC;  s1_en_q <= 1'b1;  s2_en_q <= 1'b1;
                dst_q <= v_a3;
              end
              siov_adi_pkg::OpDeltaA: begin
                oc_q <= OcDeltaA;  s1_en_q <= 1'b1;
                s1_len_q <= v_w40;                 // the delta record
              end
              siov_adi_pkg::OpDifChk, siov_adi_pkg::OpDifIns, siov_adi_pkg::OpDifStrp,
              siov_adi_pkg::OpDifUpd: begin
                oc_q <= OcDif;  s1_en_q <= 1'b1;
              end
              siov_adi_pkg::OpBatch: begin
                state_q    <= StListRd;
                sub_idx_q  <= '0;
                sub_fail_q <= 1'b0;
              end
              siov_adi_pkg::OpUpdWin: state_q <= StUwIdle;
              siov_adi_pkg::OpDrain:  state_q <= is_drsel ? StDrWait : StCr;
              default: state_q <= StCr;   // no-op
            endcase
          end
        end
        StExec: begin
          if (exec_done) begin
            st_q         <= p_st_q;
            res_q        <= p_res_q;
            bytes_done_q <= p_bc_q;
            fault_q      <= p_fault_q;
            opsp_q       <= p_opsp_q;
            if (wr_err_q) begin
              st_q <= siov_adi_pkg::StHwError;
            end
            // A successful operation with a destination notification writes it first.
            state_q <= (ntf_en_q && p_st_q == siov_adi_pkg::StSuccess && !wr_err_q) ? StNtf : StCr;
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
          // A descriptor with Fence after one that did not succeed ends the batch here.
          if (list_rdata[32 + siov_adi_pkg::FlagFence] && sub_fail_q) begin
            d_q          <= w_q.desc;
            in_batch_q   <= 1'b0;
            st_q         <= siov_adi_pkg::StBatchFail;
            res_q        <= '0;
            bytes_done_q <= 32'(sub_idx_q);
            fault_q      <= '0;
            opsp_q       <= '0;
            state_q      <= StCr;
          end else begin
            d_q        <= list_rdata[511:0];
            in_batch_q <= 1'b1;
            state_q    <= StPre;
          end
        end
        StCr: begin
          if (!(v_want_cr && v_cr_ok)) begin
            state_q <= want_irq ? StIrq : StFinish;
          end else if (wr_op_ready) begin
            state_q <= StCrWait;
          end
        end
        StCrWait: if (wr_done_v) state_q <= want_irq ? StIrq : StFinish;
        StIrq: if (irq_ready_i) state_q <= StFinish;
        StNtf: if (wr_op_ready) state_q <= StNtfWait;
        StNtfWait: if (wr_done_v) state_q <= ntf_int ? StNtfIrq : StCr;
        // An unbound handle raises nothing (the driver bound it when it set the entry up).
        StNtfIrq: if (irq_ready_i || !ims_q_bound_i) state_q <= StCr;
        StDrWait: if (dr_done_i) state_q <= abort_q ? StAbort : StCr;
        StUwIdle: if (lk_idle_i) state_q <= StUwWr;
        StUwWr: if (wr_op_ready) state_q <= StUwWait;
        StUwWait: begin
          if (wr_done_v) begin
            if (wr_st != siov_dma_pkg::DmaOk) st_q <= siov_adi_pkg::StHwError;
            state_q <= StUwDone;
          end
        end
        StUwDone: state_q <= abort_q ? StAbort : StCr;
        StFinish: begin
          // After a batch descriptor: the next one, then the batch's own record.
          if (in_batch_q && !abort_q) begin
            if (32'(sub_idx_q) + 32'd1 < batch_count) begin
              sub_idx_q  <= sub_idx_q + 16'd1;
              sub_fail_q <= sub_fail_q || (st_q != siov_adi_pkg::StSuccess);
              state_q    <= StSubLoad;
            end else begin
              d_q          <= w_q.desc;
              in_batch_q   <= 1'b0;
              st_q         <= (sub_fail_q || st_q != siov_adi_pkg::StSuccess) ?
                              siov_adi_pkg::StBatchFail : siov_adi_pkg::StSuccess;
              res_q        <= '0;
              bytes_done_q <= 32'(sub_idx_q) + 32'd1;
              fault_q      <= '0;
              opsp_q       <= '0;
              state_q      <= StCr;
            end
          end else begin
            state_q <= StIdle;
          end
        end
        StAbort: begin
          // Reads were abandoned when the abort came; wait for the write engine to stop.
          if (wr_op_ready && !wr_done_v && !w_busy_q) begin
            state_q    <= StFinish;
            in_batch_q <= 1'b0;
          end
        end
        default: state_q <= StIdle;
      endcase
    end
  end

  // ---------------------------------------------------------------------------------------
  // PPT state: the entries looked up, what this descriptor holds, its per-address PASIDs and
  // notification (kept out of the control block above: simple enables, cheap for Yosys)
  // ---------------------------------------------------------------------------------------
  logic lk1_take, lk2_take;
  assign lk1_take = (state_q == StLk1) && lk_gnt_i;
  assign lk2_take = (state_q == StLk2) && lk_gnt_i;

  always_ff @(posedge clk_i) begin
    if (lk1_take) e1_q <= lk_ent_i;
    if (lk2_take || (lk1_take && same_sel)) e2_q <= lk_ent_i;
    if (state_q == StCheck) begin
      p1_q      <= (is_id && v_flags[16]) ? acc1_prfx : data_prfx;
      p2_q      <= (is_id && v_flags[17]) ? acc2_prfx : data_prfx;
      ntf_q     <= v_xn;
      ntf_val_q <= {v_size, d_q[8*56 +: 32]};
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      e1_err_q <= siov_adi_pkg::PptOk;
      e2_err_q <= siov_adi_pkg::PptOk;
      u1v_q    <= 1'b0;
      u2v_q    <= 1'b0;
      lock_q   <= 1'b0;
      p1v_q    <= 1'b0;
      p2v_q    <= 1'b0;
      ntf_en_q <= 1'b0;
    end else begin
      if (state_q == StPre) begin
        e1_err_q <= siov_adi_pkg::PptOk;
        e2_err_q <= siov_adi_pkg::PptOk;
      end
      if (lk1_take) begin
        e1_err_q <= lk_err_i;
        u1v_q    <= (lk_err_i == siov_adi_pkg::PptOk);
      end
      if (lk2_take || (lk1_take && same_sel)) begin
        e2_err_q <= lk_err_i;
        u2v_q    <= (lk_err_i == siov_adi_pkg::PptOk);
      end
      if (lk2_take) lock_q <= is_upd && (lk_err_i == siov_adi_pkg::PptOk);
      if (state_q == StCheck) begin
        p1v_q    <= (is_id && v_flags[16]) || w_q.data_pasid.en;
        p2v_q    <= (is_id && v_flags[17]) || w_q.data_pasid.en;
        ntf_en_q <= is_id && v_flags[18];
      end
      if (!act_o) begin
        u1v_q <= 1'b0;
        u2v_q <= 1'b0;
      end
      if (upd_done_o) lock_q <= 1'b0;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Reader, writer and processor state
  // ---------------------------------------------------------------------------------------
  logic exec_start;
  assign exec_start = (state_q == StCheck);

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      iss1_q     <= '0;
      iss2_q     <= '0;
      done1_q    <= '0;
      done2_q    <= '0;
      rf1_q      <= 1'b0;
      rf2_q      <= 1'b0;
      rf1_off_q  <= '0;
      rf2_off_q  <= '0;
      rd_stop_q  <= 1'b0;
      tog_q      <= 1'b0;
      fq_cnt_q   <= '0;
      fq_head_q  <= '0;
      fq_tail_q  <= '0;
      fq_s_q     <= '0;
      fq_len_q   <= '0;
    end else if (exec_start || abort_i) begin
      iss1_q    <= '0;
      iss2_q    <= '0;
      done1_q   <= '0;
      done2_q   <= '0;
      rf1_q     <= 1'b0;
      rf2_q     <= 1'b0;
      rf1_off_q <= '0;
      rf2_off_q <= '0;
      rd_stop_q <= 1'b0;
      fq_cnt_q  <= '0;
      fq_head_q <= '0;
      fq_tail_q <= '0;
    end else begin
      logic [3:0] cnt;
      cnt = fq_cnt_q;
      if (rd_go) begin
        fq_s_q[fq_tail_q]          <= pick2;
        fq_len_q[fq_tail_q*13 +: 13] <= 13'(pick2 ? c2_len : c1_len);
        fq_tail_q <= fq_tail_q + 3'd1;
        cnt = cnt + 4'd1;
        tog_q <= !pick2;
        if (pick2) iss2_q <= iss2_q + c2_len;
        else       iss1_q <= iss1_q + c1_len;
      end
      if (rd_done_i && state_q != StListWait && fq_cnt_q != 0) begin
        logic        s;
        logic [12:0] l;
        s = fq_s[fq_head_q];
        l = fq_len[fq_head_q*13 +: 13];
        fq_head_q <= fq_head_q + 3'd1;
        cnt = cnt - 4'd1;
        if (s) begin
          if (rd_status_i == siov_dma_pkg::DmaOk && !rf2_q) begin
            done2_q <= done2_q + 32'(l);
          end else if (!rf2_q) begin
            rf2_q     <= 1'b1;
            rf2_off_q <= done2_q;
          end
        end else begin
          if (rd_status_i == siov_dma_pkg::DmaOk && !rf1_q) begin
            done1_q <= done1_q + 32'(l);
          end else if (!rf1_q) begin
            rf1_q     <= 1'b1;
            rf1_off_q <= done1_q;
          end
        end
      end
      fq_cnt_q <= cnt;
      if (p_done_q || p_stop_q) rd_stop_q <= 1'b1;
    end
  end

  // Writer queue.
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      e_v_q       <= '0;
      e_kind_q    <= '0;
      e_addr_q    <= '0;
      e_len_q     <= '0;
      e_buf_q     <= '0;
      e_data_q    <= '0;
      e_free_q    <= '0;
      e_free_to_q <= '0;
      e_head_q    <= 1'b0;
      w_busy_q    <= 1'b0;
      w_fill_q    <= 1'b0;
      w_free_q    <= 1'b0;
      w_free_to_q <= '0;
      wr_freed_q  <= '0;
      wr_err_q    <= 1'b0;
    end else begin
      if (exec_start) begin
        wr_freed_q <= '0;
        wr_err_q   <= 1'b0;
      end
      if (abort_i && busy_o) begin
        e_v_q <= '0;
      end else begin
        if (wq_push) begin
          // The free slot: the one after the head, or the head when empty.
          logic slot;
          slot = (e_v_q == 2'b00) ? e_head_q : !e_head_q;
          e_v_q[slot]                          <= 1'b1;
          e_kind_q[slot*2 +: 2]                <= wq_kind;
          e_addr_q[slot*64 +: 64]              <= wq_addr;
          e_len_q[slot*13 +: 13]               <= wq_len;
          e_buf_q[slot*BufAddrW +: BufAddrW]   <= wq_buf;
          e_data_q[slot*512 +: 512]            <= wq_data;
          e_free_q[slot]                       <= wq_free;
          e_free_to_q[slot*32 +: 32]           <= wq_free_to;
        end
        if (w_pop) begin
          e_v_q[e_head_q] <= 1'b0;
          e_head_q        <= !e_head_q;
        end
        if (w_part) begin
          e_addr_q[e_head_q*64 +: 64]  <= h_addr + 64'(h_piece);
          e_len_q[e_head_q*13 +: 13]   <= h_len - h_piece;
          e_data_q[e_head_q*512 +: 512] <= h_data >> {h_piece[6:0], 3'b000};
        end
      end
      if (w_go && wr_op_ready) begin
        w_busy_q    <= 1'b1;
        w_fill_q    <= (h_kind == WkFill);
        w_free_q    <= w_pop && e_free_q[e_head_q];
        w_free_to_q <= e_free_to_q[e_head_q*32 +: 32];
      end
      if (wr_done_v && w_busy_q) begin
        w_busy_q <= 1'b0;
        w_fill_q <= 1'b0;
        if (w_free_q) wr_freed_q <= w_free_to_q;
        if (wr_st != siov_dma_pkg::DmaOk && wr_st != siov_dma_pkg::DmaAborted) wr_err_q <= 1'b1;
      end
      if (abort_i && busy_o && !w_busy_q) begin
        w_fill_q <= 1'b0;
      end
    end
  end

  // Processor.
  always_ff @(posedge clk_i) begin
    pa_sh_q <= pa_pos[5:0];
    pb_sh_q <= pb_pos[5:0];
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      p_off_q     <= '0;
      p_req_q     <= '0;
      p_pend_q    <= 1'b0;
      p_pn_q      <= '0;
      p_done_q    <= 1'b0;
      p_stop_q    <= 1'b0;
      p_st_q      <= siov_adi_pkg::StSuccess;
      p_res_q     <= '0;
      p_bc_q      <= '0;
      p_fault_q   <= '0;
      p_opsp_q    <= '0;
      crc_q       <= '0;
      g_q         <= '0;
      seed_ok_q   <= 1'b0;
      m_emit_q    <= '0;
      dual2_q     <= 1'b0;
      dual_len_q  <= '0;
      t_v_q       <= 1'b0;
      t_data_q    <= '0;
      t_n_q       <= '0;
      acc_q       <= '0;
      acc_n_q     <= '0;
      rec_bytes_q <= '0;
      db_q        <= '0;
      dm_q        <= '0;
      dw_q        <= '0;
      db_v_q      <= 1'b0;
      ovf_q       <= 1'b0;
      any_rec_q   <= 1'b0;
      d_fin_q     <= 1'b0;
      prev_o_q    <= '0;
      k_q         <= '0;
      bo_q        <= '0;
      dph_q       <= '0;
      tuple_q     <= '0;
      imm_v_q     <= 1'b0;
      imm_addr_q  <= '0;
      imm_len_q   <= '0;
      imm_data_q  <= '0;
      job_v_q     <= 1'b0;
      job_off_q   <= '0;
      job_len_q   <= '0;
      job_host_q  <= '0;
    end else if (exec_start || (abort_i && busy_o)) begin
      p_off_q     <= '0;
      p_req_q     <= '0;
      p_pend_q    <= 1'b0;
      p_done_q    <= 1'b0;
      p_stop_q    <= 1'b0;
      p_st_q      <= siov_adi_pkg::StSuccess;
      p_res_q     <= '0;
      p_bc_q      <= '0;
      p_fault_q   <= '0;
      p_opsp_q    <= '0;
      crc_q       <= crc_init(v_w40, v_flags[17]);
      g_q         <= dif_f[2] ? 16'hffff : 16'h0;
      seed_ok_q   <= !v_flags[16];
      m_emit_q    <= '0;
      dual2_q     <= 1'b0;
      t_v_q       <= 1'b0;
      acc_n_q     <= '0;
      rec_bytes_q <= '0;
      db_v_q      <= 1'b0;
      ovf_q       <= 1'b0;
      any_rec_q   <= 1'b0;
      d_fin_q     <= 1'b0;
      prev_o_q    <= '0;
      k_q         <= '0;
      bo_q        <= '0;
      dph_q       <= '0;
      imm_v_q     <= 1'b0;
      job_v_q     <= 1'b0;
    end else if (state_q == StExec) begin
      // Requests issued this cycle are answered next cycle.
      // p_pn_q: the size of the last request (a beat may take several cycles to process).
      p_pend_q <= pa_req || pb_req;
      if (pa_req || pb_req) begin
        p_pn_q <= 7'(want_n);
        if (oc_q != OcDif && !(oc_q == OcCrc && !seed_ok_q)) p_req_q <= p_req_q + want_n;
      end
      if (job_go) begin
        job_off_q  <= job_off_q + job_piece;
        job_len_q  <= job_len_q - job_piece;
        job_host_q <= job_host_q + 64'(job_piece);
        if (job_piece == job_len_q) job_v_q <= 1'b0;
      end
      if (imm_go) imm_v_q <= 1'b0;
      if (m_go) begin
        if (x_dual_q && oc_q == OcMove && !dual2_q) begin
          dual2_q    <= 1'b1;        // the same piece again, to destination 2
          dual_len_q <= m_len;
        end else begin
          dual2_q  <= 1'b0;
          m_emit_q <= m_emit_q + m_len;
        end
      end

      unique case (oc_q)
        // ---- move / dualcast / fill: only the emitter; status at the end -----------------
        OcMove, OcFill: begin
          if (!p_done_q && p_finish && !m_go) begin
            p_done_q <= 1'b1;
            if (rf_q) begin
              p_st_q    <= siov_adi_pkg::StPageFault;
              p_res_q   <= {7'h0, x_desc_q};
              p_fault_q <= x_desc_q ? s1_addr_q + 64'(s1_rest) - 64'd1 :
                                      s1_addr_q + 64'(rf_off_q);
            end
            p_bc_q <= (oc_q == OcFill) ? n_q : end1;
          end
        end
        // ---- CRC generation / copy with CRC -----------------------------------------------
        OcCrc: begin
          if (p_pend_q && !seed_ok_q) begin
            crc_q     <= crc_init(pb_data[31:0], crcf_q[1]);
            seed_ok_q <= 1'b1;
          end else if (p_pend_q && p_pn_q == 7'd64) begin
            crc_q   <= crc_n64;
            p_off_q <= p_off_q + 32'd64;
          end else if (p_pend_q) begin
            t_v_q    <= 1'b1;
            t_data_q <= pa_data;
            t_n_q    <= p_pn_q;
          end else if (t_v_q) begin
            // The tail: 8 bytes, then single bytes, per cycle.
            if (t_n_q >= 7'd8) begin
              crc_q    <= crc_n8;
              t_data_q <= t_data_q >> 64;
              t_n_q    <= t_n_q - 7'd8;
              p_off_q  <= p_off_q + 32'd8;
              if (t_n_q == 7'd8) t_v_q <= 1'b0;
            end else begin
              crc_q    <= crc_n1;
              t_data_q <= t_data_q >> 8;
              t_n_q    <= t_n_q - 7'd1;
              p_off_q  <= p_off_q + 32'd1;
              if (t_n_q == 7'd1) t_v_q <= 1'b0;
            end
          end
          if (!p_done_q) begin
            if (x_seed_q && !seed_ok_q && rf2_q) begin
              // The seed could not be read.
              p_done_q  <= 1'b1;
              p_st_q    <= siov_adi_pkg::StPageFault;
              p_fault_q <= s2_addr_q;
              p_bc_q    <= '0;
            end else if (seed_ok_q && !p_pend_q && !t_v_q && p_off_q == end1 &&
                         (!x_copy_q || m_emit_q == end1)) begin
              p_done_q  <= 1'b1;
              p_bc_q    <= end1;
              p_opsp_q  <= {96'h0, crc_out};
              if (rf1_q) begin
                p_st_q    <= siov_adi_pkg::StPageFault;
                p_fault_q <= s1_addr_q + 64'(rf1_off_q);
              end
            end
          end
        end
        // ---- compare / compare pattern ------------------------------------------------------
        OcCmp: begin
          if (p_pend_q && !p_stop_q) begin
            if (cmp_any) begin
              p_stop_q <= 1'b1;
              p_done_q <= 1'b1;
              p_res_q  <= 8'h1;
              p_bc_q   <= p_off_q + 32'(cmp_first);
              p_st_q   <= (v_flags[siov_adi_pkg::FlagCheck] && !cmpexp_q[0]) ?
                          siov_adi_pkg::StFalsePred : siov_adi_pkg::StSuccess;
            end else begin
              p_off_q <= p_off_q + 32'(p_pn_q);
            end
          end else if (!p_done_q && !p_pend_q && !pa_req) begin
            if (p_off_q == n_q) begin
              p_done_q <= 1'b1;
              p_bc_q   <= n_q;
              p_st_q   <= (v_flags[siov_adi_pkg::FlagCheck] && cmpexp_q[0]) ?
                          siov_adi_pkg::StFalsePred : siov_adi_pkg::StSuccess;
            end else if (rf_q && p_req_q == (x_pat_q ? end1 : end12)) begin
              p_done_q  <= 1'b1;
              p_st_q    <= siov_adi_pkg::StPageFault;
              p_bc_q    <= x_pat_q ? {p_off_q[31:3], 3'b000} : p_off_q;
              p_fault_q <= rf_addr;
            end
          end
        end
        // ---- create delta record --------------------------------------------------------------
        OcDeltaC: begin
          if (p_pend_q) begin
            db_q   <= pb_data;
            dm_q   <= dmask_new;
            dw_q   <= p_off_q >> 3;
            db_v_q <= 1'b1;
          end else if (db_v_q && !p_done_q) begin
            if (acc_n_q == 3'd6) begin
              // A full group of records (60 bytes) goes to the writer.
              if (!imm_v_q) begin
                imm_v_q    <= 1'b1;
                imm_addr_q <= dst_q + 64'(rec_bytes_q) - 64'd60;
                imm_len_q  <= 7'd60;
                imm_data_q <= {32'h0, acc_q};
                acc_n_q    <= '0;
              end
            end else if (dm_q != '0) begin
              if (rec_bytes_q + 32'd10 > lim_q) begin
                // Overflow: the record of this word does not fit.
                ovf_q    <= 1'b1;
                p_done_q <= 1'b1;
                p_bc_q   <= {dw_q[28:0] + 29'(dm_first), 3'b000};
                db_v_q   <= 1'b0;
              end else begin
                acc_q[acc_n_q*80 +: 80] <= {db_q[64*dm_first +: 64], 16'(dw_q + 32'(dm_first))};
                acc_n_q     <= acc_n_q + 3'd1;
                rec_bytes_q <= rec_bytes_q + 32'd10;
                any_rec_q   <= 1'b1;
                dm_q[dm_first] <= 1'b0;
              end
            end else begin
              db_v_q  <= 1'b0;
              p_off_q <= p_off_q + 32'(p_pn_q);
            end
          end
          if (!p_done_q && !db_v_q && !p_pend_q && !pa_req) begin
            if (p_off_q == n_q) begin
              p_done_q <= 1'b1;
              p_bc_q   <= n_q;
            end else if (rf_q && p_off_q == end12) begin
              p_done_q  <= 1'b1;
              p_bc_q    <= p_off_q;
              p_st_q    <= siov_adi_pkg::StPageFault;
              p_fault_q <= rf_addr;
            end
          end
          if (p_done_q && !d_fin_q) begin
            // The records still collected go out, then the result.
            if (acc_n_q != 0) begin
              if (!imm_v_q) begin
                imm_v_q    <= 1'b1;
                imm_addr_q <= dst_q + 64'(rec_bytes_q) - 64'(grp_len);
                imm_len_q  <= grp_len;
                imm_data_q <= {32'h0, acc_q};
                acc_n_q    <= '0;
              end
            end else begin
              d_fin_q  <= 1'b1;
              p_opsp_q <= {96'h0, rec_bytes_q};
              p_res_q  <= ovf_q ? 8'd2 : (any_rec_q ? 8'd1 : 8'd0);
              if (p_st_q == siov_adi_pkg::StSuccess && v_flags[siov_adi_pkg::FlagCheck] &&
                  !d_q[448 + (ovf_q ? 2 : (any_rec_q ? 1 : 0))]) begin
                p_st_q <= siov_adi_pkg::StFalsePred;
              end
            end
          end
        end
        // ---- apply delta record ------------------------------------------------------------------
        OcDeltaA: begin
          if (p_pend_q && !p_done_q) begin
            logic [15:0] o;
            o = pa_data[15:0];
            if (p_off_q != 0 && o <= prev_o_q) begin
              p_done_q <= 1'b1;
              p_st_q   <= siov_adi_pkg::StDeltaOrder;
              p_bc_q   <= p_off_q;
            end else if ({13'h0, o, 3'b000} >= n_q) begin
              p_done_q <= 1'b1;
              p_st_q   <= siov_adi_pkg::StDeltaRange;
              p_bc_q   <= p_off_q;
            end else begin
              imm_v_q    <= 1'b1;
              imm_addr_q <= dst_q + {45'h0, o, 3'b000};
              imm_len_q  <= 7'd8;
              imm_data_q <= {448'h0, pa_data[79:16]};
              prev_o_q   <= o;
              p_off_q    <= p_off_q + 32'd10;
            end
          end else if (!p_done_q && !p_pend_q && !pa_req) begin
            if (p_off_q == s1_len_q) begin
              p_done_q <= 1'b1;
              p_bc_q   <= s1_len_q;
            end else if (rf_q && p_off_q + 32'd10 > end1) begin
              p_done_q  <= 1'b1;
              p_st_q    <= siov_adi_pkg::StPageFault;
              p_bc_q    <= p_off_q;
              p_fault_q <= s1_addr_q + 64'(rf_off_q);
            end
          end
        end
        // ---- DIF check / insert / strip / update --------------------------------------------
        OcDif: begin
          if (p_pend_q && dph_q == 2'd0) begin
            g_q  <= (p_pn_q == 7'd64) ? g_n64 : g_n8;
            bo_q <= bo_q + 13'(p_pn_q);
          end else if (dph_q == 2'd0 && !p_pend_q && bo_q == bs_q) begin
            // Data done: insert writes now; the others read the tuple first.
            if (difk_q == 2'd1) begin
              dph_q   <= 2'd2;
              tuple_q <= n_tuple;
            end else begin
              dph_q <= 2'd1;
            end
          end else if (p_pend_q && dph_q == 2'd1) begin
            if (dif_err != 8'h0) begin
              p_done_q <= 1'b1;
              p_st_q   <= siov_adi_pkg::StDifError;
              p_res_q  <= dif_err;
              p_bc_q   <= blk_base;
              p_opsp_q <= dif_opsp;
            end else if (difk_q == 2'd0) begin
              k_q   <= k_q + 32'd1;     // check: next block
              bo_q  <= '0;
              g_q   <= ff_q[2] ? 16'hffff : 16'h0;
              dph_q <= 2'd0;
            end else begin
              dph_q   <= 2'd2;
              tuple_q <= n_tuple;
            end
          end else if (dph_q == 2'd2 && !job_v_q) begin
            // The block's data to the destination.
            job_v_q    <= 1'b1;
            job_off_q  <= blk_base;
            job_len_q  <= {19'h0, bs_q};
            job_host_q <= dst_q + 64'(k_q * {19'h0, (difk_q == 2'd2) ? bs_q : bs_q + 13'd8});
            dph_q      <= (difk_q == 2'd2) ? 2'd0 : 2'd3;
            if (difk_q == 2'd2) begin
              k_q  <= k_q + 32'd1;
              bo_q <= '0;
              g_q  <= ff_q[2] ? 16'hffff : 16'h0;
            end
          end else if (dph_q == 2'd3 && !imm_v_q) begin
            // Its tuple after it.
            imm_v_q    <= 1'b1;
            imm_addr_q <= dst_q + 64'(k_q * {19'h0, bs_q + 13'd8}) + 64'(bs_q);
            imm_len_q  <= 7'd8;
            imm_data_q <= {448'h0, tuple_q};
            k_q        <= k_q + 32'd1;
            bo_q       <= '0;
            g_q        <= ff_q[2] ? 16'hffff : 16'h0;
            dph_q      <= 2'd0;
          end
          if (!p_done_q && !p_pend_q && (dph_q == 2'd0 || dph_q == 2'd1)) begin
            if (k_q == nblk_q) begin
              p_done_q <= 1'b1;
              p_bc_q   <= n_q;
              p_opsp_q <= dif_opsp;
            end else if (rf_q && blk_base + {19'h0, stride_q} > end1) begin
              p_done_q  <= 1'b1;
              p_st_q    <= siov_adi_pkg::StPageFault;
              p_bc_q    <= blk_base;
              p_fault_q <= s1_addr_q + 64'(rf_off_q);
              p_opsp_q  <= dif_opsp;
            end
          end
        end
        default: begin
          p_done_q <= 1'b1;
        end
      endcase
    end
  end

  logic unused;
  assign unused = ^{cfg_i, wr_st, w_q, wd, dd, df_q[2:0], ff_q, cmpexp_q[7:1], crcf_q[0], list_rdata[2*W-1:512], unused_b2, unused_l2,
                    p_req_q, t_n_q, dif_df, x_seed_q, seed_q, lim_q, pb_line, db_q, pa_sh_q,
                    e_addr_q, p_opsp_q, free2, fq_s, fq_len};

endmodule
