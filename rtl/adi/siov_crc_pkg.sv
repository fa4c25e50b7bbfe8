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

  // One bit into each register; everything below is these steps over bytes.
  function automatic logic [31:0] crc32c_bit(input logic [31:0] r, input logic b);
    crc32c_bit = (r >> 1) ^ ((r[0] ^ b) ? Crc32cPoly : 32'h0);
  endfunction

  function automatic logic [15:0] crc16_bit(input logic [15:0] r, input logic b);
    crc16_bit = {r[14:0], 1'b0} ^ ((r[15] ^ b) ? Crc16Poly : 16'h0);
  endfunction

  // One byte: CRC-32C LSB first unless msb_first; CRC-16/T10 always MSB first.
  function automatic logic [31:0] crc32c_1(input logic [31:0] c, input logic [7:0] d,
                                           input logic msb_first);
    crc32c_1 = c;
    for (int i = 0; i < 8; i++) begin
      crc32c_1 = crc32c_bit(crc32c_1, msb_first ? d[7 - i] : d[i]);
    end
  endfunction

  function automatic logic [15:0] crc16_1(input logic [15:0] c, input logic [7:0] d);
    crc16_1 = c;
    for (int i = 0; i < 8; i++) begin
      crc16_1 = crc16_bit(crc16_1, d[7 - i]);
    end
  endfunction

  // 8 and 64 bytes (byte 0 first).
  function automatic logic [31:0] crc32c_8(input logic [31:0] c, input logic [63:0] d,
                                           input logic msb_first);
    crc32c_8 = c;
    for (int k = 0; k < 8; k++) begin
      crc32c_8 = crc32c_1(crc32c_8, d[8*k +: 8], msb_first);
    end
  endfunction

  function automatic logic [31:0] crc32c_64(input logic [31:0] c, input logic [511:0] d,
                                            input logic msb_first);
    crc32c_64 = c;
    for (int k = 0; k < 64; k++) begin
      crc32c_64 = crc32c_1(crc32c_64, d[8*k +: 8], msb_first);
    end
  endfunction

  function automatic logic [15:0] crc16_8(input logic [15:0] c, input logic [63:0] d);
    crc16_8 = c;
    for (int k = 0; k < 8; k++) begin
      crc16_8 = crc16_1(crc16_8, d[8*k +: 8]);
    end
  endfunction

  function automatic logic [15:0] crc16_64(input logic [15:0] c, input logic [511:0] d);
    crc16_64 = c;
    for (int k = 0; k < 64; k++) begin
      crc16_64 = crc16_1(crc16_64, d[8*k +: 8]);
    end
  endfunction

  function automatic logic [31:0] bitrev32(input logic [31:0] v);
    for (int i = 0; i < 32; i++) bitrev32[i] = v[31 - i];
  endfunction

endpackage
