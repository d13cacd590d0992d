import type { SwaggerTransformObject } from '@fastify/swagger';
import { z } from 'zod';
import { openAiErrorSchema } from './openai-error.ts';
import { problemSchema } from './schemas.ts';

type Responses = Record<string, { description?: string; content?: Record<string, unknown> }>;
type Paths = Record<string, Record<string, { responses?: Responses }>>;

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const OPENAI_ERROR_REF = { $ref: '#/components/schemas/OpenAIError' };
const problemContent = () => ({ 'application/problem+json': { schema: PROBLEM_REF } });
const openAiErrorContent = () => ({ 'application/json': { schema: OPENAI_ERROR_REF } });

/**
 * `@fastify/swagger`'s `transformObject`: every error response of every operation is documented
 * as `application/problem+json` with the one shared `Problem` schema (what `sendProblem` sends),
 * and an operation that lists none gets `4XX` and `5XX` entries, since any route can answer a bad
 * request, a missing route or an internal error that way. Operations under `/v1` answer errors in
 * OpenAI's shape instead (`OpenAIError`, src/api/openai-error.ts), so theirs are documented so.
 */
export const documentProblems: SwaggerTransformObject = (document) => {
  if (!('openapiObject' in document)) return document.swaggerObject;
  const openapi = document.openapiObject as {
    paths?: Paths;
    components?: { schemas?: Record<string, unknown> };
  };
  const { $schema: _dialect, ...problem } = z.toJSONSchema(problemSchema) as Record<string, unknown>;
  const { $schema: _same, ...openAiError } = z.toJSONSchema(openAiErrorSchema) as Record<string, unknown>;
  openapi.components = {
    ...openapi.components,
    schemas: { ...openapi.components?.schemas, Problem: problem, OpenAIError: openAiError },
  };
  for (const [path, methods] of Object.entries(openapi.paths ?? {})) {
    const openAi = /^\/v1\//.test(path);
    const content = openAi ? openAiErrorContent : problemContent;
    const what = openAi ? 'An error in OpenAI’s shape' : 'A problem (RFC 9457)';
    for (const operation of Object.values(methods)) {
      const responses: Responses = operation.responses ?? {};
      operation.responses = responses;
      for (const [status, response] of Object.entries(responses)) {
        if (isError(status)) responses[status] = { ...response, content: content() };
      }
      if (!Object.keys(responses).some((status) => status.startsWith('4'))) {
        responses['4XX'] = { description: `${what} naming the field and reason`, content: content() };
      }
      if (!Object.keys(responses).some((status) => status.startsWith('5'))) {
        responses['5XX'] = { description: `${what} for an internal or upstream failure`, content: content() };
      }
    }
  }
  return document.openapiObject;
};

const isError = (status: string) => status === 'default' || /^[45]/.test(status);
