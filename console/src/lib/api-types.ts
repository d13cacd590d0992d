import type { paths } from './api-schema';

type Success<Op> = Op extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : R extends { 202: { content: { 'application/json': infer T } } }
        ? T
        : never
  : never;

/**
 * The JSON a route answers on success, read from the generated types: pages name server shapes
 * without restating them.
 *
 * @example type Bot = ApiResponse<'/api/v1/bots/{botId}', 'get'>;
 */
export type ApiResponse<P extends keyof paths, M extends keyof paths[P]> = Success<paths[P][M]>;

/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
