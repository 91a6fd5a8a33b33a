/**
 * QuickXorHash, as SharePoint reports it in `file.hashes.quickXorHash` (the only hash it gives).
 * The emulator imports nothing from src/, so it has its own copy of the algorithm; the store's
 * tests check the two against Microsoft's published vectors.
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
