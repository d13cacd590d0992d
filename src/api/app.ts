import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AnchorPaths } from '../audit/index.ts';
import { consentedSources, startBomSweep, startGovernanceSweep } from '../governance/index.ts';
import { AppError, type Config, fastifyTrustProxy, maskString } from '../core/index.ts';
import { ChatCaches, type ConversationDeps, startContactPurge, TurnLog } from '../chat/index.ts';
import { JobWorker } from '../jobs/index.ts';
import { registerAssistantJobs, startAssistantRetention } from '../assistant/index.ts';
import {
  type DenseRetrieval,
  KnowledgeIndex,
  registerCatalogueRefresh,
  registerImportJobs,
  startCatalogueRefresh,
} from '../knowledge/index.ts';
import { registerEvaluationJobs, startEvaluationSchedule } from '../governance/index.ts';
import { CatalogueIndex, goLiveCheck } from '../governance/index.ts';
import { createEmbeddingsClient } from '../retrieval/index.ts';
import type { Store } from '../store/index.ts';
import { registerWeb } from '../web/index.ts';
import { AuthFailureLimiter } from './auth-failure-limiter.ts';
import { registerAuthentication } from './authenticate-request.ts';
import { CorsPolicy } from './cors-policy.ts';
import { sendNotFound, sendProblem } from './problem.ts';
import { documentProblems } from './openapi-problems.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { assistantMinutesRoutes } from './routes/assistant-minutes.ts';
import { assistantModelRoutes } from './routes/assistant-models.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { governanceApplicationRoutes } from './routes/governance-applications.ts';
import { governanceGateRoutes } from './routes/governance-gate.ts';
import { dataGovernanceRoutes } from './routes/data-governance.ts';
import { governanceBomRoutes } from './routes/governance-bom.ts';
import { governanceReportRoutes } from './routes/governance-report.ts';
import { governanceReviewRoutes } from './routes/governance-reviews.ts';
import { auditRoutes } from './routes/audit.ts';
import { departmentRoutes } from './routes/departments.ts';
import { gatewayRoutes } from './routes/gateway.ts';
import { guardRoutes } from './routes/guard.ts';
import { botRoutes } from './routes/bots.ts';
import { citizenChatRoutes } from './routes/citizen-chat.ts';
import { handoffCaseRoutes } from './routes/handoff-cases.ts';
import { jobRoutes } from './routes/jobs.ts';
import { governanceIncidentRoutes } from './routes/governance-incidents.ts';
import { transparencyRoutes } from './routes/transparency.ts';
import { startGuardWatch } from '../governance/index.ts';
import { assistantDraftRoutes } from './routes/assistant-drafts.ts';
import { openAiCompatibleRoutes } from './routes/openai-compatible.ts';
import { openAiModelRoutes } from './routes/openai-models.ts';
import { openAiResponsesRoutes } from './routes/openai-responses.ts';
import { publicRateLimit } from './public-rate-limit.ts';
import { refuseUnstorableText } from './refuse-unstorable-text.ts';
import { oidcRoutes } from './routes/oidc.ts';
import { sessionRoutes } from './routes/session.ts';
import { governanceAssessmentRoutes } from './routes/governance-assessments.ts';
import { sessionPolicy } from './session-cookie.ts';
import { assistantRoutes } from './routes/assistant.ts';
import { assistantExportRoutes } from './routes/assistant-export.ts';
import { assistantTranslateRoutes } from './routes/assistant-translate.ts';
import { knowledgeRoutes } from './routes/knowledge.ts';
import { healthRoutes } from './routes/health.ts';
import { keyRoutes } from './routes/keys.ts';
import { meRoutes } from './routes/me.ts';
import { userRoutes } from './routes/users.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The node's in-memory services, for the CLI and tests. */
    lionrock: { knowledgeIndex: KnowledgeIndex; jobWorker: JobWorker; conversation: ConversationDeps };
  }
}

export interface AppOptions {
  store: Store;
  config: Config;
  /** pino options, or false for no logging (tests). */
  logger?: FastifyServerOptions['logger'];
  /** The audit anchor this node checkpoints to (`lionrock serve`), checked by GET /api/v1/audit/verify. */
  anchor?: AnchorPaths;
}

const VERSION = '0.1.0';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Log fields that may hold secrets or personal data: pino replaces them with [redacted]. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'headers.authorization',
  '*.key',
  '*.apiKey',
  '*.adminKey',
  '*.password',
  '*.email',
];

/**
 * Builds the HTTP API (not listening). Tests call `app.inject()` on it; `lionrock serve` listens.
 *
 * @example const app = await buildApp({ store, config, logger: false }); await app.ready();
 */
export async function buildApp({ store, config, logger = false, anchor }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      logger === false
        ? false
        : {
            ...(typeof logger === 'object' ? logger : {}),
            redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
            serializers: { req: serializeRequest },
          },
    bodyLimit: config.bodyLimit,
    // request.ip is the real client behind the configured proxies (failed-key and public limits).
    trustProxy: fastifyTrustProxy(config.trustProxy),
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: false } },
    routerOptions: { maxParamLength: 200 },
    // Malformed URLs and over-long path parameters are refused by the router itself: as problems too.
    frameworkErrors: (error, request, reply) => sendProblem(request, reply, error),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every body is JSON (or a multipart upload): fastify's default text/plain parser would hand a
  // string to a JSON schema (a confusing 400); without it such a body is a 415 naming the header.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));
  app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
  refuseUnstorableText(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const cors = new CorsPolicy(store.db);
  await cors.start();
  app.addHook('onClose', async () => cors.stop());

  const knowledgeIndex = new KnowledgeIndex(store.db, denseRetrieval(config));
  await knowledgeIndex.start();
  if (config.embeddingsUrl)
    app.log.info({ url: config.embeddingsUrl, model: config.embeddingsModel }, 'knowledge search: hybrid (embeddings)');
  const jobWorker = new JobWorker(store.db);
  registerImportJobs(jobWorker, store.db, {
    allowPrivate: config.allowPrivateUrls,
    allowHosts: config.urlAllowHosts,
  });
  // Open-data catalogues re-imported daily (issue #18): one import job per catalogue source.
  registerCatalogueRefresh(jobWorker, store.db);
  const catalogueRefresh = config.runJobs
    ? startCatalogueRefresh(store.db, (error) => app.log.error({ err: error }, 'catalogue refresh failed'))
    : null;
  if (config.runJobs) jobWorker.start();
  app.addHook('onClose', async () => {
    catalogueRefresh?.stop();
    knowledgeIndex.stop();
    await jobWorker.stop();
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Self-hosted installs are often plain HTTP on a LAN: upgrading would break /docs there.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && cors.allowedAnywhere(origin)),
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'accept-language', 'x-csrf-token'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  // Console sessions (issue 15) ride on the lr_session cookie, read before authentication.
  await app.register(fastifyCookie);
  const limiter = new AuthFailureLimiter(config.authFailureLimit, config.authFailureWindowSeconds * 1000);
  const policy = sessionPolicy(config);
  const authentication = registerAuthentication(app, store.db, limiter, { policy, publicUrl: config.publicUrl });
  // Whoever changes keys, users or departments may have revoked someone: forget remembered keys.
  app.addHook('onSend', async (request, reply) => {
    if (
      request.method !== 'GET' &&
      reply.statusCode < 300 &&
      /^\/api\/v1\/(keys|users|departments)\b/.test(request.url)
    ) {
      authentication.forget();
    }
  });
  app.addHook('preHandler', async (request) => {
    const origin = request.headers.origin;
    if (!origin || !request.principal || isSameOrigin(origin, request.headers.host)) return;
    if (!cors.allowedFor(request.principal.departmentId, origin)) {
      throw new AppError('origin_not_allowed', {
        en: `Origin ${origin} is not in your department's allowed origins`,
        zhHant: `網站來源 ${origin} 不在你部門允許的網站來源之內`,
      });
    }
  });

  await app.register(fastifyMultipart, {
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10, fieldSize: 10_000 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'LionRock API',
        version: VERSION,
        description: 'Governed AI platform for public services. Send API keys as `Authorization: Bearer <key>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: documentProblems,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  healthRoutes(app, store);
  meRoutes(app, store);
  sessionRoutes(app, store, config, policy, limiter);
  oidcRoutes(app, store, config, policy);
  departmentRoutes(app, store, cors);
  userRoutes(app, store);
  keyRoutes(app, store, config);
  auditRoutes(app, store, anchor ?? null);
  guardRoutes(app, store);
  knowledgeRoutes(app, store, knowledgeIndex);
  jobRoutes(app, store);
  // Staged assessments and re-assessment (issue #16); the sweep flags model changes and overdue reviews.
  governanceAssessmentRoutes(app, { db: store.db });
  if (config.runJobs) {
    const sweep = startGovernanceSweep(store.db, (error) => app.log.error({ err: error }, 'governance sweep failed'));
    app.addHook('onClose', async () => sweep.stop());
    // The AI bill of materials' changes (issue #18): its first pass records a dependency update at start.
    const bomSweep = startBomSweep(store.db, (error) => app.log.error({ err: error }, 'BOM sweep failed'));
    app.addHook('onClose', async () => bomSweep.stop());
  }
  // One gateway per node (its circuit breakers are per node); the chat module calls models through it.
  const gateway = gatewayRoutes(app, store, config);
  const conversation: ConversationDeps = {
    db: store.db,
    index: knowledgeIndex,
    model: gateway,
    caches: new ChatCaches(),
    turns: new TurnLog(store.db, undefined, undefined, undefined, (turn, reason) =>
      app.log.error({ sessionId: turn.session.id, botId: turn.session.botId, reason }, 'chat turn not stored'),
    ),
    // Callback details are encrypted like provider keys, under the same configured secret.
    contacts: gateway.secrets,
    // Sources built on another department's dataset answer only under a live consent (issue #18).
    sourceConsent: consentedSources(store.db),
  };
  if (config.runJobs) {
    const purge = startContactPurge(store.db, config.handoffContactRetentionDays, (error) =>
      app.log.error({ err: error }, 'handoff contact purge failed'),
    );
    app.addHook('onClose', async () => purge.stop());
  }
  app.addHook('onClose', () => conversation.turns.flush());
  app.decorate('lionrock', { knowledgeIndex, jobWorker, conversation });
  // The document assistant (issue #17): tasks run on this node's job worker, model calls through its gateway.
  registerAssistantJobs(jobWorker, store.db, gateway);
  assistantRoutes(app, store);
  assistantExportRoutes(app, store);
  assistantTranslateRoutes(app, store);
  if (config.runJobs) {
    const retention = startAssistantRetention(store.db, (error) =>
      app.log.error({ err: error }, 'assistant retention sweep failed'),
    );
    app.addHook('onClose', async () => retention.stop());
  }
  // Evaluation runs ask through the same conversation services (index, caches, gateway) as citizens.
  registerEvaluationJobs(jobWorker, conversation);
  if (config.runJobs) {
    const evaluationSchedule = startEvaluationSchedule(store.db, (error) =>
      app.log.error({ err: error }, 'evaluation schedule sweep failed'),
    );
    app.addHook('onClose', async () => evaluationSchedule.stop());
  }
  const rateLimit = publicRateLimit(store.db);
  botRoutes(app, conversation);
  citizenChatRoutes(app, conversation, rateLimit);
  openAiCompatibleRoutes(app, conversation, rateLimit);
  openAiResponsesRoutes(app, conversation, rateLimit);
  openAiModelRoutes(app, store.db);
  // Drafts from templates (issue #17), their model calls through this node's gateway.
  assistantDraftRoutes(app, store.db, gateway);
  handoffCaseRoutes(app, store.db, knowledgeIndex, gateway.secrets);
  // Public transparency notices and the incident register (issue #18); the guard watch opens draft incidents.
  transparencyRoutes(app, { db: store.db });
  governanceIncidentRoutes(app, { db: store.db });
  if (config.runJobs) {
    const guardWatch = startGuardWatch(store.db, (error) => app.log.error({ err: error }, 'guard watch failed'));
    app.addHook('onClose', async () => guardWatch.stop());
  }
  analyticsRoutes(app, store.db, conversation.turns, gateway);
  // The move to live passes the same go-live gate as a bot's publication (the server is the authority).
  governanceApplicationRoutes(app, { db: store.db, catalogue: new CatalogueIndex(store.db), goLiveCheck });
  governanceBomRoutes(app, { db: store.db });
  governanceReportRoutes(app, { db: store.db });
  // The data catalogue and the consented data exchange (issue #18).
  dataGovernanceRoutes(app, { db: store.db });
  governanceGateRoutes(app, { db: store.db });
  evaluationRoutes(app, store.db);
  governanceReviewRoutes(app, { db: store.db });
  assistantModelRoutes(app, store.db);
  assistantMinutesRoutes(app, store.db);
  await registerWeb(app);
  return app;
}

/** Hybrid knowledge search when an embeddings endpoint is configured, else none (lexical alone). */
function denseRetrieval(config: Config): DenseRetrieval | undefined {
  if (config.embeddingsUrl === undefined || config.embeddingsModel === undefined) return undefined;
  const embedder = createEmbeddingsClient({
    url: config.embeddingsUrl,
    model: config.embeddingsModel,
    ...(config.embeddingsApiKey ? { apiKey: config.embeddingsApiKey } : {}),
  });
  return { embedder, similarityFloor: config.embeddingsSimilarityFloor };
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** What a request log line holds: never the query string's personal data, never headers. */
function serializeRequest(request: { method: string; url: string; id: string; ip?: string }) {
  return { method: request.method, url: maskString(request.url), id: request.id, ip: request.ip };
}
