/**
 * QuickXorHash, the only content hash SharePoint gives a file (`file.hashes.quickXorHash`), so
 * a store that meets "name already exists" can tell its own earlier upload from another file.
 * Microsoft's algorithm (OneDrive docs, "QuickXorHash"): each byte is XORed into a 160-bit
 * circular register at a position 11 bits further on than the byte before; the length (64-bit,
 * little-endian) is XORed into the last 8 bytes; the 20 bytes are Base64.
 */
const WIDTH_BYTES = 20;
const SHIFT = 11;
const WIDTH_BITS = WIDTH_BYTES * 8;

export function quickXorHash(content: Uint8Array): string {
  const state = new Uint8Array(WIDTH_BYTES);
  let bit = 0;
  for (const value of content) {
    const index = bit >> 3;
    const offset = bit & 7;
    state[index] = (state[index] ?? 0) ^ ((value << offset) & 0xff);
    if (offset > 0) {
      const next = (index + 1) % WIDTH_BYTES;
      state[next] = (state[next] ?? 0) ^ (value >> (8 - offset));
    }
    bit = (bit + SHIFT) % WIDTH_BITS;
  }
  let length = BigInt(content.length);
  for (let i = WIDTH_BYTES - 8; i < WIDTH_BYTES; i += 1) {
    state[i] = (state[i] ?? 0) ^ Number(length & 0xffn);
    length >>= 8n;
  }
  let binary = "";
  for (const b of state) binary += String.fromCharCode(b);
  return btoa(binary);
}
