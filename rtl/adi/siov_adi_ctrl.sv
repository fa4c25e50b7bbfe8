// siov_adi_ctrl: Assignable Device Interfaces (SIOV rev 1.1 §2; patent US 2020/0319913
// [0060]-[0076], claims 1-11): per-ADI privileged state, the direct-path pages, the three
// submission paths, the descriptor queues, the scheduler that feeds the shared engines, the
// command unit (enable / disable / drain / abort / reset / release, by ADI, by PASID, for the
// whole device), the interrupt-handle commands and the software-error record. docs/adi.md is the
// programming model this implements.
//
//   BAR0 window --> config store (per ADI) ----------------------------+
//   BAR2 pages  --> doorbell / portal / SWQ --+                        |
//   ring fetcher (dma_rd client, desc PASID) -+-> update unit --> descriptor store
//                                                                       |
//   WRR scheduler over ADIs --> dispatch (2 stages) --> engines --> completion unit
//
// Per-ADI runtime state lives in arrays indexed by ADI, each written by exactly one unit, one
// entry per cycle, so the design grows to 1024 ADIs by changing NumAdi:
//   update unit     wp (enqueue slot), enq (descriptors enqueued), ring head / tail, overflow
//   dispatch unit   rp (dispatch slot), deq (descriptors dequeued), disp (dispatch sequence)
//   completion unit done (completions)
// occupancy = enq - deq, in flight = disp - done. Requests to the update unit are granted one
// per cycle by priority: initialisation, commands, BAR0, ring fetcher, BAR2.
// ADI state bits: en (accepts submissions), run (fetches and dispatches), halt (ring halted by a
// fetch fault); status.state is 0 disabled (!en, !run), 1 enabled (en, run), 2 busy (draining
// or aborting), 3 halted.
// Drain needs no barrier in the queue: descriptors of an ADI are dispatched in order with a
// sequence number, so "everything accepted before the drain" is "every sequence number below
// disp + occupancy + ring descriptors pending at the time of the command".
module siov_adi_ctrl #(
  parameter int unsigned NumAdi        = 64,
  parameter int unsigned NumEngines    = 4,
  parameter int unsigned Slots         = 256,
  parameter int unsigned NumIms        = 2048,
  parameter int unsigned MaxXferShift  = 21,
  parameter int unsigned MaxBatchShift = 5,
  parameter int unsigned MaxRingShift  = 16,
  parameter int unsigned FetchMax      = 8,      // descriptors per ring read
  parameter logic [63:0] OpCap         = siov_adi_pkg::OpCapAll,  // opcodes the engines run
  localparam int unsigned AW           = (NumAdi > 1) ? $clog2(NumAdi) : 1,
  localparam int unsigned E            = NumEngines,
  localparam int unsigned HW           = $clog2(NumIms),
  localparam int unsigned XW           = siov_adi_pkg::MaxAdiW,
  localparam int unsigned PW           = siov_adi_pkg::PasidW,
  localparam int unsigned FBW          = $clog2(FetchMax) + 6,   // fetch staging buffer bytes
  localparam int unsigned FLW          = FBW - siov_tlp_pkg::TlpBeatBytesLog2
) (
  input  logic                         clk_i,
  input  logic                         rst_ni,            // function reset
  input  siov_cfg_pkg::cfg_state_t     cfg_i,
  // BAR0 window (one DW per cycle; read data the same cycle; stall holds the access).
  input  logic                         b0_req_i,
  input  logic                         b0_we_i,
  input  logic [19:0]                  b0_off_i,
  input  logic [3:0]                   b0_be_i,
  input  logic [31:0]                  b0_wdata_i,
  output logic [31:0]                  b0_rdata_o,
  output logic                         b0_stall_o,
  // PASID Permissions Table unit: its BAR0 registers (write strobe, read data) and the
  // invalidate commands.
  output logic                         ppt_we_o,
  input  logic [31:0]                  ppt_rdata_i,
  output logic                         ppt_inv_o,
  output logic                         ppt_inv_all_o,
  output logic [15:0]                  ppt_inv_sel_o,
  input  logic                         ppt_inv_done_i,
  // BAR2 (direct-path pages), from siov_mmio_tlp.
  input  logic                         m2_valid_i,
  output logic                         m2_ready_o,
  input  siov_tlp_pkg::mmio_req_t      m2_req_i,
  output logic                         m2_rsp_valid_o,
  output logic [2:0]                   m2_rsp_status_o,
  output logic [siov_tlp_pkg::TlpDataW-1:0] m2_rsp_rdata_o,
  // Engines: one work bus, a valid per engine.
  output logic [E-1:0]                 eng_valid_o,
  input  logic [E-1:0]                 eng_ready_i,
  output siov_adi_pkg::work_t          eng_work_o,
  input  logic [E-1:0]                 eng_done_i,
  output logic [E-1:0]                 eng_abort_o,
  input  logic [E-1:0]                 eng_swerr_i,
  input  logic [E*8-1:0]               eng_swerr_code_i,
  input  logic [E*XW-1:0]              eng_swerr_adi_i,
  input  logic [E*8-1:0]               eng_swerr_opcode_i,
  input  logic [E*PW-1:0]              eng_swerr_pasid_i,
  input  logic [E*64-1:0]              eng_swerr_addr_i,
  // IMS: BAR0 table / PBA window, handle commands, activity, faults.
  output logic                         ims_tbl_we_o,
  output logic [HW+1:0]                ims_tbl_dw_o,
  output logic [3:0]                   ims_tbl_be_o,
  output logic [31:0]                  ims_tbl_wdata_o,
  input  logic [31:0]                  ims_tbl_rdata_i,
  output logic [HW-6:0]                ims_pba_dw_o,
  input  logic [31:0]                  ims_pba_rdata_i,
  output logic                         ims_alloc_o,
  output logic                         ims_release_o,
  output logic                         ims_release_adi_o,
  output logic                         ims_release_all_o,
  output logic                         ims_inval_o,
  output logic [XW-1:0]                ims_adi_o,
  output logic [15:0]                  ims_handle_o,
  input  logic                         ims_cmd_done_i,
  input  logic                         ims_cmd_ok_i,
  input  logic [15:0]                  ims_cmd_handle_i,
  input  logic                         ims_busy_i,
  input  logic [XW-1:0]                ims_busy_adi_i,
  input  logic                         ims_fault_i,
  input  logic [XW-1:0]                ims_fault_adi_i,
  input  logic [63:0]                  ims_fault_addr_i,
  // Ring fetcher: siov_dma_rd client with its staging buffer.
  output logic                         fr_valid_o,
  input  logic                         fr_ready_i,
  output logic [63:0]                  fr_addr_o,
  output logic [12:0]                  fr_len_o,
  output logic [FBW-1:0]               fr_buf_o,
  output logic                         fr_prfx_vld_o,
  output logic [31:0]                  fr_prfx_o,
  input  logic                         fr_done_i,
  input  logic [2:0]                   fr_status_i,
  output logic                         fr_abort_o,
  input  logic                         fb_we_i,
  input  logic [FLW-1:0]               fb_line_i,
  input  logic [2*siov_tlp_pkg::TlpDataW-1:0]   fb_data_i,
  input  logic [2*siov_tlp_pkg::TlpDataW/8-1:0] fb_be_i,
  // MSI-X vector 0 (software errors, command completion).
  output logic                         irq0_valid_o,
  input  logic                         irq0_ready_i
);

  localparam int unsigned SW   = $clog2(Slots);
  localparam int unsigned QW   = SW + 1;      // queue counters
  localparam int unsigned CntW = 24;          // dispatch / completion sequence numbers
  localparam int unsigned RW   = 16;          // ring indices
  localparam int unsigned EW   = (E > 1) ? $clog2(E) : 1;
  localparam int unsigned NCfg = 15;          // DWs 0-14 of adi[n] kept in the config store
  localparam int unsigned CfgW = 32 * NCfg;
  localparam int unsigned W    = siov_tlp_pkg::TlpDataW;

  if (NumAdi < 2 || NumAdi > 1024) begin : g_adi_check
    $fatal(1, "siov_adi_ctrl: NumAdi must be 2..1024");
  end
  if (Slots < 16 || Slots > 256 || (Slots & (Slots - 1)) != 0) begin : g_slots_check
    $fatal(1, "siov_adi_ctrl: Slots must be a power of two, 16..256");
  end
  if (FetchMax < 4 || (FetchMax & (FetchMax - 1)) != 0) begin : g_fetch_check
    $fatal(1, "siov_adi_ctrl: FetchMax must be a power of two, at least 4");
  end
  if (siov_tlp_pkg::TlpDataW < 512) begin : g_beat_check
    $fatal(1, "siov_adi_ctrl: a 64-byte portal write must fit one beat");
  end
  if (NumIms > siov_bar0_reg_pkg::SIOV_BAR0_IMS_COUNT) begin : g_ims_check
    $fatal(1, "siov_adi_ctrl: NumIms exceeds the register map");
  end

  // Register offsets (generated from rtl/regs/siov_bar0.rdl).
  localparam logic [19:0] OffCapAdi  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_CAP_ADI_OFFSET);
  localparam logic [19:0] OffCapQ    = 20'(siov_bar0_reg_pkg::SIOV_BAR0_CAP_QUEUE_OFFSET);
  localparam logic [19:0] OffCapIms  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_CAP_IMS_OFFSET);
  localparam logic [19:0] OffCapXfer = 20'(siov_bar0_reg_pkg::SIOV_BAR0_CAP_XFER_OFFSET);
  localparam logic [19:0] OffOpcapLo = 20'(siov_bar0_reg_pkg::SIOV_BAR0_OPCAP_LO_OFFSET);
  localparam logic [19:0] OffOpcapHi = 20'(siov_bar0_reg_pkg::SIOV_BAR0_OPCAP_HI_OFFSET);
  localparam logic [19:0] OffGenCtrl = 20'(siov_bar0_reg_pkg::SIOV_BAR0_GENCTRL_OFFSET);
  localparam logic [19:0] OffGenSts  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_GENSTS_OFFSET);
  localparam logic [19:0] OffIntCause = 20'(siov_bar0_reg_pkg::SIOV_BAR0_INTCAUSE_OFFSET);
  localparam logic [19:0] OffCmd     = 20'(siov_bar0_reg_pkg::SIOV_BAR0_CMD_OFFSET);
  localparam logic [19:0] OffCmdSts  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_OFFSET);
  localparam logic [19:0] OffSwSts   = 20'(siov_bar0_reg_pkg::SIOV_BAR0_SWERR_STATUS_OFFSET);
  localparam logic [19:0] OffSwInfo  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_SWERR_INFO_OFFSET);
  localparam logic [19:0] OffSwAddrL = 20'(siov_bar0_reg_pkg::SIOV_BAR0_SWERR_ADDR_LO_OFFSET);
  localparam logic [19:0] OffSwAddrH = 20'(siov_bar0_reg_pkg::SIOV_BAR0_SWERR_ADDR_HI_OFFSET);
  localparam logic [19:0] OffAdi     = 20'(siov_bar0_reg_pkg::SIOV_BAR0_ADI_OFFSET);
  localparam logic [19:0] OffIms     = 20'(siov_bar0_reg_pkg::SIOV_BAR0_IMS_OFFSET);
  localparam logic [19:0] OffImsPba  = 20'(siov_bar0_reg_pkg::SIOV_BAR0_IMS_PBA_OFFSET);
  localparam logic [19:0] AdiEnd     = OffAdi + 20'(NumAdi * 64);
  localparam logic [19:0] ImsEnd     = OffIms + 20'(NumIms * 16);
  localparam logic [19:0] PbaEnd     = OffImsPba + 20'(NumIms / 8);
  localparam logic [19:0] OffPpt     = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_BASE_LO_OFFSET);
  localparam logic [19:0] PptEnd     = 20'(siov_bar0_reg_pkg::SIOV_BAR0_PPT_EVICTIONS_OFFSET) + 20'd4;

  // DWs of adi[n] (offset / 4 within its 64 bytes).
  localparam logic [3:0] RCtrl = 4'd0,  RStatus = 4'd1, RDPasid = 4'd2, RAPasid = 4'd3;
  localparam logic [3:0] RIPasid = 4'd4, RQueue = 4'd5, RRingLo = 4'd6, RRingHi = 4'd7;
  localparam logic [3:0] RRingSz = 4'd8, RSwqThr = 4'd9, ROpsLo = 4'd10, ROpsHi = 4'd11;
  localparam logic [3:0] RItblLo = 4'd12, RItblHi = 4'd13, RItblSz = 4'd14, ROvf = 4'd15;

  // Writable bits and reset value of each stored DW (status and overflow are not stored here).
  function automatic logic [31:0] cfg_wmask(input logic [3:0] r);
    unique case (r)
      RCtrl:   cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_CTRL_WMASK;
      RDPasid: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_DESC_PASID_WMASK;
      RAPasid: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_DATA_PASID_WMASK;
      RIPasid: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_INT_PASID_WMASK;
      RQueue:  cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_QUEUE_WMASK;
      RRingLo: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_RING_BASE_LO_WMASK;
      RRingHi: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_RING_BASE_HI_WMASK;
      RRingSz: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_RING_SIZE_WMASK;
      RSwqThr: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_SWQ_THRESHOLD_WMASK;
      ROpsLo:  cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_OPS_LO_WMASK;
      ROpsHi:  cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_OPS_HI_WMASK;
      RItblLo: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_ITBL_BASE_LO_WMASK;
      RItblHi: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_ITBL_BASE_HI_WMASK;
      RItblSz: cfg_wmask = siov_bar0_reg_pkg::SIOV_BAR0_ADI_ITBL_SIZE_WMASK;
      default: cfg_wmask = 32'h0;
    endcase
  endfunction

  localparam logic [CfgW-1:0] CfgReset =
      (CfgW'(siov_bar0_reg_pkg::SIOV_BAR0_ADI_CTRL_RESET) << (32 * RCtrl)) |
      (CfgW'(siov_bar0_reg_pkg::SIOV_BAR0_ADI_OPS_LO_RESET) << (32 * ROpsLo)) |
      (CfgW'(siov_bar0_reg_pkg::SIOV_BAR0_ADI_OPS_HI_RESET) << (32 * ROpsHi));

  // DW r of a config word.
  function automatic logic [31:0] cfg_dw(input logic [CfgW-1:0] c, input logic [3:0] r);
    cfg_dw = c[32 * r +: 32];
  endfunction

  // ---------------------------------------------------------------------------------------
  // Initialisation after reset: every per-ADI array entry is cleared, one ADI per cycle.
  // ---------------------------------------------------------------------------------------
  logic [AW:0]   init_q;
  logic          init;
  logic [AW-1:0] init_idx;
  assign init     = (init_q != '0);
  assign init_idx = AW'(init_q - (AW + 1)'(1));

  // ---------------------------------------------------------------------------------------
  // Storage
  // ---------------------------------------------------------------------------------------
  logic [CfgW-1:0]  cfg_q   [NumAdi];   // config store (BAR0 adi[n] DWs 0-14)
  logic [SW-1:0]    wp_q    [NumAdi];   // update unit
  logic [QW-1:0]    enq_q   [NumAdi];
  logic [RW-1:0]    head_q  [NumAdi];
  logic [RW-1:0]    tail_q  [NumAdi];
  logic [15:0]      ovf_q   [NumAdi];
  logic [SW-1:0]    rp_q    [NumAdi];   // dispatch unit
  logic [QW-1:0]    deq_q   [NumAdi];
  logic [CntW-1:0]  disp_q  [NumAdi];
  logic [CntW-1:0]  done_q  [NumAdi];   // completion unit
  logic [7:0]       err_q   [NumAdi];   // last software error of the ADI
  logic [NumAdi-1:0] en_q, run_q, halt_q;
  logic [NumAdi-1:0] drain_wait_q;      // head descriptor is a drain waiting for in-flight work

  logic [511:0]     store_q   [Slots];  // descriptor store
  logic [19:0]      spasid_q  [Slots];  // submitter PASID of shared-queue descriptors
  logic [Slots-1:0] sshared_q;
  logic [Slots-1:0] cancel_q;           // discarded by abort_pasid: consume without executing

  // Per-ADI views for every ADI at once (scheduler, fetcher, queue-overlap check).
  logic [NumAdi*QW-1:0]   occ_f;
  logic [NumAdi*CntW-1:0] infl_f;
  logic [NumAdi*8-1:0]    weight_f;
  logic [NumAdi*8-1:0]    qbase_f, qsize_f;
  logic [NumAdi-1:0]      sched_elig, fetch_elig;

  for (genvar a = 0; a < NumAdi; a++) begin : g_adi
    logic [CfgW-1:0] c;
    logic [QW-1:0]   occ;
    logic [CntW-1:0] infl;
    logic [7:0]      maxinf;
    assign c      = cfg_q[a];
    assign occ    = enq_q[a] - deq_q[a];
    assign infl   = disp_q[a] - done_q[a];
    assign maxinf = c[32 * RCtrl + 16 +: 8];
    assign occ_f[a*QW +: QW]       = occ;
    assign infl_f[a*CntW +: CntW]  = infl;
    assign weight_f[a*8 +: 8]      = c[32 * RCtrl + 8 +: 8];
    assign qbase_f[a*8 +: 8]       = c[32 * RQueue +: 8];
    assign qsize_f[a*8 +: 8]       = c[32 * RQueue + 8 +: 8];
    logic unused_c;
    assign unused_c = ^c;                // the fields above are all that is needed here
    assign sched_elig[a] = run_q[a] && (occ != '0) &&
                           ((maxinf == 8'h0) || (infl < CntW'(maxinf))) &&
                           !(drain_wait_q[a] && infl != '0);
    assign fetch_elig[a] = run_q[a] && !halt_q[a] && (c[32 * RCtrl +: 2] == siov_adi_pkg::ModeRing) &&
                           (tail_q[a] != head_q[a]) && (occ < QW'(c[32 * RQueue + 8 +: 8]));
  end

  function automatic logic [1:0] adi_state(input logic en, input logic run, input logic halt);
    if (halt)            adi_state = siov_adi_pkg::AdiHalted;
    else if (en && run)  adi_state = siov_adi_pkg::AdiEnabled;
    else if (!en && !run) adi_state = siov_adi_pkg::AdiDisabled;
    else                 adi_state = siov_adi_pkg::AdiBusy;
  endfunction

  // A PASID register {en, priv} usable with the current PASID capability settings.
  function automatic logic pasid_ok(input logic [1:0] en_priv, input logic pasid_en,
                                    input logic priv_en);
    pasid_ok = !en_priv[1] || (pasid_en && (!en_priv[0] || priv_en));
  endfunction

  // ---------------------------------------------------------------------------------------
  // Software-error record and vector 0
  // ---------------------------------------------------------------------------------------
  // Sources (in this order): engines, ring fetcher, IMS (table fetch), BAR2 (submissions),
  // BAR0 (writes while enabled). The lowest-numbered source of a cycle is recorded; any other sets overflow.
  localparam int unsigned NSrc = E + 4;
  logic [NSrc-1:0]     se_v;
  logic [NSrc*8-1:0]   se_code, se_op;
  logic [NSrc*XW-1:0]  se_adi;
  logic [NSrc*PW-1:0]  se_pasid;
  logic [NSrc*64-1:0]  se_addr;

  logic        f_err;       // ring fetcher
  logic [63:0] f_err_addr;
  logic [PW-1:0] f_err_pasid;
  logic [XW-1:0] f_err_adi;
  logic        b2_err;      // BAR2
  logic [7:0]  b2_err_code, b2_err_op;
  logic [XW-1:0] b2_err_adi;
  logic [PW-1:0] b2_err_pasid;
  logic        b0_err;      // BAR0
  logic [XW-1:0] b0_err_adi;
  logic [63:0] b0_err_addr;

  assign se_v = {b0_err, b2_err, ims_fault_i, f_err, eng_swerr_i};
  assign se_code = {siov_adi_pkg::SwPrivWrite, b2_err_code, siov_adi_pkg::SwItblFault,
                    siov_adi_pkg::SwRingFault, eng_swerr_code_i};
  assign se_op = {8'h0, b2_err_op, 8'h0, 8'h0, eng_swerr_opcode_i};
  assign se_adi = {b0_err_adi, b2_err_adi, ims_fault_adi_i, f_err_adi, eng_swerr_adi_i};
  assign se_pasid = {PW'(0), b2_err_pasid, PW'(0), f_err_pasid, eng_swerr_pasid_i};
  assign se_addr = {b0_err_addr, 64'h0, ims_fault_addr_i, f_err_addr, eng_swerr_addr_i};

  logic          sw_ev;
  logic [$clog2(NSrc)-1:0] sw_src;
  always_comb begin
    sw_ev  = 1'b0;
    sw_src = '0;
    for (int i = NSrc - 1; i >= 0; i--) begin
      if (se_v[i]) begin
        sw_ev  = 1'b1;
        sw_src = $clog2(NSrc)'(i);
      end
    end
  end
  logic [7:0]    sw_code;
  logic [XW-1:0] sw_adi;
  assign sw_code = se_code[sw_src*8 +: 8];
  assign sw_adi  = se_adi[sw_src*XW +: XW];

  logic        swv_q, swovf_q;
  logic [7:0]  swcode_q, swop_q;
  logic [XW-1:0] swadi_q;
  logic [PW-1:0] swpasid_q;
  logic [63:0] swaddr_q;
  logic [1:0]  genctrl_q, intcause_q;
  logic        dev_en_q;
  logic        irq0_q;
  logic        swadi_ok_q;

  // ---------------------------------------------------------------------------------------
  // Command unit state (declared early: other units look at it)
  // ---------------------------------------------------------------------------------------
  typedef enum logic [4:0] {
    CIdle, CStart, CFilter, CStop, CDrSnap, CDrWait, CAbWait, CAbFlush, CEnd, CImsRel,
    CClr, CNext, CPost, CEnChk, CEnReset, CEnGo, CIms, CPpt, CPptWait, CFinish
  } cst_e;
  cst_e          c_st_q;
  logic [AW-1:0] c_adi_q;
  logic [4:0]    c_code_q;
  logic [19:0]   c_opnd_q;
  logic          c_intreq_q;
  logic [7:0]    c_err_q;
  logic [15:0]   c_result_q;
  // Plan of the command: loop over ADIs (with PASID filter), phases per ADI, device step.
  logic          c_all_q, c_pfilt_q;
  logic          c_dis_q, c_drain_q, c_abort_q, c_fin_dis_q, c_rel_q, c_clr_q;
  logic          c_sv_en_q, c_sv_run_q;   // state before an abort
  logic          c_pmode_q;               // abort by PASID on a shared ADI
  logic [CntW-1:0] c_target_q;            // drain: sequence numbers below this
  logic          c_active;
  assign c_active = (c_st_q != CIdle);

  // ---------------------------------------------------------------------------------------
  // Update unit: enqueue, ring head / tail, overflow; one request per cycle
  // ---------------------------------------------------------------------------------------
  typedef enum logic [2:0] {
    UReset = 3'd0, USkip = 3'd1, UClrOvf = 3'd2, UOvfW1c = 3'd3, UEnq = 3'd4, UTail = 3'd5,
    UOvfInc = 3'd6
  } uop_e;

  logic          u_cmd_req;   uop_e u_cmd_op;
  logic          u_b0_req;    logic [AW-1:0] u_b0_adi;  logic [15:0] u_b0_mask;
  logic          u_f_req;     logic [AW-1:0] u_f_adi;   logic [511:0] u_f_desc;
  logic          u_b2_req;    uop_e u_b2_op;  logic [AW-1:0] u_b2_adi;
  logic [511:0]  u_b2_desc;   logic [RW-1:0] u_b2_tail; logic [QW-1:0] u_b2_lim;
  logic          u_f_gnt, u_b2_gnt;
  logic          u_v;
  uop_e          u_op;
  logic [AW-1:0] u_adi;
  logic [511:0]  u_desc;
  logic [QW-1:0] u_lim;
  logic          u_ring;

  always_comb begin
    u_v = 1'b1;  u_op = UReset;  u_adi = init_idx;  u_desc = u_f_desc;  u_lim = '0;
    u_ring = 1'b0;
    u_f_gnt = 1'b0;  u_b2_gnt = 1'b0;
    if (init) begin
      u_op = UReset;
    end else if (u_cmd_req) begin
      u_op = u_cmd_op;  u_adi = c_adi_q;
    end else if (u_b0_req) begin
      u_op = UOvfW1c;  u_adi = u_b0_adi;
    end else if (u_f_req) begin
      u_op = UEnq;  u_adi = u_f_adi;  u_ring = 1'b1;  u_f_gnt = 1'b1;
      u_lim = QW'(qsize_f[u_f_adi*8 +: 8]);
    end else if (u_b2_req) begin
      u_op = u_b2_op;  u_adi = u_b2_adi;  u_desc = u_b2_desc;  u_lim = u_b2_lim;
      u_b2_gnt = 1'b1;
    end else begin
      u_v = 1'b0;
    end
  end

  logic [CfgW-1:0] u_cfg;
  logic [QW-1:0]   u_occ;
  logic [SW-1:0]   u_wp, u_wp_d;
  logic [QW-1:0]   u_enq_d;
  logic [RW-1:0]   u_head_d, u_tail_d, u_rmask;
  logic [15:0]     u_ovf_d;
  logic            u_enq_ok;
  logic [SW-1:0]   u_slot;
  assign u_cfg    = cfg_q[u_adi];
  assign u_occ    = occ_f[u_adi*QW +: QW];
  assign u_wp     = wp_q[u_adi];
  assign u_rmask  = RW'(u_cfg[32 * RRingSz +: 17] - 17'd1);
  assign u_slot   = SW'(u_cfg[32 * RQueue +: 8]) + u_wp;
  // A descriptor is accepted only if the ADI takes submissions (ring: still fetching) and the
  // queue has room below the limit; checked here, at the one place that enqueues.
  assign u_enq_ok = (u_op == UEnq) && !init &&
                    (u_ring ? (run_q[u_adi] && !halt_q[u_adi]) : en_q[u_adi]) &&
                    (u_occ < u_lim);

  always_comb begin
    u_wp_d   = u_wp;
    u_enq_d  = enq_q[u_adi];
    u_head_d = head_q[u_adi];
    u_tail_d = tail_q[u_adi];
    u_ovf_d  = ovf_q[u_adi];
    unique case (u_op)
      UReset: begin
        u_wp_d = '0;  u_enq_d = '0;  u_head_d = '0;  u_tail_d = '0;
        if (init) u_ovf_d = '0;
      end
      USkip:   u_head_d = u_tail_d;
      UClrOvf: u_ovf_d = '0;
      UOvfW1c: u_ovf_d = u_ovf_d & ~u_b0_mask;
      UEnq: begin
        if (u_enq_ok) begin
          u_wp_d  = (QW'(u_wp) + QW'(1) == QW'(u_cfg[32 * RQueue + 8 +: 8])) ? '0 :
                    u_wp + SW'(1);
          u_enq_d = u_enq_d + QW'(1);
          if (u_ring) u_head_d = (u_head_d + RW'(1)) & u_rmask;
        end
      end
      UTail:   u_tail_d = u_b2_tail;
      UOvfInc: if (u_ovf_d != 16'hffff) u_ovf_d = u_ovf_d + 16'd1;
      default: ;
    endcase
  end

  always_ff @(posedge clk_i) begin
    if (u_v) begin
      wp_q[u_adi]   <= u_wp_d;
      enq_q[u_adi]  <= u_enq_d;
      head_q[u_adi] <= u_head_d;
      tail_q[u_adi] <= u_tail_d;
      ovf_q[u_adi]  <= u_ovf_d;
    end
    if (u_enq_ok) begin
      store_q[u_slot]  <= u_desc;
      spasid_q[u_slot] <= u_desc[19:0];
    end
  end

  // ---------------------------------------------------------------------------------------
  // Config store: one write per cycle (initialisation, command clear, BAR0 write)
  // ---------------------------------------------------------------------------------------
  logic          cw_clr;           // command: back to reset values
  logic          b0_cfg_we;        // BAR0 write to a stored DW
  logic [AW-1:0] b0_adi;
  logic [3:0]    b0_reg;
  logic [CfgW-1:0] b0_cfg;
  assign b0_cfg = cfg_q[b0_adi];

  always_ff @(posedge clk_i) begin
    if (init) begin
      cfg_q[init_idx] <= CfgReset;
    end else if (cw_clr) begin
      cfg_q[c_adi_q] <= CfgReset;
    end else if (b0_cfg_we) begin
      logic [CfgW-1:0] n;
      n = b0_cfg;
      n[32 * b0_reg +: 32] = siov_tlp_pkg::be_merge(cfg_dw(b0_cfg, b0_reg), b0_wdata_i,
                                                    b0_be_i, cfg_wmask(b0_reg));
      cfg_q[b0_adi] <= n;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Ring fetcher: one read of up to FetchMax descriptors at a time, descriptor PASID
  // ---------------------------------------------------------------------------------------
  typedef enum logic [2:0] {
    FIdle = 3'd0, FRead = 3'd1, FWait = 3'd2, FLoad = 3'd3, FEnq = 3'd4, FFault = 3'd5
  } fst_e;
  fst_e          f_st_q;
  logic [AW-1:0] f_adi_q;
  logic [FLW:0]  f_n_q, f_k_q;
  logic [63:0]   f_addr_q;
  logic [31:0]   f_pasid_q;        // desc_pasid register of the ADI
  logic          f_pick_v;
  logic [AW-1:0] f_pick;
  logic          f_abort;          // the command unit aborts the fetcher's ADI

  siov_rr_arb #(.NumReq(NumAdi)) u_fetch_arb (
    .clk_i,
    .rst_ni,
    .req_i     (fetch_elig & {NumAdi{!init && f_st_q == FIdle}}),
    .advance_i (f_st_q == FIdle && f_pick_v && !init),
    .valid_o   (f_pick_v),
    .idx_o     (f_pick)
  );

  // Descriptors in the next read: at most FetchMax, up to the tail, the ring end and the room
  // left in the queue.
  logic [CfgW-1:0] fp_cfg;
  logic [RW:0]     fp_avail, fp_to_end, fp_n;
  logic [RW-1:0]   fp_rmask, fp_head;
  logic [QW-1:0]   fp_room;
  assign fp_cfg    = cfg_q[f_pick];
  assign fp_head   = head_q[f_pick];
  assign fp_rmask  = RW'(fp_cfg[32 * RRingSz +: 17] - 17'd1);
  assign fp_avail  = {1'b0, (tail_q[f_pick] - fp_head) & fp_rmask};
  assign fp_to_end = 17'(fp_cfg[32 * RRingSz +: 17]) - {1'b0, fp_head};
  assign fp_room   = QW'(fp_cfg[32 * RQueue + 8 +: 8]) - occ_f[f_pick*QW +: QW];
  always_comb begin
    fp_n = (RW + 1)'(FetchMax);
    if (fp_avail < fp_n)  fp_n = fp_avail;
    if (fp_to_end < fp_n) fp_n = fp_to_end;
    if ((RW + 1)'(fp_room) < fp_n) fp_n = (RW + 1)'(fp_room);
  end

  logic         fb_re;
  logic [2*W-1:0] fb_rdata;
  logic [2*siov_tlp_pkg::TlpDataW-1:0] u_fetch_buf_rd2;   // second read port: unused
  siov_dma_buf #(.BufAddrW(FBW)) u_fetch_buf (
    .clk_i,
    .we_i    (fb_we_i),
    .wline_i (fb_line_i),
    .wdata_i (fb_data_i),
    .wbe_i   (fb_be_i),
    .re_i    (fb_re),
    .rline_i (FLW'(f_k_q)),
    .rdata_o (fb_rdata),
    .re2_i    (1'b0),
    .rline2_i ('0),
    .rdata2_o (u_fetch_buf_rd2)
  );
  assign fb_re = (f_st_q == FLoad);

  assign fr_valid_o    = (f_st_q == FRead) && !f_abort;
  assign fr_addr_o     = f_addr_q;
  assign fr_len_o      = 13'({f_n_q, 6'h0});
  assign fr_buf_o      = '0;
  assign fr_prfx_vld_o = f_pasid_q[31];
  assign fr_prfx_o     = siov_tlp_pkg::pasid_prefix(f_pasid_q[19:0],
                                                    f_pasid_q[30] && cfg_i.pasid_priv_en, 1'b0);
  assign fr_abort_o    = f_abort;
  assign u_f_req       = (f_st_q == FEnq) && !f_abort;
  assign u_f_adi       = f_adi_q;
  assign u_f_desc      = fb_rdata[511:0];
  assign f_err         = (f_st_q == FFault);
  assign f_err_adi     = XW'(f_adi_q);
  assign f_err_addr    = f_addr_q;
  assign f_err_pasid   = {f_pasid_q[31:30], f_pasid_q[19:0]};

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_st_q    <= FIdle;
      f_adi_q   <= '0;
      f_n_q     <= '0;
      f_k_q     <= '0;
      f_addr_q  <= '0;
      f_pasid_q <= '0;
    end else begin
      unique case (f_st_q)
        FIdle: begin
          if (f_pick_v && !init) begin
            f_adi_q   <= f_pick;
            f_n_q     <= (FLW + 1)'(fp_n);
            f_k_q     <= '0;
            f_addr_q  <= {cfg_dw(fp_cfg, RRingHi), cfg_dw(fp_cfg, RRingLo)} +
                         {42'h0, fp_head, 6'h0};
            f_pasid_q <= cfg_dw(fp_cfg, RDPasid);
            f_st_q    <= FRead;
          end
        end
        FRead: begin
          if (f_abort) f_st_q <= FIdle;
          else if (fr_ready_i) f_st_q <= FWait;
        end
        FWait: begin
          if (f_abort) begin
            f_st_q <= FIdle;                 // dma_rd abandons the read
          end else if (fr_done_i) begin
            f_st_q <= (fr_status_i == siov_dma_pkg::DmaOk) ? FLoad : FFault;
          end
        end
        FLoad: f_st_q <= f_abort ? FIdle : FEnq;
        FEnq: begin
          if (f_abort) begin
            f_st_q <= FIdle;
          end else if (u_f_gnt) begin
            // Not accepted (the ADI stopped meanwhile): the rest is dropped too; the head
            // still names the first descriptor not taken.
            if (!u_enq_ok || f_k_q + (FLW + 1)'(1) == f_n_q) begin
              f_st_q <= FIdle;
            end else begin
              f_k_q  <= f_k_q + (FLW + 1)'(1);
              f_st_q <= FLoad;
            end
          end
        end
        FFault: f_st_q <= FIdle;             // halt written below (state bits)
        default: f_st_q <= FIdle;
      endcase
    end
  end

  // ---------------------------------------------------------------------------------------
  // Scheduler and dispatch: WRR over ADIs, then the head descriptor to a free engine
  // ---------------------------------------------------------------------------------------
  logic [E-1:0]    eng_busy_q;       // work dispatched, completion not yet counted
  logic [E-1:0]    done_pend_q;
  logic [E*AW-1:0] eng_adi_q;
  logic [E*CntW-1:0] eng_seq_q;
  logic [E*20-1:0] eng_pasid_q;
  logic [E-1:0]    eng_free;
  logic            done_take;        // completion unit (below) counts engine done_idx
  logic [EW-1:0]   done_idx;
  logic            any_free;
  logic [EW-1:0]   free_idx;
  assign eng_free = eng_ready_i & ~eng_busy_q & ~done_pend_q;
  always_comb begin
    any_free = 1'b0;
    free_idx = '0;
    for (int e = E - 1; e >= 0; e--) begin
      if (eng_free[e]) begin
        any_free = 1'b1;
        free_idx = EW'(e);
      end
    end
  end

  logic          s_v;
  logic [AW-1:0] s_idx;
  logic          d0_fire;
  logic          d_vld_q;
  logic [AW-1:0] d_adi_q;
  logic [SW-1:0] d_slot_q;
  logic [511:0]  d_desc_q;

  siov_wrr_arb #(.NumReq(NumAdi), .WeightW(8)) u_sched (
    .clk_i,
    .rst_ni,
    .req_i     (sched_elig & {NumAdi{!init}}),
    .weight_i  (weight_f),
    .advance_i (d0_fire),
    .valid_o   (s_v),
    .idx_o     (s_idx)
  );
  assign d0_fire = s_v && !d_vld_q && any_free && !init;

  // Stage 1: the descriptor and the ADI's identity.
  logic [CfgW-1:0] d_cfg;
  logic            d_shared, d_cancel, d_is_drain, d_go, d_drop, d_hold, d_wait_drain;
  logic [CntW-1:0] d_infl;
  siov_adi_pkg::work_t wk;
  assign d_cfg      = cfg_q[d_adi_q];
  assign d_shared   = (d_cfg[32 * RCtrl +: 2] == siov_adi_pkg::ModeShared);
  assign d_cancel   = cancel_q[d_slot_q];
  assign d_infl     = infl_f[d_adi_q*CntW +: CntW];
  assign d_is_drain = (d_desc_q[63:56] == siov_adi_pkg::OpDrain);
  // The dispatch unit's write port belongs to the command unit this cycle.
  logic d_cmd_op;
  assign d_hold       = d_cmd_op;
  assign d_drop       = d_vld_q && !d_hold && !run_q[d_adi_q];
  assign d_wait_drain = d_vld_q && !d_hold && run_q[d_adi_q] && d_is_drain && !d_cancel &&
                        (d_infl != '0);
  assign d_go         = d_vld_q && !d_hold && run_q[d_adi_q] && !d_wait_drain && any_free;

  always_comb begin
    wk            = '0;
    wk.desc       = d_desc_q;
    wk.adi        = XW'(d_adi_q);
    wk.cancelled  = d_cancel;
    wk.shared     = d_shared;
    wk.desc_pasid = d_shared ? {1'b1, d_desc_q[31], d_desc_q[19:0]} :
                    {d_cfg[32 * RDPasid + 31], d_cfg[32 * RDPasid + 30], d_cfg[32 * RDPasid +: 20]};
    wk.data_pasid = d_shared ? {1'b1, d_desc_q[31], d_desc_q[19:0]} :
                    {d_cfg[32 * RAPasid + 31], d_cfg[32 * RAPasid + 30], d_cfg[32 * RAPasid +: 20]};
    wk.int_pasid  = {d_cfg[32 * RIPasid + 31], d_cfg[32 * RIPasid + 30], d_cfg[32 * RIPasid +: 20]};
    wk.int_mode   = d_cfg[32 * RCtrl + 4];
    wk.itbl_base  = {cfg_dw(d_cfg, RItblHi), cfg_dw(d_cfg, RItblLo)};
    wk.itbl_size  = d_cfg[32 * RItblSz +: 16];
    wk.ops        = {cfg_dw(d_cfg, ROpsHi), cfg_dw(d_cfg, ROpsLo)};
  end
  assign eng_work_o = wk;
  always_comb begin
    eng_valid_o = '0;
    eng_valid_o[free_idx] = d_go;
  end

  // Dispatch unit arrays: one write per cycle (initialisation, command, dispatch).
  typedef enum logic [1:0] { DReset = 2'd0, DFlush = 2'd1 } dop_e;
  dop_e           d_cmd_kind;
  logic           dw_v;
  logic [AW-1:0]  dw_adi;
  logic [SW-1:0]  dw_rp;
  logic [QW-1:0]  dw_deq;
  logic [CntW-1:0] dw_disp;
  logic [CfgW-1:0] dw_cfg;
  assign dw_cfg = cfg_q[dw_adi];
  always_comb begin
    dw_v    = 1'b1;
    dw_adi  = d_adi_q;
    dw_rp   = rp_q[d_adi_q];
    dw_deq  = deq_q[d_adi_q];
    dw_disp = disp_q[d_adi_q];
    if (init) begin
      dw_adi = init_idx;  dw_rp = '0;  dw_deq = '0;  dw_disp = '0;
    end else if (d_cmd_op) begin
      dw_adi  = c_adi_q;
      dw_disp = disp_q[c_adi_q];
      if (d_cmd_kind == DReset) begin
        dw_rp  = '0;
        dw_deq = '0;
      end else begin
        dw_rp  = wp_q[c_adi_q];
        dw_deq = enq_q[c_adi_q];
      end
    end else if (d_go) begin
      dw_rp   = (QW'(rp_q[d_adi_q]) + QW'(1) == QW'(dw_cfg[32 * RQueue + 8 +: 8])) ? '0 :
                rp_q[d_adi_q] + SW'(1);
      dw_deq  = deq_q[d_adi_q] + QW'(1);
      dw_disp = disp_q[d_adi_q] + CntW'(1);
    end else begin
      dw_v = 1'b0;
    end
  end
  always_ff @(posedge clk_i) begin
    if (dw_v) begin
      rp_q[dw_adi]   <= dw_rp;
      deq_q[dw_adi]  <= dw_deq;
      disp_q[dw_adi] <= dw_disp;
    end
  end

  // Stage 0: read the head slot of the chosen ADI.
  logic [CfgW-1:0] s_cfg;
  logic [SW-1:0]   s_slot;
  assign s_cfg  = cfg_q[s_idx];
  assign s_slot = SW'(s_cfg[32 * RQueue +: 8]) + rp_q[s_idx];

  always_ff @(posedge clk_i) begin
    if (d0_fire) begin
      d_desc_q <= store_q[s_slot];
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      d_vld_q      <= 1'b0;
      d_adi_q      <= '0;
      d_slot_q     <= '0;
      eng_busy_q   <= '0;
      eng_adi_q    <= '0;
      eng_seq_q    <= '0;
      eng_pasid_q  <= '0;
      drain_wait_q <= '0;
    end else begin
      if (d0_fire) begin
        d_vld_q  <= 1'b1;
        d_adi_q  <= s_idx;
        d_slot_q <= s_slot;
      end else if (d_go || d_drop || d_wait_drain) begin
        d_vld_q <= 1'b0;
      end
      if (d_wait_drain) begin
        drain_wait_q[d_adi_q] <= 1'b1;
      end else if (d_go) begin
        drain_wait_q[d_adi_q] <= 1'b0;
      end
      if (d_go) begin
        eng_busy_q[free_idx]                <= 1'b1;
        eng_adi_q[free_idx*AW +: AW]        <= d_adi_q;
        eng_seq_q[free_idx*CntW +: CntW]    <= disp_q[d_adi_q];
        eng_pasid_q[free_idx*20 +: 20]      <= wk.data_pasid.pasid;
      end
      if (done_take) begin
        eng_busy_q[done_idx] <= 1'b0;
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Completion unit: engine completions counted per ADI, one per cycle
  // ---------------------------------------------------------------------------------------
  logic          done_v;
  siov_rr_arb #(.NumReq(E)) u_done_arb (
    .clk_i,
    .rst_ni,
    .req_i     (done_pend_q),
    .advance_i (done_take),
    .valid_o   (done_v),
    .idx_o     (done_idx)
  );
  assign done_take = done_v && !init;

  logic [AW-1:0] dn_adi;
  assign dn_adi = eng_adi_q[done_idx*AW +: AW];
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      done_pend_q <= '0;
    end else begin
      for (int e = 0; e < E; e++) begin
        if (eng_done_i[e]) begin
          done_pend_q[e] <= 1'b1;
        end else if (done_take && done_idx == EW'(e)) begin
          done_pend_q[e] <= 1'b0;
        end
      end
    end
  end
  always_ff @(posedge clk_i) begin
    if (init) begin
      done_q[init_idx] <= '0;
    end else if (done_take) begin
      done_q[dn_adi] <= done_q[dn_adi] + CntW'(1);
    end
  end

  // ---------------------------------------------------------------------------------------
  // BAR2: the direct-path pages
  // ---------------------------------------------------------------------------------------
  typedef enum logic [1:0] { BIdle = 2'd0, BExec = 2'd1, BWaitU = 2'd2, BRsp = 2'd3 } bst_e;
  bst_e                    b_st_q;
  siov_tlp_pkg::mmio_req_t b_req_q;
  logic [2:0]              b_rsp_st_q;
  logic [W-1:0]            b_rdata_q;
  logic                    b_enq_q;       // the update request is an enqueue (else tail / ovf)
  logic                    b_dmwr_q;
  logic                    b_ovf_q;       // count a portal overflow

  // Page of the request: the stride is the System Page Size.
  logic [31:0]   b_pg, b_po;
  always_comb begin
    b_pg = b_req_q.addr >> 12;
    b_po = {20'h0, b_req_q.addr[11:0]};
    for (int k = 1; k < 5; k++) begin
      if (cfg_i.sys_page_size[k]) begin
        b_pg = b_req_q.addr >> (12 + k);
        b_po = b_req_q.addr & ((32'h1000 << k) - 32'h1);
      end
    end
  end
  logic          b_adi_ok;
  logic [AW-1:0] b_adi;
  logic [CfgW-1:0] b_cfg;
  logic [1:0]    b_mode;
  logic          b_full64;
  assign b_adi_ok = (b_pg < 32'(NumAdi));
  assign b_adi    = AW'(b_pg);
  assign b_cfg    = cfg_q[b_adi];
  assign b_mode   = b_cfg[32 * RCtrl +: 2];
  assign b_full64 = (b_req_q.len_dw == ($clog2(siov_tlp_pkg::TlpDws) + 1)'(16)) &&
                    (b_req_q.be[63:0] == 64'hffff_ffff_ffff_ffff);

  // Read data, lane by lane.
  logic [W-1:0] b_rd;
  always_comb begin
    b_rd = '0;
    for (int i = 0; i < siov_tlp_pkg::TlpDws; i++) begin
      logic [31:0] o;
      o = b_po + 32'(4 * i);
      if (b_adi_ok) begin
        unique case (o)
          32'(siov_adi_page_reg_pkg::SIOV_ADI_PAGE_DOORBELL_OFFSET): b_rd[32*i +: 32] = 32'(tail_q[b_adi]);
          32'(siov_adi_page_reg_pkg::SIOV_ADI_PAGE_HEAD_OFFSET):     b_rd[32*i +: 32] = 32'(head_q[b_adi]);
          32'(siov_adi_page_reg_pkg::SIOV_ADI_PAGE_STATUS_OFFSET):
            b_rd[32*i +: 32] = {16'h0, 8'(occ_f[b_adi*QW +: QW]), 5'h0, b_mode, en_q[b_adi]};
          default: ;
        endcase
      end
    end
  end

  localparam logic [31:0] PgPortal = 32'(siov_adi_page_reg_pkg::SIOV_ADI_PAGE_PORTAL_OFFSET);
  localparam logic [31:0] PgSwq    = 32'(siov_adi_page_reg_pkg::SIOV_ADI_PAGE_SWQ_OFFSET);
  localparam logic [31:0] PgDoorbell = 32'(siov_adi_page_reg_pkg::SIOV_ADI_PAGE_DOORBELL_OFFSET);

  logic        b_in_portal, b_in_swq;
  assign b_in_portal = (b_po >= PgPortal) && (b_po < PgPortal + 32'd64);
  assign b_in_swq    = (b_po >= PgSwq) && (b_po < PgSwq + 32'd64);

  // Queue limit of a shared-queue descriptor: the threshold for unprivileged submitters.
  logic [QW-1:0] b_qsize, b_thr;
  assign b_qsize = QW'(b_cfg[32 * RQueue + 8 +: 8]);
  assign b_thr   = QW'(b_cfg[32 * RSwqThr +: 8]);

  logic         b_err_v;
  logic [7:0]   b_err_c;
  assign m2_ready_o      = (b_st_q == BIdle);
  assign m2_rsp_valid_o  = (b_st_q == BRsp);
  assign m2_rsp_status_o = b_rsp_st_q;
  assign m2_rsp_rdata_o  = b_rdata_q;
  assign u_b2_req        = (b_st_q == BWaitU);
  assign u_b2_adi        = b_adi;
  assign u_b2_desc       = b_req_q.wdata[511:0];
  assign u_b2_tail       = b_req_q.wdata[RW-1:0];
  assign u_b2_op         = b_ovf_q ? UOvfInc : (b_enq_q ? UEnq : UTail);
  assign u_b2_lim        = (b_mode == siov_adi_pkg::ModeShared && !b_req_q.wdata[31] &&
                            b_thr < b_qsize) ? b_thr : b_qsize;
  assign b2_err          = b_err_v;
  assign b2_err_code     = b_err_c;
  assign b2_err_op       = b_req_q.wdata[63:56];
  assign b2_err_adi      = XW'(b_adi);
  assign b2_err_pasid    = (b_mode == siov_adi_pkg::ModeShared) ?
                           {1'b1, b_req_q.wdata[31], b_req_q.wdata[19:0]} :
                           {b_cfg[32 * RDPasid + 31], b_cfg[32 * RDPasid + 30],
                            b_cfg[32 * RDPasid +: 20]};

  always_comb begin
    b_err_v = 1'b0;
    b_err_c = siov_adi_pkg::SwBadSubmit;
    if (b_st_q == BExec && b_req_q.write && !b_req_q.dmwr && b_adi_ok) begin
      if (b_po == PgDoorbell) begin
        if (b_mode != siov_adi_pkg::ModeRing) begin
          b_err_v = 1'b1;
        end else if (!en_q[b_adi]) begin
          b_err_v = 1'b1;
          b_err_c = siov_adi_pkg::SwAdiDisabled;
        end else if (({16'h0, b_req_q.wdata[15:0]} >= b_cfg[32 * RRingSz +: 32]) ||
                     b_req_q.wdata[31:16] != 16'h0) begin
          b_err_v = 1'b1;
        end
      end else if (b_in_portal) begin
        b_err_v = !(b_po == PgPortal && b_full64 && b_mode == siov_adi_pkg::ModePortal);
      end else if (b_in_swq) begin
        b_err_v = 1'b1;        // a posted write to the shared queue: it must be a DMWr
      end
    end
    // A portal write the update unit refused: ADI disabled, or its queue full.
    if (b_st_q == BWaitU && u_b2_gnt && b_enq_q && !b_dmwr_q && !b_ovf_q && !u_enq_ok) begin
      b_err_v = 1'b1;
      b_err_c = en_q[b_adi] ? siov_adi_pkg::SwPortalOverflow : siov_adi_pkg::SwAdiDisabled;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      b_st_q     <= BIdle;
      b_req_q    <= '0;
      b_rsp_st_q <= siov_tlp_pkg::CplSc;
      b_rdata_q  <= '0;
      b_enq_q    <= 1'b0;
      b_dmwr_q   <= 1'b0;
      b_ovf_q    <= 1'b0;
    end else begin
      unique case (b_st_q)
        BIdle: begin
          if (m2_valid_i) begin
            b_req_q <= m2_req_i;
            b_st_q  <= BExec;
          end
        end
        BExec: begin
          b_rsp_st_q <= siov_tlp_pkg::CplSc;
          b_rdata_q  <= b_rd;
          b_dmwr_q   <= b_req_q.dmwr;
          b_enq_q    <= 1'b0;
          b_ovf_q    <= 1'b0;
          if (!b_req_q.write) begin
            b_st_q <= BRsp;
          end else if (b_req_q.dmwr) begin
            // Shared work queue (ENQCMD / ENQCMDS): UR unless a full 64-byte DMWr to the swq
            // window of an ADI in shared mode.
            if (b_adi_ok && b_po == PgSwq && b_full64 && b_mode == siov_adi_pkg::ModeShared) begin
              b_enq_q <= 1'b1;
              b_st_q  <= BWaitU;
            end else begin
              b_rsp_st_q <= siov_tlp_pkg::CplUr;
              b_st_q     <= BRsp;
            end
          end else if (b_adi_ok && !b_err_v && b_po == PgDoorbell) begin
            b_st_q <= BWaitU;                      // tail
          end else if (b_adi_ok && !b_err_v && b_po == PgPortal) begin
            b_enq_q <= 1'b1;
            b_st_q  <= BWaitU;
          end else begin
            b_st_q <= BIdle;                       // dropped (and logged above) or ignored
          end
        end
        BWaitU: begin
          if (u_b2_gnt) begin
            if (b_dmwr_q) begin
              b_rsp_st_q <= u_enq_ok ? siov_tlp_pkg::CplSc : siov_tlp_pkg::CplRrs;
              b_st_q     <= BRsp;
            end else if (b_enq_q && !b_ovf_q && !u_enq_ok && en_q[b_adi]) begin
              // Portal overflow: count it (one more update request, UOvfInc).
              b_ovf_q <= 1'b1;
            end else begin
              b_st_q <= BIdle;
            end
          end
        end
        BRsp: b_st_q <= BIdle;
        default: b_st_q <= BIdle;
      endcase
    end
  end

  // ---------------------------------------------------------------------------------------
  // BAR0 window: capabilities, control, commands, SWERR, adi[n], IMS
  // ---------------------------------------------------------------------------------------
  logic        b0_in_adi, b0_in_ims, b0_in_pba, b0_in_ppt;
  logic [19:0] b0_adi_off;
  assign b0_in_adi  = (b0_off_i >= OffAdi) && (b0_off_i < AdiEnd);
  assign b0_in_ims  = (b0_off_i >= OffIms) && (b0_off_i < ImsEnd);
  assign b0_in_pba  = (b0_off_i >= OffImsPba) && (b0_off_i < PbaEnd);
  assign b0_in_ppt  = (b0_off_i >= OffPpt) && (b0_off_i < PptEnd);
  assign ppt_we_o   = b0_go && b0_we_i && b0_in_ppt;
  assign b0_adi_off = b0_off_i - OffAdi;
  assign b0_adi     = AW'(b0_adi_off >> 6);
  assign b0_reg     = b0_adi_off[5:2];

  logic b0_go;          // the access happens this cycle
  assign b0_stall_o = init || u_cmd_req || cw_clr;
  assign b0_go      = b0_req_i && !b0_stall_o;

  logic [1:0] b0_adi_state;
  logic       b0_adi_locked;
  assign b0_adi_state  = adi_state(en_q[b0_adi], run_q[b0_adi], halt_q[b0_adi]);
  assign b0_adi_locked = (b0_adi_state != siov_adi_pkg::AdiDisabled) ||
                         (c_active && c_adi_q == b0_adi);
  assign b0_cfg_we = b0_go && b0_we_i && b0_in_adi && (b0_reg != RStatus) && (b0_reg != ROvf) &&
                     !b0_adi_locked;
  assign b0_err      = b0_go && b0_we_i && b0_in_adi && (b0_reg != RStatus) && (b0_reg != ROvf) &&
                       b0_adi_locked && (b0_be_i != 4'h0);
  assign b0_err_adi  = XW'(b0_adi);
  assign b0_err_addr = {44'h0, b0_off_i};
  assign u_b0_req    = b0_go && b0_we_i && b0_in_adi && (b0_reg == ROvf) && b0_be_i[1:0] != 2'b00;
  assign u_b0_adi    = b0_adi;
  assign u_b0_mask   = b0_wdata_i[15:0] & {{8{b0_be_i[1]}}, {8{b0_be_i[0]}}};

  assign ims_tbl_we_o    = b0_go && b0_we_i && b0_in_ims;
  assign ims_tbl_dw_o    = (HW + 2)'((b0_off_i - OffIms) >> 2);
  assign ims_tbl_be_o    = b0_be_i;
  assign ims_tbl_wdata_o = b0_wdata_i;
  assign ims_pba_dw_o    = (HW - 5)'((b0_off_i - OffImsPba) >> 2);

  logic [CntW-1:0] b0_infl;
  logic [7:0]      b0_infl8;
  assign b0_infl  = infl_f[b0_adi*CntW +: CntW];
  assign b0_infl8 = (b0_infl > CntW'(255)) ? 8'hff : 8'(b0_infl);

  always_comb begin
    b0_rdata_o = 32'h0;
    if (b0_in_adi) begin
      unique case (b0_reg)
        RStatus: b0_rdata_o = {err_q[b0_adi], b0_infl8, 8'(occ_f[b0_adi*QW +: QW]), 6'h0,
                               b0_adi_state};
        ROvf:    b0_rdata_o = {16'h0, ovf_q[b0_adi]};
        default: b0_rdata_o = cfg_dw(b0_cfg, b0_reg);
      endcase
    end else if (b0_in_ims) begin
      b0_rdata_o = ims_tbl_rdata_i;
    end else if (b0_in_pba) begin
      b0_rdata_o = ims_pba_rdata_i;
    end else if (b0_in_ppt) begin
      b0_rdata_o = ppt_rdata_i;
    end else begin
      unique case (b0_off_i)
        OffCapAdi:   b0_rdata_o = {8'h0, 8'(E), 16'(NumAdi)};
        OffCapQ:     b0_rdata_o = 32'(Slots);
        OffCapIms:   b0_rdata_o = 32'(NumIms);
        OffCapXfer:  b0_rdata_o = {11'h0, 5'(MaxRingShift), 3'h0, 5'(MaxBatchShift), 3'h0,
                                   5'(MaxXferShift)};
        OffOpcapLo:  b0_rdata_o = OpCap[31:0];
        OffOpcapHi:  b0_rdata_o = OpCap[63:32];
        OffGenCtrl:  b0_rdata_o = {30'h0, genctrl_q};
        OffGenSts:   b0_rdata_o = {30'h0, dev_en_q ? siov_bar0_reg_pkg::SIOV_BAR0_GENSTS_STATE_ENABLED :
                                                     siov_bar0_reg_pkg::SIOV_BAR0_GENSTS_STATE_DISABLED};
        OffIntCause: b0_rdata_o = {30'h0, intcause_q};
        OffCmdSts:   b0_rdata_o = {c_active, 7'h0, c_result_q, c_err_q};
        OffSwSts:    b0_rdata_o = {16'(swadi_q), swcode_q, 5'h0, swv_q && swadi_ok_q, swovf_q, swv_q};
        OffSwInfo:   b0_rdata_o = {swpasid_q[PW-1], 3'h0, swpasid_q[19:0], swop_q};
        OffSwAddrL:  b0_rdata_o = swaddr_q[31:0];
        OffSwAddrH:  b0_rdata_o = swaddr_q[63:32];
        default:     b0_rdata_o = 32'h0;
      endcase
    end
  end

  logic b0_cmd_wr;
  assign b0_cmd_wr = b0_go && b0_we_i && (b0_off_i == OffCmd) && (b0_be_i == 4'hf) && !c_active;

  // ---------------------------------------------------------------------------------------
  // Command unit
  // ---------------------------------------------------------------------------------------
  localparam logic [4:0] CmdEnDev   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_ENABLE_DEVICE;
  localparam logic [4:0] CmdDisDev  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_DISABLE_DEVICE;
  localparam logic [4:0] CmdDrAll   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_DRAIN_ALL;
  localparam logic [4:0] CmdAbAll   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_ABORT_ALL;
  localparam logic [4:0] CmdRstDev  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_RESET_DEVICE;
  localparam logic [4:0] CmdEnAdi   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_ENABLE_ADI;
  localparam logic [4:0] CmdDisAdi  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_DISABLE_ADI;
  localparam logic [4:0] CmdDrAdi   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_DRAIN_ADI;
  localparam logic [4:0] CmdAbAdi   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_ABORT_ADI;
  localparam logic [4:0] CmdRstAdi  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_RESET_ADI;
  localparam logic [4:0] CmdDrPasid = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_DRAIN_PASID;
  localparam logic [4:0] CmdAbPasid = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_ABORT_PASID;
  localparam logic [4:0] CmdAlloc   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_ALLOC_INT_HANDLE;
  localparam logic [4:0] CmdRelH    = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_RELEASE_INT_HANDLE;
  localparam logic [4:0] CmdRelAdi  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_RELEASE_ADI;
  localparam logic [4:0] CmdInval   = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_INVALIDATE_INT_TABLE;
  localparam logic [4:0] CmdPptInv  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_PPT_INVALIDATE;
  localparam logic [4:0] CmdPptAll  = siov_bar0_reg_pkg::SIOV_BAR0_CMD_CODE_PPT_INVALIDATE_ALL;

  localparam logic [7:0] ErrOk      = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_OK;
  localparam logic [7:0] ErrCmd     = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_INVALID_CMD;
  localparam logic [7:0] ErrOpnd    = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_INVALID_OPERAND;
  localparam logic [7:0] ErrDevOff  = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_DEV_NOT_ENABLED;
  localparam logic [7:0] ErrBme     = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_BME_OFF;
  localparam logic [7:0] ErrAdiEn   = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_ADI_ENABLED;
  localparam logic [7:0] ErrQueue   = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_BAD_QUEUE;
  localparam logic [7:0] ErrRing    = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_BAD_RING;
  localparam logic [7:0] ErrPasid   = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_PASID_NOT_ENABLED;
  localparam logic [7:0] ErrMode    = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_BAD_MODE;
  localparam logic [7:0] ErrNoH     = siov_bar0_reg_pkg::SIOV_BAR0_CMDSTS_ERR_NO_HANDLE;

  logic [CfgW-1:0] c_cfg;
  logic [1:0]      c_mode;
  logic [7:0]      c_qbase, c_qsize;
  logic [16:0]     c_rsize;
  logic            c_uses;         // the ADI uses the PASID of a by-PASID command
  assign c_cfg   = cfg_q[c_adi_q];
  assign c_mode  = c_cfg[32 * RCtrl +: 2];
  assign c_qbase = c_cfg[32 * RQueue +: 8];
  assign c_qsize = c_cfg[32 * RQueue + 8 +: 8];
  assign c_rsize = c_cfg[32 * RRingSz +: 17];
  assign c_uses  = (c_cfg[32 * RDPasid + 31] && c_cfg[32 * RDPasid +: 20] == c_opnd_q) ||
                   (c_cfg[32 * RAPasid + 31] && c_cfg[32 * RAPasid +: 20] == c_opnd_q) ||
                   (c_mode == siov_adi_pkg::ModeShared);

  // Queue overlap with another ADI that is not disabled.
  logic c_overlap;
  always_comb begin
    c_overlap = 1'b0;
    for (int a = 0; a < NumAdi; a++) begin
      logic [8:0] ob, oe, mb, me;
      ob = {1'b0, qbase_f[a*8 +: 8]};
      oe = ob + {1'b0, qsize_f[a*8 +: 8]};
      mb = {1'b0, c_qbase};
      me = mb + {1'b0, c_qsize};
      if (AW'(a) != c_adi_q && (en_q[a] || run_q[a]) && (ob < me) && (mb < oe)) begin
        c_overlap = 1'b1;
      end
    end
  end

  logic [7:0] c_en_err;
  always_comb begin
    c_en_err = ErrOk;
    if (!dev_en_q) begin
      c_en_err = ErrDevOff;
    end else if (en_q[c_adi_q] || run_q[c_adi_q]) begin
      c_en_err = ErrAdiEn;
    end else if (c_mode == 2'd3) begin
      c_en_err = ErrMode;
    end else if (c_qsize == 8'h0 || ({1'b0, c_qbase} + {1'b0, c_qsize}) > 9'(Slots) ||
                 c_overlap) begin
      c_en_err = ErrQueue;
    end else if (c_mode == siov_adi_pkg::ModeRing &&
                 (c_rsize < 17'd2 || c_rsize > (17'h1 << MaxRingShift) ||
                  (c_rsize & (c_rsize - 17'd1)) != 17'h0)) begin
      c_en_err = ErrRing;
    end else if (!pasid_ok(c_cfg[32 * RDPasid + 30 +: 2], cfg_i.pasid_en, cfg_i.pasid_priv_en) ||
                 !pasid_ok(c_cfg[32 * RAPasid + 30 +: 2], cfg_i.pasid_en, cfg_i.pasid_priv_en) ||
                 !pasid_ok(c_cfg[32 * RIPasid + 30 +: 2], cfg_i.pasid_en, cfg_i.pasid_priv_en) ||
                 (c_mode == siov_adi_pkg::ModeShared && !cfg_i.pasid_en)) begin
      c_en_err = ErrPasid;
    end
  end

  // Drain: every descriptor accepted so far has a sequence number below the target.
  logic [CntW-1:0] c_rpend;
  logic            c_dr_done;
  logic [RW-1:0]   c_ring_n;
  assign c_ring_n = (tail_q[c_adi_q] - head_q[c_adi_q]) & RW'(c_rsize - 17'd1);
  assign c_rpend  = (c_mode == siov_adi_pkg::ModeRing && run_q[c_adi_q] && !halt_q[c_adi_q]) ?
                    CntW'(c_ring_n) : '0;
  always_comb begin
    logic [CntW-1:0] behind;
    behind    = disp_q[c_adi_q] - c_target_q;
    c_dr_done = !behind[CntW-1];         // everything accepted before has been dispatched
    for (int e = 0; e < E; e++) begin
      logic [CntW-1:0] age;
      age = eng_seq_q[e*CntW +: CntW] - c_target_q;
      if (eng_busy_q[e] && eng_adi_q[e*AW +: AW] == c_adi_q && age[CntW-1]) begin
        c_dr_done = 1'b0;
      end
    end
  end

  // Abort: the engines, fetcher and interrupt requests of the ADI (by PASID: of the PASID).
  logic [E-1:0] c_eng_match;
  for (genvar e = 0; e < E; e++) begin : g_abort
    assign c_eng_match[e] = eng_busy_q[e] && eng_adi_q[e*AW +: AW] == c_adi_q &&
                            (!c_pmode_q || eng_pasid_q[e*20 +: 20] == c_opnd_q);
  end
  assign eng_abort_o = (c_st_q == CAbWait) ? c_eng_match : '0;
  assign f_abort     = (c_st_q == CAbWait) && (f_st_q != FIdle) && (f_adi_q == c_adi_q) &&
                       !c_pmode_q;
  logic c_quiet;
  assign c_quiet = (c_eng_match == '0) &&
                   !((f_st_q != FIdle) && f_adi_q == c_adi_q && !c_pmode_q) &&
                   !(ims_busy_i && ims_busy_adi_i == XW'(c_adi_q)) &&
                   !(d_vld_q && d_adi_q == c_adi_q);

  // Outputs to the other units.
  assign u_cmd_req  = (c_st_q == CAbFlush && !c_pmode_q) || (c_st_q == CEnReset) ||
                      (c_st_q == CClr);
  assign u_cmd_op   = (c_st_q == CAbFlush) ? USkip : (c_st_q == CEnReset) ? UReset : UClrOvf;
  assign d_cmd_op   = !init && ((c_st_q == CAbFlush && !c_pmode_q) || (c_st_q == CEnReset));
  assign d_cmd_kind = (c_st_q == CEnReset) ? DReset : DFlush;
  assign cw_clr     = (c_st_q == CClr);

  assign ims_adi_o         = XW'(c_adi_q);
  assign ims_handle_o      = c_opnd_q[15:0];
  assign ims_alloc_o       = (c_st_q == CIms) && (c_code_q == CmdAlloc);
  assign ims_release_o     = (c_st_q == CIms) && (c_code_q == CmdRelH);
  assign ims_inval_o       = ((c_st_q == CIms) && (c_code_q == CmdInval)) || (c_st_q == CEnReset);
  assign ims_release_adi_o = (c_st_q == CImsRel);
  assign ims_release_all_o = (c_st_q == CPost) && (c_code_q == CmdRstDev);
  assign ppt_inv_o         = (c_st_q == CPpt);
  assign ppt_inv_all_o     = (c_code_q == CmdPptAll);
  assign ppt_inv_sel_o     = c_opnd_q[15:0];

  // State-bit writes of the command unit (one ADI per cycle).
  logic          st_we;
  logic          st_en, st_run, st_halt;
  always_comb begin
    st_we   = 1'b0;
    st_en   = en_q[c_adi_q];
    st_run  = run_q[c_adi_q];
    st_halt = halt_q[c_adi_q];
    unique case (c_st_q)
      CStop: begin
        st_we = 1'b1;
        if (c_abort_q) begin
          st_en = 1'b0;  st_run = 1'b0;
        end else if (c_dis_q) begin
          st_en = 1'b0;
        end
      end
      CEnd: begin
        st_we = 1'b1;
        if (c_fin_dis_q) begin
          st_en = 1'b0;  st_run = 1'b0;  st_halt = 1'b0;
        end else if (c_abort_q) begin
          st_en = c_sv_en_q;  st_run = c_sv_run_q;
        end
      end
      CEnGo: begin
        st_we = 1'b1;  st_en = 1'b1;  st_run = 1'b1;  st_halt = 1'b0;
      end
      default: ;
    endcase
  end

  logic [AW-1:0] c_opnd_adi;
  logic          c_opnd_adi_ok;
  assign c_opnd_adi    = AW'(c_opnd_q);
  assign c_opnd_adi_ok = (c_opnd_q < 20'(NumAdi));

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      c_st_q      <= CIdle;
      c_adi_q     <= '0;
      c_code_q    <= '0;
      c_opnd_q    <= '0;
      c_intreq_q  <= 1'b0;
      c_err_q     <= ErrOk;
      c_result_q  <= '0;
      c_all_q     <= 1'b0;
      c_pfilt_q   <= 1'b0;
      c_dis_q     <= 1'b0;
      c_drain_q   <= 1'b0;
      c_abort_q   <= 1'b0;
      c_fin_dis_q <= 1'b0;
      c_rel_q     <= 1'b0;
      c_clr_q     <= 1'b0;
      c_sv_en_q   <= 1'b0;
      c_sv_run_q  <= 1'b0;
      c_pmode_q   <= 1'b0;
      c_target_q  <= '0;
      dev_en_q    <= 1'b0;
    end else begin
      unique case (c_st_q)
        CIdle: begin
          if (b0_cmd_wr) begin
            c_code_q   <= b0_wdata_i[24:20];
            c_opnd_q   <= b0_wdata_i[19:0];
            c_intreq_q <= b0_wdata_i[31];
            c_err_q    <= ErrOk;
            c_result_q <= '0;
            c_st_q     <= CStart;
          end
        end
        CStart: begin
          // The plan of the command.
          c_all_q     <= 1'b0;
          c_pfilt_q   <= 1'b0;
          c_dis_q     <= 1'b0;
          c_drain_q   <= 1'b0;
          c_abort_q   <= 1'b0;
          c_fin_dis_q <= 1'b0;
          c_rel_q     <= 1'b0;
          c_clr_q     <= 1'b0;
          c_pmode_q   <= 1'b0;
          c_adi_q     <= c_opnd_adi;
          c_st_q      <= CStop;
          unique case (c_code_q)
            CmdEnDev: begin
              if (!cfg_i.bus_master_en) c_err_q <= ErrBme;
              else dev_en_q <= 1'b1;
              c_st_q <= CFinish;
            end
            CmdDisDev: begin
              c_all_q <= 1'b1;  c_dis_q <= 1'b1;  c_drain_q <= 1'b1;  c_fin_dis_q <= 1'b1;
              c_adi_q <= '0;  c_st_q <= CFilter;
            end
            CmdDrAll: begin
              c_all_q <= 1'b1;  c_drain_q <= 1'b1;  c_adi_q <= '0;  c_st_q <= CFilter;
            end
            CmdAbAll: begin
              c_all_q <= 1'b1;  c_abort_q <= 1'b1;  c_adi_q <= '0;  c_st_q <= CFilter;
            end
            CmdRstDev: begin
              c_all_q <= 1'b1;  c_abort_q <= 1'b1;  c_fin_dis_q <= 1'b1;  c_clr_q <= 1'b1;
              c_adi_q <= '0;  c_st_q <= CFilter;
            end
            CmdDrPasid: begin
              c_all_q <= 1'b1;  c_pfilt_q <= 1'b1;  c_drain_q <= 1'b1;  c_adi_q <= '0;
              c_st_q <= CFilter;
            end
            CmdAbPasid: begin
              c_all_q <= 1'b1;  c_pfilt_q <= 1'b1;  c_abort_q <= 1'b1;  c_adi_q <= '0;
              c_st_q <= CFilter;
            end
            CmdEnAdi, CmdDisAdi, CmdDrAdi, CmdAbAdi, CmdRstAdi, CmdRelAdi, CmdAlloc,
            CmdInval: begin
              if (!c_opnd_adi_ok) begin
                c_err_q <= ErrOpnd;
                c_st_q  <= CFinish;
              end else begin
                unique case (c_code_q)
                  CmdEnAdi:  c_st_q <= CEnChk;
                  CmdDisAdi: begin
                    c_dis_q <= 1'b1;  c_drain_q <= 1'b1;  c_fin_dis_q <= 1'b1;
                  end
                  CmdDrAdi:  c_drain_q <= 1'b1;
                  CmdAbAdi:  c_abort_q <= 1'b1;
                  CmdRstAdi: begin
                    c_abort_q <= 1'b1;  c_fin_dis_q <= 1'b1;
                  end
                  CmdRelAdi: begin
                    c_abort_q <= 1'b1;  c_fin_dis_q <= 1'b1;  c_rel_q <= 1'b1;  c_clr_q <= 1'b1;
                  end
                  default:   c_st_q <= CIms;      // alloc, invalidate
                endcase
              end
            end
            CmdPptAll: c_st_q <= CPpt;
            CmdPptInv: begin
              if (c_opnd_q[19:16] != 4'h0) begin
                c_err_q <= ErrOpnd;
                c_st_q  <= CFinish;
              end else begin
                c_st_q <= CPpt;
              end
            end
            CmdRelH: begin
              if (c_opnd_q >= 20'(NumIms)) begin
                c_err_q <= ErrOpnd;
                c_st_q  <= CFinish;
              end else begin
                c_st_q <= CIms;
              end
            end
            default: begin
              c_err_q <= ErrCmd;
              c_st_q  <= CFinish;
            end
          endcase
        end
        CFilter: begin
          // Loop commands: ADIs not using the PASID are skipped.
          c_pmode_q <= c_pfilt_q && c_abort_q && (c_mode == siov_adi_pkg::ModeShared);
          c_st_q    <= (c_pfilt_q && !c_uses) ? CNext : CStop;
        end
        CStop: begin
          c_sv_en_q  <= en_q[c_adi_q];
          c_sv_run_q <= run_q[c_adi_q];
          c_st_q     <= c_drain_q ? CDrSnap : (c_abort_q ? CAbWait : CEnd);
        end
        CDrSnap: begin
          c_target_q <= disp_q[c_adi_q] + CntW'(occ_f[c_adi_q*QW +: QW]) + c_rpend;
          c_st_q     <= CDrWait;
        end
        CDrWait: if (c_dr_done || !run_q[c_adi_q]) c_st_q <= c_abort_q ? CAbWait : CEnd;
        CAbWait: if (c_quiet) c_st_q <= CAbFlush;
        CAbFlush: c_st_q <= CEnd;
        CEnd: c_st_q <= c_rel_q ? CImsRel : (c_clr_q ? CClr : CNext);
        CImsRel: if (ims_cmd_done_i) c_st_q <= c_clr_q ? CClr : CNext;
        CClr: c_st_q <= CNext;
        CNext: begin
          if (c_all_q && c_adi_q != AW'(NumAdi - 1)) begin
            c_adi_q <= c_adi_q + AW'(1);
            c_st_q  <= CFilter;
          end else begin
            c_st_q <= CPost;
          end
        end
        CPost: begin
          if (c_code_q == CmdRstDev) begin
            if (ims_cmd_done_i) begin
              dev_en_q <= 1'b0;
              c_st_q   <= CFinish;
            end
          end else begin
            if (c_code_q == CmdDisDev) dev_en_q <= 1'b0;
            c_st_q <= CFinish;
          end
        end
        CEnChk: begin
          c_err_q <= c_en_err;
          c_st_q  <= (c_en_err == ErrOk) ? CEnReset : CFinish;
        end
        CEnReset: if (ims_cmd_done_i) c_st_q <= CEnGo;
        CEnGo: c_st_q <= CFinish;
        CIms: begin
          if (ims_cmd_done_i) begin
            if (c_code_q == CmdAlloc) begin
              if (ims_cmd_ok_i) c_result_q <= ims_cmd_handle_i;
              else c_err_q <= ErrNoH;
            end
            c_st_q <= CFinish;
          end
        end
        CPpt: c_st_q <= CPptWait;
        CPptWait: if (ppt_inv_done_i) c_st_q <= CFinish;
        CFinish: c_st_q <= CIdle;
        default: c_st_q <= CIdle;
      endcase
    end
  end

  // ---------------------------------------------------------------------------------------
  // State bits, per-ADI error, abort-by-PASID cancellation
  // ---------------------------------------------------------------------------------------
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      en_q      <= '0;
      run_q     <= '0;
      halt_q    <= '0;
      sshared_q <= '0;
      cancel_q  <= '0;
    end else begin
      if (st_we) begin
        en_q[c_adi_q]   <= st_en;
        run_q[c_adi_q]  <= st_run;
        halt_q[c_adi_q] <= st_halt;
      end
      // A failed ring read halts the ADI (unless the command unit is changing its state).
      if (f_st_q == FFault && !(st_we && c_adi_q == f_adi_q)) begin
        halt_q[f_adi_q] <= 1'b1;
      end
      // Abort by PASID on a shared ADI: its queued descriptors of that PASID are cancelled.
      if (c_st_q == CAbFlush && c_pmode_q) begin
        for (int s = 0; s < Slots; s++) begin
          if (sshared_q[s] && spasid_q[s] == c_opnd_q && 9'(s) >= {1'b0, c_qbase} &&
              9'(s) < {1'b0, c_qbase} + {1'b0, c_qsize}) begin
            cancel_q[s] <= 1'b1;
          end
        end
      end
      if (u_enq_ok) begin
        cancel_q[u_slot]  <= 1'b0;
        sshared_q[u_slot] <= (u_cfg[32 * RCtrl +: 2] == siov_adi_pkg::ModeShared);
      end
    end
  end

  // Last software error per ADI (cleared when the ADI is enabled).
  always_ff @(posedge clk_i) begin
    if (init) begin
      err_q[init_idx] <= 8'h0;
    end else if (c_st_q == CEnGo) begin
      err_q[c_adi_q] <= 8'h0;
    end else if (sw_ev && 32'(sw_adi) < 32'(NumAdi)) begin
      err_q[AW'(sw_adi)] <= sw_code;
    end
  end

  // ---------------------------------------------------------------------------------------
  // General registers, SWERR, vector 0
  // ---------------------------------------------------------------------------------------
  logic b0_wr_genctrl, b0_wr_intcause, b0_wr_swsts;
  assign b0_wr_genctrl  = b0_go && b0_we_i && (b0_off_i == OffGenCtrl) && b0_be_i[0];
  assign b0_wr_intcause = b0_go && b0_we_i && (b0_off_i == OffIntCause) && b0_be_i[0];
  assign b0_wr_swsts    = b0_go && b0_we_i && (b0_off_i == OffSwSts) && b0_be_i[0];

  logic cmd_irq;
  assign cmd_irq = (c_st_q == CFinish) && c_intreq_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      init_q     <= (AW + 1)'(NumAdi);
      genctrl_q  <= '0;
      intcause_q <= '0;
      swv_q      <= 1'b0;
      swovf_q    <= 1'b0;
      swcode_q   <= '0;
      swop_q     <= '0;
      swadi_q    <= '0;
      swadi_ok_q <= 1'b0;
      swpasid_q  <= '0;
      swaddr_q   <= '0;
      irq0_q     <= 1'b0;
    end else begin
      if (init) init_q <= init_q - (AW + 1)'(1);
      if (b0_wr_genctrl) genctrl_q <= b0_wdata_i[1:0];
      if (b0_wr_intcause) intcause_q <= intcause_q & ~b0_wdata_i[1:0];
      if (b0_wr_swsts) begin
        if (b0_wdata_i[0]) swv_q <= 1'b0;
        if (b0_wdata_i[1]) swovf_q <= 1'b0;
      end
      // Software errors: the first is recorded, later ones (and any other of the same cycle)
      // set overflow.
      if (sw_ev) begin
        if (!swv_q || (b0_wr_swsts && b0_wdata_i[0])) begin
          swv_q      <= 1'b1;
          swcode_q   <= sw_code;
          swop_q     <= se_op[sw_src*8 +: 8];
          swadi_q    <= sw_adi;
          swadi_ok_q <= 1'b1;
          swpasid_q  <= se_pasid[sw_src*PW +: PW];
          swaddr_q   <= se_addr[sw_src*64 +: 64];
          intcause_q[0] <= 1'b1;
          if (genctrl_q[0]) irq0_q <= 1'b1;
          if ((se_v & ~(NSrc'(1) << sw_src)) != '0) swovf_q <= 1'b1;
        end else begin
          swovf_q <= 1'b1;
        end
      end
      if (cmd_irq) begin
        intcause_q[1] <= 1'b1;
        if (genctrl_q[1]) irq0_q <= 1'b1;
      end
      if (irq0_q && irq0_ready_i && !(sw_ev && genctrl_q[0]) && !(cmd_irq && genctrl_q[1])) begin
        irq0_q <= 1'b0;
      end
    end
  end
  assign irq0_valid_o = irq0_q;

  logic unused;
  // Wide words of which each port uses a few fields; the configuration state of which only the
  // PASID / bus-master / page-size bits matter here.
  assign unused = ^{u_fetch_buf_rd2, b0_adi_off[19:6], b0_adi_off[1:0], fb_rdata[2*W-1:512], b_req_q, u_cfg,
                    dw_cfg, s_cfg, c_cfg, d_cfg, b_cfg, fp_cfg, b0_cfg, f_pasid_q[29:20], cfg_i};

endmodule
