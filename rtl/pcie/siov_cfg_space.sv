// siov_cfg_space: the function's 4 KiB PCI Express configuration space.
//
// Implements (PCIe Base Spec 7.5-7.9; Intel Scalable IOV spec rev 1.1 section 2.8):
//   0x000 Type 0 header: IDs and class as parameters, Command (MSE, BME honoured), Status (RW1C
//         error bits), BAR0 64-bit non-prefetchable (privileged registers), BAR2 64-bit
//         prefetchable (per-ADI direct-path pages), both sized the standard way.
//   0x040 Power Management (D0 / D3hot; memory decode is off in D3hot).
//   0x050 MSI-X (table and PBA in BAR0).
//   0x060 PCI Express capability v2, endpoint: MPS, Extended Tag, FLR, 10-bit tags,
//         Extended Fmt Field and End-End TLP Prefix supported (Max End-End Prefixes = 1).
//   0x100 AER (v2) with TLP Prefix Log; status bits RW1CS, masks and severities RWS.
//   0x150 PASID (max width, execute and privileged modes as parameters).
//   0x160 Intel Scalable IOV DVSEC (vendor 8086, ID 5, length 0x18).
// Everything else reads zero and ignores writes.
//
// Access port: one DW per request; reads are combinational (rdata_o is valid in the cycle of
// the request), writes take effect at the clock edge. Two resets: rst_ni (fundamental reset,
// clears everything, including the sticky AER registers) and func_rst_ni (Function Level Reset,
// clears everything but the sticky registers and the captured bus/device numbers).
module siov_cfg_space #(
  // Identification (placeholders until a vendor ID is assigned; see docs/architecture.md).
  parameter logic [15:0] VendorId       = 16'h1d5a,
  parameter logic [15:0] DeviceId       = 16'h5100,
  parameter logic [7:0]  RevisionId     = 8'h01,
  parameter logic [23:0] ClassCode      = 24'h088000,
  parameter logic [15:0] SubsysVendorId = 16'h1d5a,
  parameter logic [15:0] SubsysId       = 16'h0001,
  // BAR sizes (log2 bytes).
  parameter int unsigned Bar0SizeLog2   = 20,
  parameter int unsigned Bar2SizeLog2   = 22,
  // MSI-X: vector count and table / PBA byte offsets in BAR0.
  parameter int unsigned MsixVectors    = 16,
  parameter logic [31:0] MsixTableOff   = 32'h0000_1000,
  parameter logic [31:0] MsixPbaOff     = 32'h0000_2000,
  // Device Capabilities Max_Payload_Size Supported (encoding 128 << n).
  parameter logic [2:0]  MaxPayloadSup  = 3'd2,
  // PASID capability.
  parameter int unsigned PasidWidth     = 20,
  parameter bit          PasidExecSup   = 1'b1,
  parameter bit          PasidPrivSup   = 1'b1,
  // SIOV DVSEC: supported system page sizes (bit n = 4 KiB << n) and IMS support.
  parameter logic [31:0] PageSizesSup   = 32'h0000_0015,
  parameter bit          ImsSupported   = 1'b1,
  // Device Capabilities 2: DMWr completer (shared work queue portals).
  parameter bit          DmwrCompleter  = 1'b0
) (
  input  logic                     clk_i,
  input  logic                     rst_ni,
  input  logic                     func_rst_ni,
  // Register access (DW address = config byte offset / 4).
  input  logic                     req_i,
  input  logic                     we_i,
  input  logic [9:0]               addr_i,
  input  logic [3:0]               be_i,
  input  logic [31:0]              wdata_i,
  input  logic [12:0]              busdev_i,      // bus/device of a CfgWr0's completer ID
  output logic [31:0]              rdata_o,
  output logic                     flr_o,         // Initiate FLR was written with 1
  // Error logging.
  input  siov_cfg_pkg::cfg_err_t   err_i,
  input  logic [127:0]             err_hdr_i,     // header of the TLP that caused err_i
  input  logic                     err_prfx_vld_i,
  input  logic [31:0]              err_prfx_i,
  input  logic                     trans_pending_i,
  // Configuration state.
  output siov_cfg_pkg::cfg_state_t state_o
);

  localparam logic [9:0] PmDw    = 10'(siov_cfg_pkg::CapPmOff >> 2);
  localparam logic [9:0] MsixDw  = 10'(siov_cfg_pkg::CapMsixOff >> 2);
  localparam logic [9:0] PcieDw  = 10'(siov_cfg_pkg::CapPcieOff >> 2);
  localparam logic [9:0] AerDw   = 10'(siov_cfg_pkg::ExtAerOff >> 2);
  localparam logic [9:0] PasidDw = 10'(siov_cfg_pkg::ExtPasidOff >> 2);
  localparam logic [9:0] DvsecDw = 10'(siov_cfg_pkg::ExtDvsecOff >> 2);

  // AER uncorrectable error bits this function can set.
  localparam int unsigned UePoison  = 12;
  localparam int unsigned UeCplTo   = 14;
  localparam int unsigned UeCa      = 15;
  localparam int unsigned UeUnexp   = 16;
  localparam int unsigned UeMalform = 18;
  localparam int unsigned UeUr      = 20;
  localparam logic [31:0] UeImpl = (32'h1 << UePoison) | (32'h1 << UeCplTo) | (32'h1 << UeCa) |
                                   (32'h1 << UeUnexp) | (32'h1 << UeMalform) | (32'h1 << UeUr);
  // Default Uncorrectable Error Severity (PCIe 7.8.4.4): DLP, SDES, FCP, RxOvf, MalTLP, UIE.
  localparam logic [31:0] UeSevDefault = 32'h0046_2030;
  // AER correctable error bits: Advisory Non-Fatal (13), Header Log Overflow (15).
  localparam int unsigned CeAnf = 13;
  localparam int unsigned CeHlo = 15;
  localparam logic [31:0] CeImpl = (32'h1 << CeAnf) | (32'h1 << CeHlo);

  localparam logic [31:0] Bar0Mask = ~((32'h1 << Bar0SizeLog2) - 32'h1);
  localparam logic [31:0] Bar2Mask = ~((32'h1 << Bar2SizeLog2) - 32'h1);
  localparam logic [10:0] MsixTableSize = 11'(MsixVectors - 1);

  if (Bar0SizeLog2 < 12 || Bar0SizeLog2 > 31 || Bar2SizeLog2 < 12 || Bar2SizeLog2 > 31) begin
    : g_bar_size_check
    $fatal(1, "siov_cfg_space: BAR sizes must be 4 KiB .. 2 GiB");
  end
  if (MsixVectors < 1 || MsixVectors > 2048) begin : g_msix_check
    $fatal(1, "siov_cfg_space: MsixVectors must be 1..2048");
  end
  if (PageSizesSup[0] != 1'b1) begin : g_page_check
    $fatal(1, "siov_cfg_space: 4 KiB system pages must be supported (SIOV 2.8)");
  end

  // ---------------------------------------------------------------------------------------
  // Registers
  // ---------------------------------------------------------------------------------------
  // Non-sticky (reset by FLR).
  logic [15:0] command_q;
  logic [15:0] status_err_q;       // RW1C bits of Status
  logic [7:0]  cache_line_q;
  logic [7:0]  int_line_q;
  logic [31:0] bar0_lo_q, bar0_hi_q, bar2_lo_q, bar2_hi_q;
  logic [1:0]  power_state_q;
  logic        msix_en_q, msix_mask_q;
  logic [15:0] devctl_q;
  logic [3:0]  devsta_q;           // CED, NFED, FED, URD (RW1C)
  logic [15:0] linkctl_q;
  logic [15:0] devctl2_q;
  logic [3:0]  linkctl2_speed_q;
  logic [2:0]  pasid_ctl_q;
  logic [31:0] sys_page_q;
  // Sticky (reset only by rst_ni).
  logic [31:0] ue_sta_q, ue_mask_q, ue_sev_q, ce_sta_q, ce_mask_q;
  logic [4:0]  fep_q;              // First Error Pointer
  logic        prfx_log_vld_q;     // TLP Prefix Log Present
  logic [127:0] hdr_log_q;
  logic [31:0] prfx_log_q;
  // Captured bus/device numbers (PCIe 2.2.6.2; not affected by FLR).
  logic [12:0] busdev_q;

  logic wr;
  assign wr = req_i && we_i;

  // ---------------------------------------------------------------------------------------
  // Read-only register images
  // ---------------------------------------------------------------------------------------
  logic [15:0] status;
  logic [15:0] devsta;
  logic [31:0] devcap, devcap2, linkcap, linkcap2;
  logic [15:0] linksta;
  logic [15:0] pasid_cap;
  logic [31:0] aer_capctl;
  logic [31:0] ue_sev_rd;

  assign status  = status_err_q | 16'h0010;  // Capabilities List
  assign devsta  = {10'h0, trans_pending_i, 1'b0, devsta_q};
  // FLR(28), Role-Based Error Reporting(15), L1 (11:9) and L0s (8:6) acceptable latency "no
  // limit", Extended Tag(5), no phantom functions, Max_Payload_Size Supported.
  assign devcap  = {3'b000, 1'b1, 12'h000, 1'b1, 3'b000, 3'b111, 3'b111, 1'b1, 2'b00,
                    MaxPayloadSup};
  assign devcap2 = {1'b0, 2'b00 /* DMWr <= 64 B */, DmwrCompleter, 4'h0,
                    2'b01 /* Max E2E prefixes = 1 */, 1'b1 /* E2E prefix */,
                    1'b1 /* Extended Fmt */, 2'b00, 1'b1 /* 10b requester */,
                    1'b1 /* 10b completer */, 11'h000, 1'b1 /* CTO disable */, 4'h0};
  assign linkcap  = 32'h0000_0104;   // 16 GT/s, x16
  assign linksta  = 16'h1104;        // 16 GT/s, x16, slot clock
  assign linkcap2 = 32'h0000_001e;   // 2.5, 5, 8, 16 GT/s
  assign pasid_cap = {3'b000, 5'(PasidWidth), 5'b00000, PasidPrivSup, PasidExecSup, 1'b0};
  assign aer_capctl = {20'h0, prfx_log_vld_q, 6'h00, fep_q};
  assign ue_sev_rd = (ue_sev_q & UeImpl) | (UeSevDefault & ~UeImpl);

  always_comb begin
    rdata_o = 32'h0;
    unique case (addr_i)
      10'h000: rdata_o = {DeviceId, VendorId};
      10'h001: rdata_o = {status, command_q};
      10'h002: rdata_o = {ClassCode, RevisionId};
      10'h003: rdata_o = {8'h00, 8'h00, 8'h00, cache_line_q};
      10'h004: rdata_o = bar0_lo_q;
      10'h005: rdata_o = bar0_hi_q;
      10'h006: rdata_o = bar2_lo_q;
      10'h007: rdata_o = bar2_hi_q;
      10'h00b: rdata_o = {SubsysId, SubsysVendorId};
      10'h00d: rdata_o = {24'h0, siov_cfg_pkg::CapPmOff[7:0]};
      10'h00f: rdata_o = {16'h0000, 8'h00 /* no INTx */, int_line_q};
      // Power Management: PMC v3, next = MSI-X.
      PmDw:        rdata_o = {16'h0003, siov_cfg_pkg::CapMsixOff[7:0], 8'h01};
      PmDw + 10'd1: rdata_o = {16'h0000, 12'h000, 1'b1 /* No_Soft_Reset */, 1'b0,
                               power_state_q};
      // MSI-X, next = PCI Express.
      MsixDw:        rdata_o = {msix_en_q, msix_mask_q, 3'b000, MsixTableSize,
                                siov_cfg_pkg::CapPcieOff[7:0], 8'h11};
      MsixDw + 10'd1: rdata_o = {MsixTableOff[31:3], 3'd0};
      MsixDw + 10'd2: rdata_o = {MsixPbaOff[31:3], 3'd0};
      // PCI Express capability v2, endpoint, end of the legacy list.
      PcieDw:         rdata_o = {16'h0002, 8'h00, 8'h10};
      PcieDw + 10'd1: rdata_o = devcap;
      PcieDw + 10'd2: rdata_o = {devsta, devctl_q};
      PcieDw + 10'd3: rdata_o = linkcap;
      PcieDw + 10'd4: rdata_o = {linksta, linkctl_q};
      PcieDw + 10'd9: rdata_o = devcap2;
      PcieDw + 10'd10: rdata_o = {16'h0000, devctl2_q};
      PcieDw + 10'd11: rdata_o = linkcap2;
      PcieDw + 10'd12: rdata_o = {16'h0000, 12'h000, linkctl2_speed_q};
      // AER v2, next = PASID.
      AerDw:          rdata_o = {siov_cfg_pkg::ExtPasidOff, 4'h2, 16'h0001};
      AerDw + 10'd1:  rdata_o = ue_sta_q;
      AerDw + 10'd2:  rdata_o = ue_mask_q;
      AerDw + 10'd3:  rdata_o = ue_sev_rd;
      AerDw + 10'd4:  rdata_o = ce_sta_q;
      AerDw + 10'd5:  rdata_o = ce_mask_q;
      AerDw + 10'd6:  rdata_o = aer_capctl;
      AerDw + 10'd7:  rdata_o = hdr_log_q[127:96];
      AerDw + 10'd8:  rdata_o = hdr_log_q[95:64];
      AerDw + 10'd9:  rdata_o = hdr_log_q[63:32];
      AerDw + 10'd10: rdata_o = hdr_log_q[31:0];
      AerDw + 10'd14: rdata_o = prfx_log_q;
      // PASID, next = DVSEC.
      PasidDw:         rdata_o = {siov_cfg_pkg::ExtDvsecOff, 4'h1, 16'h001b};
      PasidDw + 10'd1: rdata_o = {13'h0, pasid_ctl_q, pasid_cap};
      // Intel Scalable IOV DVSEC, end of the extended list.
      DvsecDw:         rdata_o = {12'h000, 4'h1, 16'h0023};
      DvsecDw + 10'd1: rdata_o = {siov_cfg_pkg::ExtDvsecLen, 4'h0, 16'h8086};
      DvsecDw + 10'd2: rdata_o = {8'h00 /* flags */, 8'h00 /* FDL: own function */, 16'h0005};
      DvsecDw + 10'd3: rdata_o = PageSizesSup;
      DvsecDw + 10'd4: rdata_o = sys_page_q;
      DvsecDw + 10'd5: rdata_o = {31'h0, ImsSupported};
      default:         rdata_o = 32'h0;
    endcase
  end

  // ---------------------------------------------------------------------------------------
  // Writes to non-sticky registers (FLR domain)
  // ---------------------------------------------------------------------------------------
  // Command: MSE(1), BME(2), Parity Error Response(6), SERR# Enable(8), INTx Disable(10).
  localparam logic [31:0] CommandWmask = 32'h0000_0546;
  // Status RW1C: Master Data Parity Error(8), Sig/Rcv Target Abort(11,12), Rcv Master Abort
  // (13), Signaled System Error(14), Detected Parity Error(15).
  localparam logic [15:0] StatusW1c = 16'hf900;
  // Device Control: CERE..URRE(3:0), RO(4), MPS(7:5), ExtTag(8), NoSnoop(11), MRRS(14:12).
  localparam logic [31:0] DevctlWmask = 32'h0000_79ff;
  // Link Control: ASPM(1:0), RCB(3), Common Clock(6), Extended Synch(7).
  localparam logic [31:0] LinkctlWmask = 32'h0000_00cb;
  // Device Control 2: CTO value(3:0), CTO disable(4), 10-bit Tag Requester Enable(12).
  localparam logic [31:0] Devctl2Wmask = 32'h0000_101f;
  localparam logic [2:0]  PasidCtlWmask = {PasidPrivSup, PasidExecSup, 1'b1};

  // Status error bits set by hardware.
  logic [15:0] status_set;
  assign status_set = {err_i.poisoned, 1'b0, err_i.cpl_ur, err_i.cpl_ca, err_i.ca_sent,
                       2'b00, err_i.poisoned && command_q[6], 8'h00};

  // Device Status bits set by hardware (URD, FED, NFED, CED), from the severity of the
  // error: uncorrectable errors whose severity is Fatal set FED, others NFED; the advisory
  // non-fatal cases (UR for a non-posted request, CA sent, unexpected completion) set CED.
  logic [31:0] ue_new;       // UE status bits raised this cycle
  logic [31:0] ue_new_unmasked;
  logic        advisory;     // raised only as Advisory Non-Fatal
  logic [3:0]  devsta_set;
  assign ue_new = ({31'h0, err_i.poisoned} << UePoison) |
                  ({31'h0, err_i.cpl_timeout} << UeCplTo) |
                  ({31'h0, err_i.ca_sent} << UeCa) |
                  ({31'h0, err_i.unexp_cpl} << UeUnexp) |
                  ({31'h0, err_i.malformed} << UeMalform) |
                  ({31'h0, err_i.ur_np | err_i.ur_posted} << UeUr);
  assign ue_new_unmasked = ue_new & ~ue_mask_q;
  assign advisory = (err_i.ur_np || err_i.ca_sent || err_i.unexp_cpl) &&
                    !err_i.ur_posted && !err_i.malformed && !err_i.poisoned &&
                    !err_i.cpl_timeout && ((ue_new & ue_sev_rd) == 32'h0);
  assign devsta_set = {err_i.ur_np | err_i.ur_posted,
                       |(ue_new_unmasked & ue_sev_rd) & !advisory,
                       |(ue_new_unmasked & ~ue_sev_rd) & !advisory,
                       advisory && !ce_mask_q[CeAnf]};

  // DVSEC System Page Size accepts one supported page size; other values are ignored (the
  // SIOV spec leaves them undefined), so the register always holds a usable size.
  logic [31:0] sys_page_wr;
  assign sys_page_wr = siov_tlp_pkg::be_merge(sys_page_q, wdata_i, be_i, 32'hffff_ffff);

  logic [14:0] devctl_wr;  // Initiate FLR (bit 15) is not stored: it always reads 0
  assign devctl_wr = 15'(siov_tlp_pkg::be_merge({16'h0, devctl_q}, wdata_i, be_i, DevctlWmask));

  always_ff @(posedge clk_i or negedge func_rst_ni) begin
    if (!func_rst_ni) begin
      command_q        <= 16'h0000;
      status_err_q     <= 16'h0000;
      cache_line_q     <= 8'h00;
      int_line_q       <= 8'h00;
      bar0_lo_q        <= 32'h0000_0004;  // 64-bit, non-prefetchable memory
      bar0_hi_q        <= 32'h0;
      bar2_lo_q        <= 32'h0000_000c;  // 64-bit, prefetchable memory
      bar2_hi_q        <= 32'h0;
      power_state_q    <= 2'b00;
      msix_en_q        <= 1'b0;
      msix_mask_q      <= 1'b0;
      devctl_q         <= 16'h2910;       // MRRS 512 B, No Snoop, Ext Tag, Relaxed Ordering
      devsta_q         <= 4'h0;
      linkctl_q        <= 16'h0000;
      devctl2_q        <= 16'h0000;
      linkctl2_speed_q <= 4'h4;
      pasid_ctl_q      <= 3'b000;
      sys_page_q       <= 32'h0000_0001;  // 4 KiB
    end else begin
      status_err_q <= status_err_q | status_set;
      devsta_q     <= devsta_q | devsta_set;
      if (wr) begin
        unique case (addr_i)
          10'h001: begin
            command_q    <= 16'(siov_tlp_pkg::be_merge({16'h0, command_q}, wdata_i, be_i, CommandWmask));
            status_err_q <= 16'(siov_tlp_pkg::be_w1c({16'h0, status_err_q}, {wdata_i[31:16] & StatusW1c, 16'h0}
                                >> 16, {2'b00, be_i[3:2]})) | status_set;
          end
          10'h003: cache_line_q <= be_i[0] ? wdata_i[7:0] : cache_line_q;
          10'h004: bar0_lo_q <= siov_tlp_pkg::be_merge(bar0_lo_q, wdata_i, be_i, Bar0Mask & 32'hffff_fff0);
          10'h005: bar0_hi_q <= siov_tlp_pkg::be_merge(bar0_hi_q, wdata_i, be_i, 32'hffff_ffff);
          10'h006: bar2_lo_q <= siov_tlp_pkg::be_merge(bar2_lo_q, wdata_i, be_i, Bar2Mask & 32'hffff_fff0);
          10'h007: bar2_hi_q <= siov_tlp_pkg::be_merge(bar2_hi_q, wdata_i, be_i, 32'hffff_ffff);
          10'h00f: int_line_q <= be_i[0] ? wdata_i[7:0] : int_line_q;
          PmDw + 10'd1: begin
            // D0 and D3hot only; D1/D2 are not supported and such writes are ignored.
            if (be_i[0] && (wdata_i[1:0] == 2'b00 || wdata_i[1:0] == 2'b11)) begin
              power_state_q <= wdata_i[1:0];
            end
          end
          MsixDw: begin
            if (be_i[3]) begin
              msix_en_q   <= wdata_i[31];
              msix_mask_q <= wdata_i[30];
            end
          end
          PcieDw + 10'd2: begin
            devctl_q <= {1'b0, devctl_wr};
            devsta_q <= 4'(siov_tlp_pkg::be_w1c({28'h0, devsta_q}, {12'h0, wdata_i[19:16], 16'h0} >> 16,
                               {2'b00, be_i[3:2]})) | devsta_set;
          end
          PcieDw + 10'd4: linkctl_q <= 16'(siov_tlp_pkg::be_merge({16'h0, linkctl_q}, wdata_i, be_i,
                                                  LinkctlWmask));
          PcieDw + 10'd10: devctl2_q <= 16'(siov_tlp_pkg::be_merge({16'h0, devctl2_q}, wdata_i, be_i,
                                                   Devctl2Wmask));
          PcieDw + 10'd12: linkctl2_speed_q <= be_i[0] && wdata_i[3:0] >= 4'd1 &&
                                               wdata_i[3:0] <= 4'd4 ? wdata_i[3:0] :
                                               linkctl2_speed_q;
          PasidDw + 10'd1: begin
            if (be_i[2]) begin
              pasid_ctl_q <= (pasid_ctl_q & ~PasidCtlWmask) | (wdata_i[18:16] & PasidCtlWmask);
            end
          end
          DvsecDw + 10'd4: begin
            if ($onehot(sys_page_wr) && ((sys_page_wr & PageSizesSup) != 32'h0)) begin
              sys_page_q <= sys_page_wr;
            end
          end
          default: ;
        endcase
      end
    end
  end

  assign flr_o = wr && (addr_i == PcieDw + 10'd2) && be_i[1] && wdata_i[15];

  // ---------------------------------------------------------------------------------------
  // Sticky registers (AER) and the captured bus/device numbers
  // ---------------------------------------------------------------------------------------
  // Header logging (PCIe 6.2.4.3 / 7.8.4.7): the header of the first unmasked uncorrectable
  // error is recorded when the log is free, i.e. when the status bit that the First Error
  // Pointer names has been cleared; a further error while the log is busy is a Header Log
  // Overflow (no multiple-header recording).
  logic        log_free;
  logic [4:0]  first_new;
  logic [31:0] ue_sta_after_clear;

  always_comb begin
    first_new = 5'd0;
    for (int i = 31; i >= 0; i--) begin
      if (ue_new_unmasked[i]) begin
        first_new = 5'(i);
      end
    end
  end

  assign ue_sta_after_clear = (wr && addr_i == AerDw + 10'd1) ?
                              siov_tlp_pkg::be_w1c(ue_sta_q, wdata_i & UeImpl, be_i) : ue_sta_q;
  assign log_free = !ue_sta_after_clear[fep_q];

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ue_sta_q       <= 32'h0;
      ue_mask_q      <= 32'h0;
      ue_sev_q       <= UeSevDefault;
      ce_sta_q       <= 32'h0;
      ce_mask_q      <= 32'h0000_2000;  // Advisory Non-Fatal masked by default
      fep_q          <= 5'd0;
      prfx_log_vld_q <= 1'b0;
      hdr_log_q      <= 128'h0;
      prfx_log_q     <= 32'h0;
      busdev_q       <= 13'h0;
    end else begin
      ue_sta_q <= ue_sta_after_clear | ue_new;
      ce_sta_q <= ((wr && addr_i == AerDw + 10'd4) ? siov_tlp_pkg::be_w1c(ce_sta_q, wdata_i & CeImpl, be_i) :
                   ce_sta_q) |
                  ({31'h0, advisory} << CeAnf) |
                  ({31'h0, ue_new_unmasked != 32'h0 && !log_free} << CeHlo);
      if (ue_new_unmasked != 32'h0 && log_free) begin
        fep_q          <= first_new;
        hdr_log_q      <= err_hdr_i;
        prfx_log_vld_q <= err_prfx_vld_i;
        prfx_log_q     <= err_prfx_vld_i ? err_prfx_i : 32'h0;
      end
      if (wr) begin
        unique case (addr_i)
          AerDw + 10'd2: ue_mask_q <= siov_tlp_pkg::be_merge(ue_mask_q, wdata_i, be_i, UeImpl);
          AerDw + 10'd3: ue_sev_q  <= siov_tlp_pkg::be_merge(ue_sev_q, wdata_i, be_i, UeImpl);
          AerDw + 10'd5: ce_mask_q <= siov_tlp_pkg::be_merge(ce_mask_q, wdata_i, be_i, CeImpl);
          default: ;
        endcase
        // Bus and device numbers from every Type 0 configuration write.
        busdev_q <= busdev_i;
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Configuration state
  // ---------------------------------------------------------------------------------------
  logic [2:0] mps_eff;
  assign mps_eff = (devctl_q[7:5] > MaxPayloadSup) ? MaxPayloadSup : devctl_q[7:5];

  always_comb begin
    state_o               = '0;
    state_o.dev_id        = {busdev_q, 3'b000};
    state_o.mem_en        = command_q[1] && (power_state_q == 2'b00);
    state_o.bus_master_en = command_q[2];
    state_o.max_payload   = mps_eff;
    state_o.max_read_req  = (devctl_q[14:12] > siov_cfg_pkg::Size4096) ?
                            siov_cfg_pkg::Size4096 : devctl_q[14:12];
    state_o.ext_tag_en    = devctl_q[8];
    state_o.tag10_en      = devctl2_q[12];
    state_o.relaxed_en    = devctl_q[4];
    state_o.no_snoop_en   = devctl_q[11];
    state_o.rcb128        = linkctl_q[3];
    state_o.pasid_en      = pasid_ctl_q[0];
    state_o.pasid_exec_en = pasid_ctl_q[1];
    state_o.pasid_priv_en = pasid_ctl_q[2];
    state_o.msix_en       = msix_en_q;
    state_o.msix_mask     = msix_mask_q;
    state_o.sys_page_size = sys_page_q;
    state_o.bar0_base     = {bar0_hi_q, bar0_lo_q & Bar0Mask};
    state_o.bar2_base     = {bar2_hi_q, bar2_lo_q & Bar2Mask};
  end

endmodule
