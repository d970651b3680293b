/**
 * A 32-bit FNV-1a hash of a name with surrounding white space removed: enough to tell
 * whether two person records spell a name alike without keeping names in the index
 * (personal data, and memory). A collision can only hide a conflict, never invent one.
 */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5 | 0;
  const text = name.trim();
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
