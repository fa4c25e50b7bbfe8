// siov_tlp_pkg: the vendor-neutral TLP stream of the siovdm endpoint.
//
// Modelled on the Intel P-tile Avalon-ST user interface and on the verilog-pcie generic TLP bus:
// one TLP per beat at most (no straddling), the header on a 128-bit sideband, one 32-bit
// End-End TLP prefix on a sideband (the slot of the PASID prefix), the payload DW-aligned on
// `data` with one valid bit per DW in `strb`.
//
// Header layout on `hdr`: DW0 in [127:96], DW1 in [95:64], DW2 in [63:32], DW3 in [31:0]; each DW
// keeps the PCIe bit numbering (byte 0 of the TLP is DW0[31:24]). A 3-DW header leaves DW3 zero.
// `hdr`, `prfx_vld`, `prfx` and `bar_id` are valid on the `sop` beat.
// Payload layout on `data`: little-endian DW lanes, lane 0 holds the first payload DW of the beat,
// byte 0 of a DW (lowest address) in bits [7:0]. Beat n of a TLP carries payload DWs
// [n*TlpDws, n*TlpDws + TlpDws).
//
// Yosys 0.23 (the synthesis check) accepts only a subset of SystemVerilog: no `import`, no
// `return`, no user-type casts, no multi-dimensional packed arrays, no struct-typed function
// arguments. Everything here and in rtl/ keeps to that subset (see docs/rtl-style.md).
package siov_tlp_pkg;

  // Data width of the TLP stream in bits (a multiple of 128). Override with
  // +define+SIOV_TLP_DATA_W=<bits>; the default matches a P-tile x16 interface (2 x 256).
`ifdef SIOV_TLP_DATA_W
  localparam int unsigned TlpDataW = `SIOV_TLP_DATA_W;
`else
  localparam int unsigned TlpDataW = 512;
`endif
  // DW lanes per beat.
  localparam int unsigned TlpDws = TlpDataW / 32;
  // log2 of the bytes per beat.
  localparam int unsigned TlpBeatBytesLog2 = $clog2(TlpDataW / 8);

  // Fmt (DW0[31:29]).
  localparam logic [2:0] FmtNoData3Dw = 3'b000;
  localparam logic [2:0] FmtNoData4Dw = 3'b001;
  localparam logic [2:0] FmtData3Dw   = 3'b010;
  localparam logic [2:0] FmtData4Dw   = 3'b011;
  localparam logic [2:0] FmtPrefix    = 3'b100;

  // Type (DW0[28:24]).
  localparam logic [4:0] TypeMem     = 5'b00000;  // MRd / MWr
  localparam logic [4:0] TypeMemLk   = 5'b00001;  // MRdLk
  localparam logic [4:0] TypeIo      = 5'b00010;  // IORd / IOWr
  localparam logic [4:0] TypeCfg0    = 5'b00100;  // CfgRd0 / CfgWr0
  localparam logic [4:0] TypeCfg1    = 5'b00101;  // CfgRd1 / CfgWr1
  localparam logic [4:0] TypeCpl     = 5'b01010;  // Cpl / CplD
  localparam logic [4:0] TypeCplLk   = 5'b01011;  // CplLk / CplDLk
  localparam logic [4:0] TypeFetchAdd = 5'b01100;
  localparam logic [4:0] TypeSwap    = 5'b01101;
  localparam logic [4:0] TypeCas     = 5'b01110;
  localparam logic [4:0] TypeDmwr    = 5'b11011;  // Deferrable Memory Write
  localparam logic [1:0] TypeMsgHi   = 2'b10;     // Msg / MsgD: Type = 10rrr

  // Completion status (completion DW1[15:13]).
  localparam logic [2:0] CplSc  = 3'b000;  // Successful Completion
  localparam logic [2:0] CplUr  = 3'b001;  // Unsupported Request
  localparam logic [2:0] CplRrs = 3'b010;  // Request Retry Status (formerly CRS)
  localparam logic [2:0] CplCa  = 3'b100;  // Completer Abort

  // End-End TLP prefix byte 0 for PASID: Fmt 100, E2E (bit 4), type 0001.
  localparam logic [7:0] PrefixPasid = 8'h91;

  // Header DW0, common to all TLPs.
  typedef struct packed {
    logic [2:0] fmt;
    logic [4:0] typ;
    logic       t9;     // Tag[9]
    logic [2:0] tc;
    logic       t8;     // Tag[8]
    logic       attr2;  // IDO
    logic       ln;
    logic       th;
    logic       td;
    logic       ep;
    logic [1:0] attr;   // [1] relaxed ordering, [0] no snoop
    logic [1:0] at;
    logic [9:0] len;    // DWs, 0 means 1024
  } tlp_dw0_t;

  // Request DW1 (memory, IO, config, DMWr).
  typedef struct packed {
    logic [15:0] req_id;
    logic [7:0]  tag;
    logic [3:0]  last_be;
    logic [3:0]  first_be;
  } tlp_req_dw1_t;

  // Completion DW1.
  typedef struct packed {
    logic [15:0] cpl_id;
    logic [2:0]  status;
    logic        bcm;
    logic [11:0] byte_count;  // 0 means 4096
  } tlp_cpl_dw1_t;

  // Completion DW2.
  typedef struct packed {
    logic [15:0] req_id;
    logic [7:0]  tag;
    logic        rsvd;
    logic [6:0]  lower_addr;
  } tlp_cpl_dw2_t;

  // Configuration request DW2.
  typedef struct packed {
    logic [15:0] target_id;  // bus[15:8] device[7:3] function[2:0]
    logic [3:0]  rsvd;
    logic [3:0]  ext_reg;
    logic [5:0]  reg_num;
    logic [1:0]  rsvd2;
  } tlp_cfg_dw2_t;

  // PASID TLP prefix (PCIe 6.20.2.1).
  typedef struct packed {
    logic [7:0]  byte0;  // 0x91
    logic        pmr;    // Privileged Mode Requested
    logic        er;     // Execute Requested
    logic [1:0]  rsvd;
    logic [19:0] pasid;
  } tlp_pasid_prfx_t;

  // One beat of the TLP stream (valid and ready travel beside it).
  typedef struct packed {
    logic [TlpDataW-1:0] data;
    logic [TlpDws-1:0]   strb;
    logic [127:0]        hdr;
    logic                prfx_vld;
    logic [31:0]         prfx;
    logic [2:0]          bar_id;
    logic                sop;
    logic                eop;
  } tlp_beat_t;

  // Packed widths of the structs above, for flat arrays of them (Yosys 0.23 misreads packed
  // arrays of structs; ports that carry several beats are flat vectors of these widths).
  localparam int unsigned TlpBeatW = TlpDataW + TlpDws + 128 + 1 + 32 + 3 + 1 + 1;

  // A completion to send (input of siov_cpl_gen). Payload of at most one beat.
  typedef struct packed {
    logic [15:0]         req_id;
    logic [9:0]          tag;
    logic [2:0]          tc;
    logic [2:0]          attr;
    logic [2:0]          status;
    logic [11:0]         byte_count;
    logic [6:0]          lower_addr;
    logic [9:0]          len_dw;   // payload DWs; 0 = Cpl without data
    logic                flr;      // this completes the write that initiated an FLR
    logic [TlpDataW-1:0] data;
  } cpl_req_t;

  localparam int unsigned CplReqW = 16 + 10 + 3 + 3 + 3 + 12 + 7 + 10 + 1 + TlpDataW;

  // A register access decoded from a memory request to one BAR (siov_mmio_tlp -> target).
  typedef struct packed {
    logic                  write;     // MWr or DMWr (else MRd)
    logic                  dmwr;      // Deferrable Memory Write: the target answers a status
    logic [31:0]           addr;      // byte offset in the BAR of the first DW (bits 1:0 zero)
    logic [$clog2(TlpDws):0] len_dw;  // DWs, 1 .. TlpDws
    logic [TlpDws*4-1:0]   be;        // byte enables, lane-aligned with wdata / rdata
    logic [TlpDataW-1:0]   wdata;
    logic                  prfx_vld;  // the request carried a PASID prefix
    logic [31:0]           prfx;
    logic [15:0]           req_id;
  } mmio_req_t;

  // Register write with byte enables: bytes enabled in `be` and bits set in `wmask` take `wdata`.
  function automatic logic [31:0] be_merge(input logic [31:0] old, input logic [31:0] wdata,
                                           input logic [3:0] be, input logic [31:0] wmask);
    logic [31:0] m;
    m = {{8{be[3]}}, {8{be[2]}}, {8{be[1]}}, {8{be[0]}}} & wmask;
    be_merge = (old & ~m) | (wdata & m);
  endfunction

  // Write-1-to-clear with byte enables.
  function automatic logic [31:0] be_w1c(input logic [31:0] old, input logic [31:0] wdata,
                                         input logic [3:0] be);
    be_w1c = old & ~(wdata & {{8{be[3]}}, {8{be[2]}}, {8{be[1]}}, {8{be[0]}}});
  endfunction

  // DW span of a memory request of `size` bytes (1..4096) starting at byte `addr_lo` of a DW:
  // {Length in DWs [18:8], Last BE [7:4], First BE [3:0]} (PCIe 2.2.5: a 1-DW request has its
  // byte enables in First BE and Last BE 0).
  function automatic logic [18:0] req_span(input logic [1:0] addr_lo, input logic [12:0] size);
    logic [10:0] len;
    logic [1:0]  end_off;
    logic [3:0]  fbe;
    logic [3:0]  lbe;
    len     = 11'(({11'h0, addr_lo} + size + 13'd3) >> 2);
    end_off = 2'(addr_lo + size[1:0] - 2'd1);
    fbe     = 4'hf << addr_lo;
    lbe     = 4'hf >> (2'd3 - end_off);
    if (len == 11'd1) begin
      fbe = fbe & lbe;
      lbe = 4'h0;
    end
    req_span = {len, lbe, fbe};
  endfunction

  // Build a PASID prefix DW.
  function automatic logic [31:0] pasid_prefix(input logic [19:0] pasid, input logic pmr,
                                               input logic er);
    pasid_prefix = {PrefixPasid, pmr, er, 2'b00, pasid};
  endfunction

  // Build a completion header (3 DW, DW3 zero). `tag` is the 10-bit tag.
  function automatic logic [127:0] cpl_hdr(input logic        with_data,
                                           input logic [9:0]  len_dw,
                                           input logic [15:0] cpl_id,
                                           input logic [2:0]  status,
                                           input logic [11:0] byte_count,
                                           input logic [15:0] req_id,
                                           input logic [9:0]  tag,
                                           input logic [6:0]  lower_addr,
                                           input logic [2:0]  tc,
                                           input logic [2:0]  attr);
    logic [31:0] dw0;
    dw0 = {(with_data ? FmtData3Dw : FmtNoData3Dw), TypeCpl, tag[9], tc, tag[8], attr[2],
           1'b0, 1'b0, 1'b0, 1'b0, attr[1:0], 2'b00, (with_data ? len_dw : 10'd0)};
    cpl_hdr = {dw0, cpl_id, status, 1'b0, byte_count, req_id, tag[7:0], 1'b0, lower_addr,
               32'h0};
  endfunction

  // Build a memory request header: MRd (with_data = 0) or MWr (with_data = 1). 4-DW form only
  // when the address needs it (PCIe: addresses below 4 GiB must use the 3-DW form).
  function automatic logic [127:0] mem_hdr(input logic        with_data,
                                           input logic [63:2] addr,
                                           input logic [9:0]  len_dw,
                                           input logic [15:0] req_id,
                                           input logic [9:0]  tag,
                                           input logic [3:0]  first_be,
                                           input logic [3:0]  last_be,
                                           input logic [2:0]  attr);
    logic [2:0]  fmt;
    logic [31:0] dw0;
    logic [31:0] dw1;
    if (addr[63:32] != 32'h0) begin
      fmt = with_data ? FmtData4Dw : FmtNoData4Dw;
    end else begin
      fmt = with_data ? FmtData3Dw : FmtNoData3Dw;
    end
    dw0 = {fmt, TypeMem, tag[9], 3'b000, tag[8], attr[2], 1'b0, 1'b0, 1'b0, 1'b0, attr[1:0],
           2'b00, len_dw};
    dw1 = {req_id, tag[7:0], last_be, first_be};
    if (addr[63:32] != 32'h0) begin
      mem_hdr = {dw0, dw1, addr[63:32], addr[31:2], 2'b00};
    end else begin
      mem_hdr = {dw0, dw1, addr[31:2], 2'b00, 32'h0};
    end
  endfunction

  // Address of a memory request header (3-DW or 4-DW by Fmt[0]). Only Fmt[0] and the address
  // DWs are read.
  /* verilator lint_off UNUSEDSIGNAL */
  function automatic logic [63:0] hdr_addr(input logic [127:0] hdr);
    if (hdr[125]) begin
      hdr_addr = {hdr[63:32], hdr[31:2], 2'b00};
    end else begin
      hdr_addr = {32'h0, hdr[63:34], 2'b00};
    end
  endfunction
  /* verilator lint_on UNUSEDSIGNAL */

  // Byte length of a request from its DW length and byte enables (PCIe 2.2.5). Last BE[0] does
  // not change the length of a request whose Last BE is legal (non-zero).
  /* verilator lint_off UNUSEDSIGNAL */
  function automatic logic [12:0] req_byte_len(input logic [9:0] len_dw,
                                               input logic [3:0] first_be,
                                               input logic [3:0] last_be);
    logic [12:0] dws;
    logic [2:0]  lead;   // disabled bytes before the first enabled byte
    logic [2:0]  trail;  // disabled bytes after the last enabled byte
    dws = (len_dw == 10'd0) ? 13'd1024 : {3'b000, len_dw};
    lead = first_be[0] ? 3'd0 : first_be[1] ? 3'd1 : first_be[2] ? 3'd2 : 3'd3;
    if (dws == 13'd1) begin
      trail = first_be[3] ? 3'd0 : first_be[2] ? 3'd1 : first_be[1] ? 3'd2 : 3'd3;
      req_byte_len = (first_be == 4'h0) ? 13'd1 : 13'd4 - {10'd0, lead} - {10'd0, trail};
    end else begin
      trail = last_be[3] ? 3'd0 : last_be[2] ? 3'd1 : last_be[1] ? 3'd2 : 3'd3;
      req_byte_len = (dws << 2) - {10'd0, lead} - {10'd0, trail};
    end
  endfunction
  /* verilator lint_on UNUSEDSIGNAL */

  // Lower address (bits 6:0 of the first enabled byte) for a memory read completion.
  function automatic logic [6:0] req_lower_addr(input logic [6:2] addr,
                                                input logic [3:0] first_be);
    logic [1:0] lead;
    lead = first_be[0] ? 2'd0 : first_be[1] ? 2'd1 : first_be[2] ? 2'd2 :
           first_be[3] ? 2'd3 : 2'd0;
    req_lower_addr = {addr[6:2], lead};
  endfunction

endpackage
