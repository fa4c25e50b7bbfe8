// siov_crc_pkg: the CRCs of the data-mover operations, as combinational step functions.
//
// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) for CRC Generation and Copy with CRC,
// kept in the reflected ("LSB first") register form; CRC-16/T10-DIF (polynomial 0x8BB7, MSB
// first, not reflected) for the DIF guard. Each function advances the register over a number of
// whole bytes of a beat (byte 0 in bits 7:0); the loops unroll into XOR networks. The engines
// use the 64-byte steps for full beats and the 8-byte / 1-byte steps for the tail of an
// operation. `refl_in` = 0 feeds each byte LSB first (the usual reflected CRC); 1 feeds it MSB
// first (DSA "bypass data reflection").
package siov_crc_pkg;

  localparam logic [31:0] Crc32cPoly = 32'h82f6_3b78;   // reflected 0x1EDC6F41
  localparam logic [15:0] Crc16Poly  = 16'h8bb7;        // T10-DIF

  function automatic logic [31:0] crc32c_64(input logic [31:0] c, input logic [511:0] d,
                                            input logic msb_first);
    logic [31:0] r;
    r = c;
    for (int i = 0; i < 512; i++) begin
      logic b;
      b = msb_first ? d[(i / 8) * 8 + 7 - (i % 8)] : d[i];
      r = (r >> 1) ^ ((r[0] ^ b) ? Crc32cPoly : 32'h0);
    end
    crc32c_64 = r;
  endfunction

  function automatic logic [31:0] crc32c_8(input logic [31:0] c, input logic [63:0] d,
                                           input logic msb_first);
    logic [31:0] r;
    r = c;
    for (int i = 0; i < 64; i++) begin
      logic b;
      b = msb_first ? d[(i / 8) * 8 + 7 - (i % 8)] : d[i];
      r = (r >> 1) ^ ((r[0] ^ b) ? Crc32cPoly : 32'h0);
    end
    crc32c_8 = r;
  endfunction

  function automatic logic [31:0] crc32c_1(input logic [31:0] c, input logic [7:0] d,
                                           input logic msb_first);
    logic [31:0] r;
    r = c;
    for (int i = 0; i < 8; i++) begin
      logic b;
      b = msb_first ? d[7 - i] : d[i];
      r = (r >> 1) ^ ((r[0] ^ b) ? Crc32cPoly : 32'h0);
    end
    crc32c_1 = r;
  endfunction

  function automatic logic [15:0] crc16_64(input logic [15:0] c, input logic [511:0] d);
    logic [15:0] r;
    r = c;
    for (int i = 0; i < 512; i++) begin
      logic b;
      b = d[(i / 8) * 8 + 7 - (i % 8)];
      r = {r[14:0], 1'b0} ^ ((r[15] ^ b) ? Crc16Poly : 16'h0);
    end
    crc16_64 = r;
  endfunction

  function automatic logic [15:0] crc16_8(input logic [15:0] c, input logic [63:0] d);
    logic [15:0] r;
    r = c;
    for (int i = 0; i < 64; i++) begin
      logic b;
      b = d[(i / 8) * 8 + 7 - (i % 8)];
      r = {r[14:0], 1'b0} ^ ((r[15] ^ b) ? Crc16Poly : 16'h0);
    end
    crc16_8 = r;
  endfunction

  function automatic logic [31:0] bitrev32(input logic [31:0] v);
    for (int i = 0; i < 32; i++) bitrev32[i] = v[31 - i];
  endfunction

endpackage
