import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An OpenAI-compatible `/v1/embeddings` server for tests, answering from a function of the text. */
export interface StandInEmbeddings {
  /** Base URL to configure (`…/v1`). */
  url: string;
  /** Every request received, in order. */
  requests: { model: string; input: string[]; authorization: string | undefined }[];
  /** Stops listening and drops open connections; calling it again does nothing. */
  close(): Promise<void>;
}

/** Starts a stand-in embeddings endpoint on a free loopback port. */
export async function startStandInEmbeddings(vectorOf: (text: string) => number[]): Promise<StandInEmbeddings> {
  const requests: StandInEmbeddings['requests'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const { model, input } = JSON.parse(body) as { model: string; input: string[] };
      requests.push({ model, input, authorization: request.headers.authorization });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: input.map((text, index) => ({ index, embedding: vectorOf(text) })) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  let closed: Promise<void> | undefined;
  return {
    url,
    requests,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
