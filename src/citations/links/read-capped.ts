/** The start of a response body, and whether more was left unread. */
export interface CappedBody {
  bytes: Uint8Array;
  truncated: boolean;
}

/**
 * Reads at most `maxBytes` of a body, then cancels the rest: a 15 MB page or an endless
 * stream costs us `maxBytes` of memory. A body cut off by the deadline keeps what arrived.
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<CappedBody> {
  if (!body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - size;
      chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
      size += Math.min(value.byteLength, room);
      if (value.byteLength >= room) {
        truncated = value.byteLength > room || !(await isAtEnd(reader));
        break;
      }
    }
  } catch {
    truncated = true;
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, truncated };
}

async function isAtEnd(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<boolean> {
  const next = await reader.read();
  return next.done === true;
}

/** Drops a body we do not need, so its connection can be reused or closed. */
export function discard(body: ReadableStream<Uint8Array> | null): void {
  body?.cancel().catch(() => undefined);
}
