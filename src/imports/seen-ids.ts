/**
 * The ids already read from this file, with the line of each one's first occurrence. A
 * million ids in a Map cost about 60 MB; this open-addressing table keeps the ids' UTF-8
 * bytes in one growing buffer and three numbers an id in typed arrays: ~20 bytes an id,
 * the only part of an import's memory that grows with the file.
 */
export class SeenIds {
  private arena = Buffer.alloc(64 * 1024);
  private arenaUsed = 0;
  /** Per entry: where its bytes start (they end where the next entry's start), its hash and line. */
  private starts = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private lines = new Int32Array(1024);
  private count = 0;
  /** Entry index + 1 per slot; 0 = empty. Kept at most half full. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.count;
  }

  /** The first line of id when it was seen before; otherwise records it at line and returns undefined. */
  firstLine(id: string, line: number): number | undefined {
    const hash = fnv1a(id);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      if (this.hashes[entry - 1] === hash && this.bytesOf(entry - 1).toString('utf8') === id) return this.lines[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.add(id, hash, line);
    this.slots[slot] = this.count;
    if (this.count * 2 > this.slots.length) this.rehash();
    return undefined;
  }

  private bytesOf(entry: number): Buffer {
    const start = this.starts[entry] ?? 0;
    const end = entry + 1 < this.count ? (this.starts[entry + 1] ?? 0) : this.arenaUsed;
    return this.arena.subarray(start, end);
  }

  private add(id: string, hash: number, line: number): void {
    const length = Buffer.byteLength(id, 'utf8');
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.hashes = grow(this.hashes);
      this.lines = grow(this.lines);
    }
    if (this.arenaUsed + length > this.arena.length) {
      const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.arenaUsed + length));
      this.arena.copy(bigger, 0, 0, this.arenaUsed);
      this.arena = bigger;
    }
    this.arena.write(id, this.arenaUsed, 'utf8');
    this.starts[this.count] = this.arenaUsed;
    this.hashes[this.count] = hash;
    this.lines[this.count] = line;
    this.arenaUsed += length;
    this.count++;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = (this.hashes[entry] ?? 0) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** 32-bit FNV-1a over UTF-16 code units: fast, and spread well enough for probing (equal hashes are compared in full). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // FNV's low bits (the slot) depend only on the input's low bits: mix the high bits down (murmur3's finaliser).
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
