/** Whether this machine stores a 64-bit number's low half first (every platform Node supports but s390x). */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Sorts the positions 0 … count − 1 by `keyOf(position)`, ties by position, and calls
 * `visit(rank, position)` in sorted order. Each key is packed with its position into one
 * unsigned 64-bit number and a BigUint64Array is sorted natively, in place: 8 bytes per
 * position, where sorting an index array with a comparator copies it onto the heap twice
 * (about 40 MB more at the dataset rules' peak at 4 M records).
 *
 * Keys are integers in [0, keyLimit). Returns false, having visited nothing, when a key and
 * a position do not fit in 64 bits together, a key is out of range, or on a big-endian
 * machine: the caller then sorts with a comparator.
 */
export function sortByPackedKey(count: number, keyLimit: number, keyOf: (position: number) => number, visit: (rank: number, position: number) => void): boolean {
  const positionBits = count <= 1 ? 0 : 32 - Math.clz32(count - 1);
  if (!littleEndian || !(keyLimit <= 2 ** (64 - positionBits)) || !(keyLimit <= Number.MAX_SAFE_INTEGER + 1)) return false;
  const packed = new BigUint64Array(count);
  const halves = new Uint32Array(packed.buffer);
  const positionScale = 2 ** positionBits;
  // The key's low bits share the low half with the position.
  const lowKeyScale = 2 ** (32 - positionBits);
  for (let position = 0; position < count; position++) {
    const key = keyOf(position);
    if (!(key >= 0 && key < keyLimit)) return false;
    const high = Math.floor(key / lowKeyScale);
    halves[2 * position] = (key - high * lowKeyScale) * positionScale + position;
    halves[2 * position + 1] = high;
  }
  packed.sort();
  const positionMask = positionScale - 1;
  for (let rank = 0; rank < count; rank++) visit(rank, halves[2 * rank]! & positionMask);
  return true;
}

/**
 * Sorts the positions 0 … count − 1 by `keyOf(position)`, ties by position, and calls
 * `visit(rank, position)` in sorted order: natively on packed keys when they fit
 * (`sortByPackedKey`), else by a comparator over the keys kept in a Float64Array (a
 * dataset past about 17 M rows, or a big-endian machine). Returns false, having visited
 * nothing, only when keys can be inexact (`keyLimit` above 2^53): the caller then compares
 * the fields the key packs.
 */
export function sortByKey(count: number, keyLimit: number, keyOf: (position: number) => number, visit: (rank: number, position: number) => void): boolean {
  if (!(keyLimit <= Number.MAX_SAFE_INTEGER + 1)) return false;
  if (sortByPackedKey(count, keyLimit, keyOf, visit)) return true;
  const keys = new Float64Array(count);
  for (let position = 0; position < count; position++) keys[position] = keyOf(position);
  const positions = new Int32Array(count);
  for (let position = 0; position < count; position++) positions[position] = position;
  positions.sort((a, b) => keys[a]! - keys[b]! || a - b);
  for (let rank = 0; rank < count; rank++) visit(rank, positions[rank]!);
  return true;
}
