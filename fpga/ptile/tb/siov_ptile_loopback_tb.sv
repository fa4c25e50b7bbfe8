// siov_ptile_loopback_tb: self-checking Verilator testbench of siov_ptile_tx and siov_ptile_rx.
//
//   random TLPs -> siov_ptile_tx -> P-tile TX model -> P-tile RX model -> siov_ptile_rx -> check
//
// The TX model checks the P-tile transmit rules the shim must keep (UG 683059 4.4.4-4.4.7 as read
// in fpga/ptile/siov_ptile_tx.sv): data only ReadyLatency cycles after tx_st_ready, no bubble
// inside a TLP on a ready cycle, sop in segment 0, eop in the segment of the last payload DW, the
// link partner's flow-control credits never exceeded (it releases them after random delays). It
// then hands each TLP to the RX model, which repacks it the way the P-tile receive side may:
// TLPs starting in segment 0 or 1, two TLPs in one cycle, idle segments and cycles inside a TLP,
// rx_st_empty on eop, garbage in the header/prefix/BAR fields of non-sop segments, and valid data
// for up to ReadyLatency + 1 cycles after rx_st_ready falls. The checker compares every beat the
// RX shim produces with the TLP that was sent (header, prefix, bar_id, payload, strb, framing).
// Both sides see random backpressure. Not part of Bender.yml; run it as fpga/README.md says.
//
// Plusargs: +tlps=<n> (default 3000), +seed=<n> (with +verilator+seed+<n>).
module siov_ptile_loopback_tb;

  localparam int unsigned MaxTlps  = 20000;
  localparam int unsigned MaxDws   = 128;     // 512-byte payloads
  localparam int unsigned RxLat    = 27;
  localparam int unsigned TxLat    = 3;

  logic clk = 1'b0;
  logic rst_n = 1'b0;
  always #1 clk = ~clk;

  // ---------------------------------------------------------------------------------------
  // TLPs to send
  // ---------------------------------------------------------------------------------------
  int unsigned num_tlps;
  logic [127:0] t_hdr  [MaxTlps];
  logic         t_pv   [MaxTlps];     // has a prefix
  logic [31:0]  t_prfx [MaxTlps];
  int unsigned  t_ndw  [MaxTlps];     // payload DWs (0 = no data)
  logic [31:0]  t_pay  [MaxTlps][MaxDws];
  logic [2:0]   t_bar  [MaxTlps];     // rx_st_bar_range the RX model reports

  function automatic logic [31:0] rnd32();
    rnd32 = $urandom();
  endfunction

  initial begin
    if (!$value$plusargs("tlps=%d", num_tlps)) begin
      num_tlps = 3000;
    end
    if (num_tlps > MaxTlps) begin
      num_tlps = MaxTlps;
    end
    for (int unsigned i = 0; i < num_tlps; i++) begin
      int unsigned kind;
      int unsigned len;
      logic [2:0]  fmt;
      logic [4:0]  typ;
      logic        four_dw;
      logic [31:0] r;
      kind    = $urandom_range(0, 99);
      len     = ($urandom_range(0, 3) == 0) ? $urandom_range(100, MaxDws) :
                                              $urandom_range(1, 24);
      four_dw = $urandom_range(0, 1) == 1;
      t_pv[i] = 1'b0;
      if (kind < 40) begin             // MWr
        fmt = four_dw ? siov_tlp_pkg::FmtData4Dw : siov_tlp_pkg::FmtData3Dw;
        typ = siov_tlp_pkg::TypeMem;
        t_ndw[i] = len;
        t_pv[i]  = $urandom_range(0, 1) == 1;
      end else if (kind < 60) begin    // MRd
        fmt = four_dw ? siov_tlp_pkg::FmtNoData4Dw : siov_tlp_pkg::FmtNoData3Dw;
        typ = siov_tlp_pkg::TypeMem;
        t_ndw[i] = 0;
        t_pv[i]  = $urandom_range(0, 1) == 1;
      end else if (kind < 80) begin    // CplD
        fmt = siov_tlp_pkg::FmtData3Dw;
        typ = siov_tlp_pkg::TypeCpl;
        t_ndw[i] = len;
      end else if (kind < 90) begin    // Cpl
        fmt = siov_tlp_pkg::FmtNoData3Dw;
        typ = siov_tlp_pkg::TypeCpl;
        t_ndw[i] = 0;
        len = 0;
      end else begin                   // Msg to the root complex, no data
        fmt = siov_tlp_pkg::FmtNoData4Dw;
        typ = 5'b10000;
        t_ndw[i] = 0;
        len = 0;
      end
      r = rnd32();
      t_hdr[i] = {fmt, typ, r[23:10], 10'(len), rnd32(), rnd32(), (fmt[0] ? rnd32() : 32'h0)};
      r = rnd32();
      t_prfx[i] = t_pv[i] ? siov_tlp_pkg::pasid_prefix(r[19:0], r[23], r[22]) : 32'h0;
      for (int unsigned d = 0; d < MaxDws; d++) begin
        t_pay[i][d] = rnd32();
      end
      t_bar[i] = 3'($urandom_range(0, 7));
    end
    repeat (10) @(posedge clk);
    rst_n = 1'b1;
  end

  // ---------------------------------------------------------------------------------------
  // DUTs
  // ---------------------------------------------------------------------------------------
  logic                    tx_valid, tx_ready;
  siov_tlp_pkg::tlp_beat_t tx_beat;
  logic [1:0]              tx_st_valid, tx_st_sop, tx_st_eop, tx_st_err;
  logic [511:0]            tx_st_data;
  logic [255:0]            tx_st_hdr;
  logic [63:0]             tx_st_tlp_prfx;
  logic                    tx_st_ready = 1'b0;
  logic [15:0]             tx_cdts_limit = '0;
  logic [2:0]              tx_cdts_limit_tdm_idx = '0;

  siov_ptile_tx #(.ReadyLatency(TxLat)) u_tx (
    .clk_i                   (clk),
    .rst_ni                  (rst_n),
    .tx_valid_i              (tx_valid),
    .tx_ready_o              (tx_ready),
    .tx_i                    (tx_beat),
    .tx_st_valid_o           (tx_st_valid),
    .tx_st_sop_o             (tx_st_sop),
    .tx_st_eop_o             (tx_st_eop),
    .tx_st_err_o             (tx_st_err),
    .tx_st_data_o            (tx_st_data),
    .tx_st_hdr_o             (tx_st_hdr),
    .tx_st_tlp_prfx_o        (tx_st_tlp_prfx),
    .tx_st_ready_i           (tx_st_ready),
    .tx_cdts_limit_i         (tx_cdts_limit),
    .tx_cdts_limit_tdm_idx_i (tx_cdts_limit_tdm_idx)
  );

  logic [1:0]              rx_st_valid = '0, rx_st_sop = '0, rx_st_eop = '0;
  logic [511:0]            rx_st_data = '0;
  logic [5:0]              rx_st_empty = '0;
  logic [255:0]            rx_st_hdr = '0;
  logic [63:0]             rx_st_tlp_prfx = '0;
  logic [5:0]              rx_st_bar_range = '0;
  logic                    rx_st_ready;
  logic                    rx_valid;
  logic                    rx_ready = 1'b0;
  siov_tlp_pkg::tlp_beat_t rx_beat;
  logic                    rx_overflow;

  siov_ptile_rx #(.ReadyLatency(RxLat)) u_rx (
    .clk_i             (clk),
    .rst_ni            (rst_n),
    .rx_st_valid_i     (rx_st_valid),
    .rx_st_sop_i       (rx_st_sop),
    .rx_st_eop_i       (rx_st_eop),
    .rx_st_data_i      (rx_st_data),
    .rx_st_empty_i     (rx_st_empty),
    .rx_st_hdr_i       (rx_st_hdr),
    .rx_st_tlp_prfx_i  (rx_st_tlp_prfx),
    .rx_st_bar_range_i (rx_st_bar_range),
    .rx_st_ready_o     (rx_st_ready),
    .rx_valid_o        (rx_valid),
    .rx_ready_i        (rx_ready),
    .rx_o              (rx_beat),
    .overflow_o        (rx_overflow)
  );

  // Traffic phases, 1500 cycles each: 0 random backpressure everywhere; 1 slow source, fast
  // P-tile TX (finds bubbles inside TLPs); 2 the device stops taking RX beats for long stretches
  // while the RX model sends at full rate (fills the RX FIFO, exercises rx_st_ready latency).
  longint unsigned cycles = 0;
  int unsigned     phase;
  assign phase = int'((cycles / 1500) % 3);

  int unsigned errors = 0;
  task automatic fail(input string msg);
    $display("ERROR at %0t: %s", $time, msg);
    errors++;
    if (errors > 10) begin
      $fatal(1, "too many errors");
    end
  endtask

  // ---------------------------------------------------------------------------------------
  // Source: the TLPs as siovdm beats, with random gaps (also inside TLPs)
  // ---------------------------------------------------------------------------------------
  int unsigned src_tlp = 0, src_beat = 0;
  logic        src_vld = 1'b0;

  function automatic int unsigned beats_of(input int unsigned ndw);
    beats_of = (ndw == 0) ? 1 : (ndw + 15) / 16;
  endfunction

  always_comb begin
    tx_beat = '0;
    if (src_tlp < num_tlps) begin
      tx_beat.sop      = (src_beat == 0);
      tx_beat.eop      = (src_beat == beats_of(t_ndw[src_tlp]) - 1);
      tx_beat.hdr      = t_hdr[src_tlp];
      tx_beat.prfx_vld = t_pv[src_tlp];
      tx_beat.prfx     = t_prfx[src_tlp];
      for (int unsigned l = 0; l < 16; l++) begin
        if (src_beat * 16 + l < t_ndw[src_tlp]) begin
          tx_beat.strb[l]          = 1'b1;
          tx_beat.data[32*l +: 32] = t_pay[src_tlp][src_beat * 16 + l];
        end
      end
    end
  end
  assign tx_valid = src_vld;

  always @(posedge clk) begin
    if (rst_n) begin
      if (src_vld && tx_ready) begin
        if (src_beat + 1 == beats_of(t_ndw[src_tlp])) begin
          src_tlp  <= src_tlp + 1;
          src_beat <= 0;
        end else begin
          src_beat <= src_beat + 1;
        end
        src_vld <= ($urandom_range(0, 9) < (phase == 1 ? 3 : 8)) && (src_tlp + 1 < num_tlps ||
                                                   src_beat + 1 < beats_of(t_ndw[src_tlp]));
      end else if (!src_vld) begin
        src_vld <= ($urandom_range(0, 9) < (phase == 1 ? 3 : 8)) && (src_tlp < num_tlps);
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // P-tile TX model
  // ---------------------------------------------------------------------------------------
  // Credit slots 0 PH, 1 NPH, 2 CPLH, 3 PD, 4 NPD, 5 CPLD; init 0 = infinite.
  int unsigned cr_init [6] = '{4, 2, 0, 40, 2, 0};
  int unsigned cr_cons [6] = '{0, 0, 0, 0, 0, 0};
  int unsigned cr_rel  [6] = '{0, 0, 0, 0, 0, 0};
  logic [TxLat:0] rdy_past = '0;    // rdy_past[i]: tx_st_ready i + 1 cycles before the sample
  logic           tx_in_tlp = 1'b0;
  int unsigned    tx_tlp = 0, tx_dw = 0, tx_need = 0;
  int unsigned    wire_cnt = 0;     // TLPs through the TX model, in source order
  logic [2:0]     cyc_idx = '0;

  function automatic int unsigned slot_of_idx(input logic [2:0] idx);
    slot_of_idx = idx[2] ? 3 + int'(idx[1:0]) : int'(idx[1:0]);
  endfunction

  always @(posedge clk) begin
    logic [TxLat:0] past;
    past = {rdy_past[TxLat-1:0], tx_st_ready};
    rdy_past <= past;
    if (rst_n) begin
      if (tx_st_valid != 2'b00 && !past[TxLat]) begin
        fail("tx_st_valid without tx_st_ready ReadyLatency cycles before");
      end
      if (tx_in_tlp && past[TxLat] && !tx_st_valid[0]) begin
        fail("bubble inside a TLP on a ready cycle");
      end
      if (tx_st_sop[1] || tx_st_err != 2'b00) begin
        fail("sop in segment 1 or tx_st_err set");
      end
      for (int k = 0; k < 2; k++) begin
        if (tx_st_valid[k]) begin
          if (tx_st_sop[k]) begin
            logic [127:0] h;
            int unsigned  cls, len;
            h = tx_st_hdr[128*k +: 128];
            if (tx_in_tlp) begin
              fail("sop inside a TLP");
            end
            if (h != t_hdr[tx_tlp] || tx_st_tlp_prfx[32*k +: 32] != t_prfx[tx_tlp]) begin
              fail($sformatf("TX TLP %0d: header or prefix differs", tx_tlp));
            end
            len = (h[105:96] == 10'd0) ? 1024 : int'(h[105:96]);
            tx_need = h[126] ? len : 0;
            tx_dw = 0;
            tx_in_tlp = 1'b1;
            cls = (h[124:121] == 4'b0101) ? 2 :
                  ((h[124:120] == 5'd0 && h[126]) || h[124:123] == 2'b10) ? 0 : 1;
            cr_cons[cls]++;
            cr_cons[3 + cls] += (tx_need + 3) / 4;
            for (int s = 0; s < 6; s++) begin
              if (cr_init[s] != 0 && cr_cons[s] > cr_init[s] + cr_rel[s]) begin
                fail($sformatf("credit slot %0d exceeded (%0d > %0d)", s, cr_cons[s],
                               cr_init[s] + cr_rel[s]));
              end
            end
          end else if (!tx_in_tlp) begin
            fail("data outside a TLP");
          end
          for (int l = 0; l < 8; l++) begin
            if (tx_dw < tx_need) begin
              if (tx_st_data[256*k + 32*l +: 32] != t_pay[tx_tlp][tx_dw]) begin
                fail($sformatf("TX TLP %0d: payload DW %0d differs", tx_tlp, tx_dw));
              end
              tx_dw++;
            end
          end
          if (tx_st_eop[k] != (tx_dw == tx_need)) begin
            fail($sformatf("TX TLP %0d: eop not on the last payload segment", tx_tlp));
          end
          if (tx_st_eop[k]) begin
            tx_in_tlp = 1'b0;
            tx_tlp++;
          end
        end
      end
      wire_cnt <= tx_tlp;
      // Link partner: release consumed credits after random delays; report limits by TDM.
      for (int s = 0; s < 6; s++) begin
        if (cr_rel[s] < cr_cons[s] && $urandom_range(0, 15) == 0) begin
          cr_rel[s] += $urandom_range(1, cr_cons[s] - cr_rel[s]);
        end
      end
      tx_st_ready <= (phase == 1) || ($urandom_range(0, 9) < 7);
      cyc_idx <= cyc_idx + 3'd1;
      tx_cdts_limit_tdm_idx <= cyc_idx;
      // Header limits are reported modulo 2^12, data limits modulo 2^16 (as the P-tile does).
      tx_cdts_limit <= (cyc_idx[1:0] == 2'b11 || cr_init[slot_of_idx(cyc_idx)] == 0) ? 16'd0 :
                       16'(cr_init[slot_of_idx(cyc_idx)] + cr_rel[slot_of_idx(cyc_idx)]) &
                       (cyc_idx[2] ? 16'hffff : 16'h0fff);
    end
  end

  // ---------------------------------------------------------------------------------------
  // P-tile RX model
  // ---------------------------------------------------------------------------------------
  logic [RxLat+1:0] rx_rdy_past = '0;
  int unsigned      rx_tlp = 0, rx_seg = 0;

  function automatic int unsigned segs_of(input int unsigned ndw);
    segs_of = (ndw == 0) ? 1 : (ndw + 7) / 8;
  endfunction

  always @(posedge clk) begin
    logic [RxLat+1:0] past;
    past = {rx_rdy_past[RxLat:0], rx_st_ready};
    rx_rdy_past <= past;
    rx_st_valid <= '0;
    rx_st_sop   <= '0;
    rx_st_eop   <= '0;
    // Garbage everywhere a field is not defined.
    rx_st_hdr       <= {8{rnd32()}};
    rx_st_tlp_prfx  <= {rnd32(), rnd32()};
    rx_st_bar_range <= 6'(rnd32());
    rx_st_empty     <= 6'(rnd32());
    rx_st_data      <= {16{rnd32()}};
    // Send while rx_st_ready was seen high within the last RxLat + 2 cycles.
    if (rst_n && (past != '0) && (phase == 2 || $urandom_range(0, 9) < 8)) begin
      int unsigned tlp, seg;
      tlp = rx_tlp;
      seg = rx_seg;
      for (int k = 0; k < 2; k++) begin
        if (tlp < wire_cnt && !(seg == 0 && k == 0 && $urandom_range(0, 3) == 0) &&
            !(seg != 0 && $urandom_range(0, 9) == 0)) begin
          int unsigned n, nseg, last;
          n    = t_ndw[tlp];
          nseg = segs_of(n);
          rx_st_valid[k] <= 1'b1;
          rx_st_sop[k]   <= (seg == 0);
          rx_st_eop[k]   <= (seg == nseg - 1);
          for (int l = 0; l < 8; l++) begin
            if (seg * 8 + l < n) begin
              rx_st_data[256*k + 32*l +: 32] <= t_pay[tlp][seg * 8 + l];
            end
          end
          if (seg == 0) begin
            rx_st_hdr[128*k +: 128]     <= t_hdr[tlp];
            rx_st_tlp_prfx[32*k +: 32]  <= t_prfx[tlp];
            rx_st_bar_range[3*k +: 3]   <= t_bar[tlp];
          end
          if (seg == nseg - 1 && n != 0) begin
            last = n - seg * 8;
            rx_st_empty[3*k +: 3] <= 3'(8 - last);
          end
          if (seg == nseg - 1) begin
            tlp++;
            seg = 0;
          end else begin
            seg++;
          end
        end
      end
      rx_tlp <= tlp;
      rx_seg <= seg;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Checker of the RX shim's beats
  // ---------------------------------------------------------------------------------------
  int unsigned chk_tlp = 0, chk_beat = 0;

  always @(posedge clk) begin
    cycles <= cycles + 1;
    rx_ready <= (phase == 2) ? ((cycles % 500) >= 400) : ($urandom_range(0, 9) < 8);
    if (rst_n && rx_valid && rx_ready) begin
      int unsigned i, n, nb;
      logic [2:0]  bar;
      i  = chk_tlp;
      n  = t_ndw[i];
      nb = beats_of(n);
      if (rx_beat.sop != (chk_beat == 0) || rx_beat.eop != (chk_beat == nb - 1)) begin
        fail($sformatf("RX TLP %0d beat %0d: sop/eop wrong", i, chk_beat));
      end
      if (chk_beat == 0) begin
        bar = (t_bar[i] == 3'd0 || t_bar[i] == 3'd2) ? t_bar[i] : 3'd7;
        if (rx_beat.hdr != t_hdr[i] || rx_beat.prfx_vld != t_pv[i] ||
            (t_pv[i] && rx_beat.prfx != t_prfx[i]) || rx_beat.bar_id != bar) begin
          fail($sformatf("RX TLP %0d: header, prefix or bar_id differs", i));
        end
      end
      for (int l = 0; l < 16; l++) begin
        int unsigned d;
        d = chk_beat * 16 + l;
        if (rx_beat.strb[l] != (d < n)) begin
          fail($sformatf("RX TLP %0d beat %0d: strb %h", i, chk_beat, rx_beat.strb));
          break;
        end
        if (d < n && rx_beat.data[32*l +: 32] != t_pay[i][d]) begin
          fail($sformatf("RX TLP %0d: payload DW %0d differs", i, d));
        end
      end
      if (chk_beat + 1 == nb) begin
        chk_tlp  <= chk_tlp + 1;
        chk_beat <= 0;
      end else begin
        chk_beat <= chk_beat + 1;
      end
    end
    if (chk_tlp == num_tlps && num_tlps != 0) begin
      if (rx_overflow) begin
        fail("RX FIFO overflow");
      end
      if (errors == 0) begin
        $display("PASS: %0d TLPs through siov_ptile_tx and siov_ptile_rx in %0d cycles",
                 num_tlps, cycles);
      end else begin
        $display("FAIL: %0d errors", errors);
      end
      $finish;
    end
    if (cycles > 64'd2000000) begin
      $fatal(1, "timeout: %0d of %0d TLPs checked", chk_tlp, num_tlps);
    end
  end

endmodule
