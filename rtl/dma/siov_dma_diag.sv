// siov_dma_diag: the DMA self-test channel (BAR0 diag_* registers).
//
// A diagnostic loopback for bring-up and for the host stack's tests: on start it checks its
// arguments, reads diag_len bytes from diag_src into its buffer through siov_dma_rd, writes them
// to diag_dst through siov_dma_wr, then sets done (and raises its MSI-X vector when asked).
// With diag_pasid.en every request carries a PASID prefix; PMR / ER are set only when requested
// and enabled in the PASID capability (PCIe 6.20.2.1), otherwise sent as 0.
// The source bytes land in the buffer at offset src[5:0], so buffer and host DW boundaries agree.
module siov_dma_diag #(
  parameter int unsigned BufAddrW = 13,
  parameter int unsigned VecW     = 4
) (
  input  logic                      clk_i,
  input  logic                      rst_ni,        // function reset
  input  siov_cfg_pkg::cfg_state_t  cfg_i,
  // Registers.
  input  logic                      start_i,
  input  logic                      clr_done_i,
  input  logic [63:0]               src_i,
  input  logic [63:0]               dst_i,
  input  logic [12:0]               len_i,
  input  logic [19:0]               pasid_i,
  input  logic                      pasid_en_i,
  input  logic                      priv_i,
  input  logic                      exec_i,
  input  logic                      irq_en_i,
  input  logic [VecW-1:0]           vector_i,
  output logic                      busy_o,
  output logic                      done_o,
  output logic [7:0]                err_o,
  // DMA engines.
  output logic                      rd_valid_o,
  input  logic                      rd_ready_i,
  output logic [63:0]               rd_addr_o,
  output logic [12:0]               rd_len_o,
  output logic [BufAddrW-1:0]       rd_buf_o,
  output logic                      rd_prfx_vld_o,
  output logic [31:0]               rd_prfx_o,
  input  logic                      rd_done_i,
  output logic                      rd_done_ready_o,
  input  logic [2:0]                rd_status_i,
  output logic                      wr_valid_o,
  input  logic                      wr_ready_i,
  output logic [63:0]               wr_addr_o,
  output logic [12:0]               wr_len_o,
  output logic [BufAddrW-1:0]       wr_buf_o,
  output logic                      wr_prfx_vld_o,
  output logic [31:0]               wr_prfx_o,
  input  logic                      wr_done_i,
  output logic                      wr_done_ready_o,
  input  logic [2:0]                wr_status_i,
  // Completion interrupt.
  output logic                      irq_valid_o,
  input  logic                      irq_ready_i,
  output logic [VecW-1:0]           irq_vector_o
);

  typedef enum logic [2:0] {
    StIdle  = 3'd0,
    StRdReq = 3'd1,
    StRdWait = 3'd2,
    StWrReq = 3'd3,
    StWrWait = 3'd4,
    StIrq   = 3'd5
  } state_e;

  localparam logic [7:0] ErrOk       = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_OK;
  localparam logic [7:0] ErrBadLen   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_BAD_LEN;
  localparam logic [7:0] ErrBmeOff   = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_BME_OFF;
  localparam logic [7:0] ErrPasidOff = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_PASID_OFF;
  localparam logic [7:0] ErrRdUr     = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_RD_UR;
  localparam logic [7:0] ErrRdCa     = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_RD_CA;
  localparam logic [7:0] ErrBusy     = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_BUSY;
  localparam logic [7:0] ErrTimeout  = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_CPL_TIMEOUT;
  localparam logic [7:0] ErrPoisoned = siov_bar0_reg_pkg::SIOV_BAR0_DIAG_STATUS_ERR_RD_POISONED;

  function automatic logic [7:0] err_of(input logic [2:0] st);
    unique case (st)
      siov_dma_pkg::DmaOk:       err_of = ErrOk;
      siov_dma_pkg::DmaRdUr:     err_of = ErrRdUr;
      siov_dma_pkg::DmaRdCa:     err_of = ErrRdCa;
      siov_dma_pkg::DmaPoisoned: err_of = ErrPoisoned;
      siov_dma_pkg::DmaTimeout:  err_of = ErrTimeout;
      siov_dma_pkg::DmaBmeOff:   err_of = ErrBmeOff;
      default:                   err_of = ErrPasidOff;
    endcase
  endfunction

  state_e      state_q;
  logic        done_q;
  logic [7:0]  err_q;
  logic [63:0] src_q, dst_q;
  logic [12:0] len_q;
  logic [31:0] prfx_q;
  logic        prfx_vld_q;
  logic        irq_en_q;
  logic [VecW-1:0] vector_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q    <= StIdle;
      done_q     <= 1'b0;
      err_q      <= ErrOk;
      src_q      <= '0;
      dst_q      <= '0;
      len_q      <= '0;
      prfx_q     <= '0;
      prfx_vld_q <= 1'b0;
      irq_en_q   <= 1'b0;
      vector_q   <= '0;
    end else begin
      if (clr_done_i) begin
        done_q <= 1'b0;
      end
      unique case (state_q)
        StIdle: begin
          if (start_i) begin
            done_q     <= 1'b0;
            src_q      <= src_i;
            dst_q      <= dst_i;
            len_q      <= len_i;
            prfx_vld_q <= pasid_en_i;
            prfx_q     <= siov_tlp_pkg::pasid_prefix(pasid_i, priv_i && cfg_i.pasid_priv_en,
                                                     exec_i && cfg_i.pasid_exec_en);
            irq_en_q   <= irq_en_i;
            vector_q   <= vector_i;
            if (len_i == 13'd0 || len_i > 13'd4096) begin
              err_q   <= ErrBadLen;
              state_q <= irq_en_i ? StIrq : StIdle;
              done_q  <= !irq_en_i;
            end else if (!cfg_i.bus_master_en) begin
              err_q   <= ErrBmeOff;
              state_q <= irq_en_i ? StIrq : StIdle;
              done_q  <= !irq_en_i;
            end else if (pasid_en_i && !cfg_i.pasid_en) begin
              err_q   <= ErrPasidOff;
              state_q <= irq_en_i ? StIrq : StIdle;
              done_q  <= !irq_en_i;
            end else begin
              err_q   <= ErrOk;
              state_q <= StRdReq;
            end
          end
        end
        StRdReq:  if (rd_ready_i) state_q <= StRdWait;
        StRdWait: begin
          if (rd_done_i) begin
            if (rd_status_i != siov_dma_pkg::DmaOk) begin
              err_q   <= err_of(rd_status_i);
              state_q <= irq_en_q ? StIrq : StIdle;
              done_q  <= !irq_en_q;
            end else begin
              state_q <= StWrReq;
            end
          end
        end
        StWrReq:  if (wr_ready_i) state_q <= StWrWait;
        StWrWait: begin
          if (wr_done_i) begin
            err_q   <= err_of(wr_status_i);
            state_q <= irq_en_q ? StIrq : StIdle;
            done_q  <= !irq_en_q;
          end
        end
        StIrq: begin
          // done is set with the interrupt request: the MSI-X message is queued behind the data.
          if (irq_ready_i) begin
            done_q  <= 1'b1;
            state_q <= StIdle;
          end
        end
        default: state_q <= StIdle;
      endcase
      // A start while busy is ignored and reported (the running transfer reports its own
      // result when it ends).
      if (start_i && state_q != StIdle) begin
        err_q <= ErrBusy;
      end
    end
  end

  assign busy_o = (state_q != StIdle);
  assign done_o = done_q;
  assign err_o  = err_q;

  assign rd_valid_o      = (state_q == StRdReq);
  assign rd_addr_o       = src_q;
  assign rd_len_o        = len_q;
  assign rd_buf_o        = BufAddrW'(src_q[5:0]);
  assign rd_prfx_vld_o   = prfx_vld_q;
  assign rd_prfx_o       = prfx_q;
  assign rd_done_ready_o = (state_q == StRdWait);
  assign wr_valid_o      = (state_q == StWrReq);
  assign wr_addr_o       = dst_q;
  assign wr_len_o        = len_q;
  assign wr_buf_o        = BufAddrW'(src_q[5:0]);
  assign wr_prfx_vld_o   = prfx_vld_q;
  assign wr_prfx_o       = prfx_q;
  assign wr_done_ready_o = (state_q == StWrWait);

  assign irq_valid_o  = (state_q == StIrq);
  assign irq_vector_o = vector_q;

  logic unused;
  assign unused = ^cfg_i;

endmodule
