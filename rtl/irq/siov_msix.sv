// siov_msix: MSI-X table, Pending Bit Array and message generator of the physical function.
//
// PCIe Base Spec 6.1.4 / 7.7.2. The table (NumVectors entries of address, data, vector control)
// and the PBA are reached through BAR0 one DW at a time. An interrupt request sets the vector's
// pending bit; a pending vector is sent as soon as it may be: MSI-X enabled, function not
// masked, vector not masked, Bus Master Enable set. The message is a 1-DW MWr of the entry's
// data to the entry's address, without a PASID prefix (interrupts are never PASID-tagged, SIOV
// 2.2), and sending it clears the pending bit. Requests while MSI-X is disabled are dropped.
// Latency: a deliverable request leaves two cycles after it is accepted.
module siov_msix #(
  parameter int unsigned NumVectors = 16
) (
  input  logic                             clk_i,
  input  logic                             rst_ni,        // function reset
  input  siov_cfg_pkg::cfg_state_t         cfg_i,
  // Table access (DW index within the table: entry * 4 + field).
  input  logic                             tbl_we_i,
  input  logic [$clog2(NumVectors)+1:0]    tbl_dw_i,
  input  logic [3:0]                       tbl_be_i,
  input  logic [31:0]                      tbl_wdata_i,
  output logic [31:0]                      tbl_rdata_o,
  // PBA read (DW index within the PBA).
  input  logic [$clog2(NumVectors)-1:0]    pba_dw_i,
  output logic [31:0]                      pba_rdata_o,
  // Interrupt requests.
  input  logic                             irq_valid_i,
  output logic                             irq_ready_o,
  input  logic [$clog2(NumVectors)-1:0]    irq_vector_i,
  // Messages to the link.
  output logic                             tx_valid_o,
  input  logic                             tx_ready_i,
  output siov_tlp_pkg::tlp_beat_t          tx_o
);

  localparam int unsigned VecW = $clog2(NumVectors);

  logic [31:0] addr_lo_q [NumVectors];
  logic [31:0] addr_hi_q [NumVectors];
  logic [31:0] data_q    [NumVectors];
  logic [NumVectors-1:0] mask_q;
  logic [NumVectors-1:0] pend_q;

  // Table reads.
  logic [VecW-1:0] t_vec;
  logic [1:0]      t_fld;
  assign t_vec = tbl_dw_i[VecW+1:2];
  assign t_fld = tbl_dw_i[1:0];
  always_comb begin
    unique case (t_fld)
      2'd0:    tbl_rdata_o = addr_lo_q[t_vec];
      2'd1:    tbl_rdata_o = addr_hi_q[t_vec];
      2'd2:    tbl_rdata_o = data_q[t_vec];
      default: tbl_rdata_o = {31'h0, mask_q[t_vec]};
    endcase
  end

  // PBA reads: 32 pending bits per DW.
  always_comb begin
    pba_rdata_o = 32'h0;
    for (int i = 0; i < 32; i++) begin
      logic [VecW+4:0] v;
      v = {pba_dw_i, 5'(i)};
      if (v < (VecW + 5)'(NumVectors)) begin
        pba_rdata_o[i] = pend_q[v[VecW-1:0]];
      end
    end
  end

  // Choose a deliverable pending vector (lowest number first).
  logic            can_send;
  logic            pick_vld;
  logic [VecW-1:0] pick;
  assign can_send = cfg_i.msix_en && !cfg_i.msix_mask && cfg_i.bus_master_en;
  always_comb begin
    pick_vld = 1'b0;
    pick     = '0;
    for (int i = NumVectors - 1; i >= 0; i--) begin
      if (pend_q[i] && !mask_q[i]) begin
        pick_vld = 1'b1;
        pick     = VecW'(i);
      end
    end
  end

  logic tx_vld_q;
  siov_tlp_pkg::tlp_beat_t tx_q;
  logic send;
  assign send        = can_send && pick_vld && (!tx_vld_q || tx_ready_i);
  assign irq_ready_o = 1'b1;

  // The entry's address may not change between choosing it and sending: both in one cycle.
  logic [63:0] msg_addr;
  assign msg_addr = {addr_hi_q[pick], addr_lo_q[pick][31:2], 2'b00};

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      mask_q   <= '1;       // entries reset masked
      pend_q   <= '0;
      tx_vld_q <= 1'b0;
      tx_q     <= '0;
    end else begin
      logic [NumVectors-1:0] pend;
      pend = pend_q;
      if (send) begin
        pend[pick] = 1'b0;
      end
      if (irq_valid_i && cfg_i.msix_en) begin
        pend[irq_vector_i] = 1'b1;
      end
      pend_q <= pend;
      if (tbl_we_i && t_fld == 2'd3 && tbl_be_i[0]) begin
        mask_q[t_vec] <= tbl_wdata_i[0];
      end
      if (send) begin
        tx_vld_q  <= 1'b1;
        tx_q      <= '0;
        tx_q.hdr  <= siov_tlp_pkg::mem_hdr(1'b1, msg_addr[63:2], 10'd1, cfg_i.dev_id, 10'd0,
                                           4'hf, 4'h0, 3'b000);
        tx_q.data <= {{(siov_tlp_pkg::TlpDataW - 32){1'b0}}, data_q[pick]};
        tx_q.strb <= {{(siov_tlp_pkg::TlpDws - 1){1'b0}}, 1'b1};
        tx_q.sop  <= 1'b1;
        tx_q.eop  <= 1'b1;
      end else if (tx_ready_i) begin
        tx_vld_q <= 1'b0;
      end
    end
  end

  // Address and data words: storage without reset (their reset value is undefined in PCIe).
  always_ff @(posedge clk_i) begin
    if (tbl_we_i) begin
      unique case (t_fld)
        2'd0: addr_lo_q[t_vec] <= siov_tlp_pkg::be_merge(addr_lo_q[t_vec], tbl_wdata_i, tbl_be_i,
                                                         32'hffff_fffc);
        2'd1: addr_hi_q[t_vec] <= siov_tlp_pkg::be_merge(addr_hi_q[t_vec], tbl_wdata_i, tbl_be_i,
                                                         '1);
        2'd2: data_q[t_vec]    <= siov_tlp_pkg::be_merge(data_q[t_vec], tbl_wdata_i, tbl_be_i, '1);
        default: ;
      endcase
    end
  end

  assign tx_valid_o = tx_vld_q;
  assign tx_o       = tx_q;

  logic unused;
  assign unused = ^{cfg_i, tbl_be_i[3:1], msg_addr[1:0]};

endmodule
