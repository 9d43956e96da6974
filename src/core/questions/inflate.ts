/**
 * Raw DEFLATE (RFC 1951) decompression, small and synchronous: the built-in questions ship
 * compressed in main.js (see `esbuild.config.mjs`), and phones have no zlib to call. It reads what
 * any deflate writer writes: stored, fixed and dynamic Huffman blocks.
 */

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Code {
  readonly counts: readonly number[];
  readonly symbols: readonly number[];
}

function codeOf(lengths: readonly number[]): Code {
  const counts = new Array<number>(16).fill(0);
  for (const length of lengths) counts[length] = (counts[length] ?? 0) + 1;
  counts[0] = 0;
  const offsets = [0, 0];
  for (let length = 1; length < 15; length++) offsets[length + 1] = (offsets[length] ?? 0) + (counts[length] ?? 0);
  const symbols: number[] = [];
  lengths.forEach((length, symbol) => {
    if (length === 0) return;
    const slot = offsets[length] ?? 0;
    symbols[slot] = symbol;
    offsets[length] = slot + 1;
  });
  return { counts, symbols };
}

/** Base values and extra bits of the length (257–285) and distance (0–29) codes. */
function bases(first: number, steps: number, count: number): { readonly base: number[]; readonly extra: number[] } {
  const base: number[] = [];
  const extra: number[] = [];
  for (let i = 0, value = first; i < count; i++) {
    const bits = Math.max(0, Math.floor(i / steps) - 1);
    base.push(value);
    extra.push(bits);
    value += 1 << bits;
  }
  return { base, extra };
}

const LENGTHS = bases(3, 4, 29);
// Length code 285 is 258 with no extra bits, where the pattern would give 5 bits from 227.
LENGTHS.base[28] = 258;
LENGTHS.extra[28] = 0;
const DISTANCES = bases(1, 2, 30);
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

export function inflate(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let at = 0;
  let buffer = 0;
  let held = 0;
  const bits = (n: number): number => {
    while (held < n) {
      if (at >= data.length) throw new Error('the compressed data ends too soon');
      buffer |= (data[at++] ?? 0) << held;
      held += 8;
    }
    const value = buffer & ((1 << n) - 1);
    buffer >>>= n;
    held -= n;
    return value;
  };
  const decode = ({ counts, symbols }: Code): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++) {
      code |= bits(1);
      const count = counts[length] ?? 0;
      if (code - first < count) return symbols[index + code - first] ?? 0;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Error('the compressed data has a code no table holds');
  };
  let last = 0;
  while (!last) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      buffer = 0;
      held = 0;
      const length = (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
      at += 4;
      for (let i = 0; i < length; i++) out.push(data[at++] ?? 0);
      continue;
    }
    let literals: Code;
    let distances: Code;
    if (type === 1) {
      literals = codeOf(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
      distances = codeOf(new Array<number>(30).fill(5));
    } else if (type === 2) {
      const literalCount = bits(5) + 257;
      const distanceCount = bits(5) + 1;
      const lengthCount = bits(4) + 4;
      const codeLengths = new Array<number>(19).fill(0);
      for (let i = 0; i < lengthCount; i++) codeLengths[ORDER[i] ?? 0] = bits(3);
      const lengthCode = codeOf(codeLengths);
      const lengths: number[] = [];
      while (lengths.length < literalCount + distanceCount) {
        const symbol = decode(lengthCode);
        if (symbol < 16) lengths.push(symbol);
        else {
          const [repeat, value] = symbol === 16 ? [3 + bits(2), lengths[lengths.length - 1] ?? 0] : symbol === 17 ? [3 + bits(3), 0] : [11 + bits(7), 0];
          for (let i = 0; i < repeat; i++) lengths.push(value);
        }
      }
      literals = codeOf(lengths.slice(0, literalCount));
      distances = codeOf(lengths.slice(literalCount));
    } else throw new Error('the compressed data has a block of an unknown type');
    for (let symbol = decode(literals); symbol !== 256; symbol = decode(literals)) {
      if (symbol < 256) {
        out.push(symbol);
        continue;
      }
      const code = symbol - 257;
      const length = (LENGTHS.base[code] ?? 0) + bits(LENGTHS.extra[code] ?? 0);
      const where = decode(distances);
      const distance = (DISTANCES.base[where] ?? 0) + bits(DISTANCES.extra[where] ?? 0);
      if (distance > out.length) throw new Error('the compressed data points before its start');
      for (let i = 0; i < length; i++) out.push(out[out.length - distance] ?? 0);
    }
  }
  return Uint8Array.from(out);
}

/** Text compressed by the build: base64 of raw DEFLATE of UTF-8. */
export function inflatedText(base64: string): string {
  return new TextDecoder().decode(inflate(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))));
}
