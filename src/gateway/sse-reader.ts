/**
 * Reads a Server-Sent Events body and yields each event's `data` (multi-line data joined by
 * `\n`), as OpenAI-compatible streaming sends it. Comments and other fields are skipped.
 */
export async function* readSseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // Lines end in LF or CRLF (a lone CR is not treated as an end: it may be half of a CRLF).
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, buffer[newline - 1] === '\r' ? newline - 1 : newline);
        buffer = buffer.slice(newline + 1);
        if (line === '') {
          if (data.length) yield data.join('\n');
          data = [];
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
        }
        newline = buffer.indexOf('\n');
      }
      if (done) break;
    }
    if (buffer.startsWith('data:')) data.push(buffer.slice(buffer.startsWith('data: ') ? 6 : 5));
    if (data.length) yield data.join('\n');
  } finally {
    reader.releaseLock();
  }
}
