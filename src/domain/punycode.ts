/**
 * Punycode (RFC 3492): how an internationalised domain label such as "bücher" is written in
 * ASCII ("xn--bcher-kva") for DNS. Only encoding is needed: addresses keep their domain in this
 * ASCII form (see address.ts), so "bücher.example" and "xn--bcher-kva.example" are one domain.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(value: number): string {
  // 0–25 are "a"–"z", 26–35 are "0"–"9".
  return String.fromCharCode(value < 26 ? 97 + value : 22 + value);
}

/** The Punycode of one label (without the "xn--" prefix): "bücher" → "bcher-kva". */
export function punycodeEncode(label: string): string {
  const points = Array.from(label, (ch) => ch.codePointAt(0) ?? 0);
  let output = points
    .filter((p) => p < 0x80)
    .map((p) => String.fromCodePoint(p))
    .join("");
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += "-";
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    const next = Math.min(...points.filter((p) => p >= n));
    delta += (next - n) * (handled + 1);
    n = next;
    for (const p of points) {
      if (p < n) delta += 1;
      if (p !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digit(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled += 1;
    }
    delta += 1;
    n += 1;
  }
  return output;
}
