// siov_ptile_if: the whole siovdm-side shim of an Intel P-tile Avalon-ST hard IP (x16, 512-bit):
// receive shim, transmit shim and the decoder of the IP's configuration output bus.
//
//   P-tile rx_st_* --> siov_ptile_rx --> rx_valid_o / rx_ready_i / rx_o  (to siov_top rx_*)
//   P-tile tx_st_* <-- siov_ptile_tx <-- tx_valid_i / tx_ready_o / tx_i  (from siov_top tx_*)
//   P-tile tl_cfg_* --> decoder --> hip_cfg_o (siov_cfg_pkg::cfg_state_t)
//
// On the board the hard IP owns the configuration space (see
// fpga/boards/agilex7_ptile/siov_agilex7_top.sv). hip_cfg_o is the part of
// siov_cfg_pkg::cfg_state_t that the IP exports on its Configuration Output Interface (UG 683059
// 4.10, "tl_cfg", time-multiplexed: tl_cfg_add_i selects which register tl_cfg_ctl_i shows, for
// the function in tl_cfg_func_i; only physical function 0 is decoded):
//   add 0x00: [15] Memory Space Enable, [7] Bus Master Enable, [6] Extended Tag Enable,
//             [5:3] Max_Read_Request_Size, [2:0] Max_Payload_Size      (UG 683059 Table 74)
//   add 0x01: [14] No Snoop Enable, [13] Relaxed Ordering Enable, [12:8] device number,
//             [7:0] bus number                                          (UG 683059 Table 74)
//   add 0x02: [14] Read Completion Boundary                             (UG 683059 Table 74)
//   add 0x0C: [6] MSI-X Function Mask, [5] MSI-X Enable                 (assumption, see below)
//   add 0x15: [14] 10-Bit Tag Requester Enable                          (assumption)
//   add 0x18: [2] PASID Enable, [1] Execute Permission Enable, [0] Privileged Mode Enable
//                                                                       (assumption)
// The rows marked "assumption" follow verilog-pcie rtl/pcie_ptile_cfg.v (which runs on DE10-
// Agilex boards) and are to be checked against UG 683059 Table 74. Fields the IP does not export
// read as follows: bar0_base / bar2_base = 0 (the IP decodes the BARs itself and reports the hit
// on rx_st_bar_range, i.e. rx_o.bar_id); sys_page_size = 1 (4 KiB, the SIOV DVSEC reset value;
// siov_top in board mode takes the System Page Size from its own DVSEC, which the board serves
// through the IP's configuration intercept interface, fpga/boards/agilex7_ptile/).
// Latency: the decoder follows a register change within one TDM round (32 cycles).
module siov_ptile_if #(
  parameter int unsigned RxReadyLatency  = 27,   // UG 683059 4.4.3
  parameter int unsigned RxFifoDepth     = 64,
  parameter int unsigned TxReadyLatency  = 3,    // UG 683059 4.4.6
  parameter int unsigned TxFifoDepth     = 16,
  parameter int unsigned MaxPayloadBytes = 512,  // the IP's Max_Payload_Size Supported
  parameter bit          TxCreditCheck   = 1'b1,
  parameter int unsigned TxHdrCreditW    = 12,   // UG 683059 4.4.7: header limits in 12 bits
  parameter int unsigned TxDataCreditW   = 16
) (
  input  logic                     clk_i,              // coreclkout_hip
  input  logic                     rst_ni,             // p0_reset_status_n, synchronised
  // P-tile Avalon-ST RX (see siov_ptile_rx).
  input  logic [1:0]               rx_st_valid_i,
  input  logic [1:0]               rx_st_sop_i,
  input  logic [1:0]               rx_st_eop_i,
  input  logic [511:0]             rx_st_data_i,
  input  logic [5:0]               rx_st_empty_i,
  input  logic [255:0]             rx_st_hdr_i,
  input  logic [63:0]              rx_st_tlp_prfx_i,
  input  logic [5:0]               rx_st_bar_range_i,
  output logic                     rx_st_ready_o,
  // P-tile Avalon-ST TX (see siov_ptile_tx).
  output logic [1:0]               tx_st_valid_o,
  output logic [1:0]               tx_st_sop_o,
  output logic [1:0]               tx_st_eop_o,
  output logic [1:0]               tx_st_err_o,
  output logic [511:0]             tx_st_data_o,
  output logic [255:0]             tx_st_hdr_o,
  output logic [63:0]              tx_st_tlp_prfx_o,
  input  logic                     tx_st_ready_i,
  input  logic [15:0]              tx_cdts_limit_i,
  input  logic [2:0]               tx_cdts_limit_tdm_idx_i,
  // P-tile configuration output interface.
  input  logic [15:0]              tl_cfg_ctl_i,
  input  logic [4:0]               tl_cfg_add_i,
  input  logic [2:0]               tl_cfg_func_i,
  // siovdm TLP stream.
  output logic                     rx_valid_o,
  input  logic                     rx_ready_i,
  output siov_tlp_pkg::tlp_beat_t  rx_o,
  input  logic                     tx_valid_i,
  output logic                     tx_ready_o,
  input  siov_tlp_pkg::tlp_beat_t  tx_i,
  // Configuration state kept by the hard IP (fields as described above).
  output siov_cfg_pkg::cfg_state_t hip_cfg_o,
  // Sticky receive FIFO overflow (see siov_ptile_rx).
  output logic                     rx_overflow_o
);

  siov_ptile_rx #(
    .ReadyLatency (RxReadyLatency),
    .FifoDepth    (RxFifoDepth)
  ) u_rx (
    .clk_i,
    .rst_ni,
    .rx_st_valid_i,
    .rx_st_sop_i,
    .rx_st_eop_i,
    .rx_st_data_i,
    .rx_st_empty_i,
    .rx_st_hdr_i,
    .rx_st_tlp_prfx_i,
    .rx_st_bar_range_i,
    .rx_st_ready_o,
    .rx_valid_o,
    .rx_ready_i,
    .rx_o,
    .overflow_o        (rx_overflow_o)
  );

  siov_ptile_tx #(
    .ReadyLatency    (TxReadyLatency),
    .FifoDepth       (TxFifoDepth),
    .MaxPayloadBytes (MaxPayloadBytes),
    .CreditCheck     (TxCreditCheck),
    .HdrCreditW      (TxHdrCreditW),
    .DataCreditW     (TxDataCreditW)
  ) u_tx (
    .clk_i,
    .rst_ni,
    .tx_valid_i,
    .tx_ready_o,
    .tx_i,
    .tx_st_valid_o,
    .tx_st_sop_o,
    .tx_st_eop_o,
    .tx_st_err_o,
    .tx_st_data_o,
    .tx_st_hdr_o,
    .tx_st_tlp_prfx_o,
    .tx_st_ready_i,
    .tx_cdts_limit_i,
    .tx_cdts_limit_tdm_idx_i
  );

  // ---------------------------------------------------------------------------------------
  // Configuration output bus (tl_cfg) decoder, physical function 0
  // ---------------------------------------------------------------------------------------
  logic       mem_en_q, bme_q, ext_tag_q, ns_q, ro_q, rcb_q;
  logic [2:0] mps_q, mrrs_q;
  logic [7:0] bus_q;
  logic [4:0] dev_q;
  logic       msix_en_q, msix_mask_q, tag10_q;
  logic       pasid_en_q, pasid_exec_q, pasid_priv_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      mem_en_q     <= 1'b0;
      bme_q        <= 1'b0;
      ext_tag_q    <= 1'b0;
      ns_q         <= 1'b0;
      ro_q         <= 1'b0;
      rcb_q        <= 1'b0;
      mps_q        <= 3'd0;
      mrrs_q       <= 3'd0;
      bus_q        <= 8'd0;
      dev_q        <= 5'd0;
      msix_en_q    <= 1'b0;
      msix_mask_q  <= 1'b0;
      tag10_q      <= 1'b0;
      pasid_en_q   <= 1'b0;
      pasid_exec_q <= 1'b0;
      pasid_priv_q <= 1'b0;
    end else if (tl_cfg_func_i == 3'd0) begin
      unique case (tl_cfg_add_i)
        5'h00: begin
          mem_en_q  <= tl_cfg_ctl_i[15];
          bme_q     <= tl_cfg_ctl_i[7];
          ext_tag_q <= tl_cfg_ctl_i[6];
          mrrs_q    <= tl_cfg_ctl_i[5:3];
          mps_q     <= tl_cfg_ctl_i[2:0];
        end
        5'h01: begin
          ns_q  <= tl_cfg_ctl_i[14];
          ro_q  <= tl_cfg_ctl_i[13];
          dev_q <= tl_cfg_ctl_i[12:8];
          bus_q <= tl_cfg_ctl_i[7:0];
        end
        5'h02: begin
          rcb_q <= tl_cfg_ctl_i[14];
        end
        5'h0c: begin
          msix_mask_q <= tl_cfg_ctl_i[6];
          msix_en_q   <= tl_cfg_ctl_i[5];
        end
        5'h15: begin
          tag10_q <= tl_cfg_ctl_i[14];
        end
        5'h18: begin
          pasid_en_q   <= tl_cfg_ctl_i[2];
          pasid_exec_q <= tl_cfg_ctl_i[1];
          pasid_priv_q <= tl_cfg_ctl_i[0];
        end
        default: begin
          // Registers this device does not use (MSI, AER masks, ACS, ATS, PRS, LTR, ...).
        end
      endcase
    end
  end

  always_comb begin
    hip_cfg_o               = '0;
    hip_cfg_o.dev_id        = {bus_q, dev_q, 3'b000};
    hip_cfg_o.mem_en        = mem_en_q;
    hip_cfg_o.bus_master_en = bme_q;
    hip_cfg_o.max_payload   = mps_q;
    hip_cfg_o.max_read_req  = mrrs_q;
    hip_cfg_o.ext_tag_en    = ext_tag_q;
    hip_cfg_o.tag10_en      = tag10_q;
    hip_cfg_o.relaxed_en    = ro_q;
    hip_cfg_o.no_snoop_en   = ns_q;
    hip_cfg_o.rcb128        = rcb_q;
    hip_cfg_o.pasid_en      = pasid_en_q;
    hip_cfg_o.pasid_exec_en = pasid_exec_q;
    hip_cfg_o.pasid_priv_en = pasid_priv_q;
    hip_cfg_o.msix_en       = msix_en_q;
    hip_cfg_o.msix_mask     = msix_mask_q;
    hip_cfg_o.sys_page_size = 32'h0000_0001;
    hip_cfg_o.bar0_base     = 64'h0;
    hip_cfg_o.bar2_base     = 64'h0;
  end

endmodule
