import { AppError, counted } from '../core/index.ts';
import type { Db } from '../store/index.ts';
import { estimateTokens, promptSha256, recordCall, sha256Hex } from './call-record.ts';
import { CallRecorder } from './call-recorder.ts';
import { CircuitBreaker, type CircuitState } from './circuit-breaker.ts';
import { GatewayError } from './gateway-error.ts';
import type { GatewayDelta, GatewayRequest, GatewayResult } from './gateway-types.ts';
import {
  openChatCompletion,
  fetchCompletion,
  parseChunk,
  type ChatCall,
  type ProviderEndpoint,
} from './provider-client.ts';
import { GatewayCache } from './gateway-cache.ts';
import { type AdmittedCounter, countersFor } from './quota-admission.ts';
import { QuotaLeases } from './quota-leases.ts';
import { type AttemptTally, type RetryPolicy, withRetries } from './retry-policy.ts';
import type { SecretBox } from './secret-box.ts';
import { readSseData } from './sse-reader.ts';
import { addTokens, maybeSweep } from './usage-counter.ts';

/** Why a model is refused, as an officer reads it in Chinese (the English is the reason's code in words). */
const NOT_ALLOWED_ZH = {
  unknown_provider: '沒有此模型供應商',
  provider_disabled: '模型供應商已停用',
  model_not_offered: '模型供應商不提供此模型',
  not_allowed: '部門未獲准使用此模型',
} as const;

export interface ModelGatewayOptions {
  /** Decrypts providers' API keys. */
  secrets: SecretBox;
  /** First retry delay in ms (doubles per retry). Default 250. */
  retryBaseMs?: number;
  /** Longest wait before a retry, Retry-After included. Default 8000. */
  retryMaxDelayMs?: number;
  /** Consecutive failed attempts that open a provider's circuit. Default 5. */
  circuitFailures?: number;
  /** How long an open circuit refuses calls, in ms. Default 30 000. */
  circuitCooldownMs?: number;
  /**
   * How long this node trusts what it read about providers, allow-lists and quotas, in ms.
   * Changes made through this process apply at once; changes made on another node within this
   * long. Default 2000; 0 reads the database on every call.
   */
  routingCacheMs?: number;
  /**
   * Most requests this node reserves at once on a quota counter far from its limit (1 = count every
   * call in the database). Default 32.
   */
  quotaLease?: number;
  /** How long this node's unused reserved requests wait before they are given back, in ms. Default 1000. */
  quotaLeaseMs?: number;
  /** How long a call's record (metering row and audit entry) may wait for its batch, in ms. Default 20. */
  recordFlushMs?: number;
  /** Told when writing a batch of records fails (they stay queued and are retried). */
  onRecordError?: (error: unknown) => void;
}

/** A call that passed the allow-list and quotas: where it goes and what to meter. */
interface AdmittedCall {
  endpoint: ProviderEndpoint;
  chat: ChatCall;
  prompt: string;
  counters: AdmittedCounter[];
  breaker: CircuitBreaker;
  policy: RetryPolicy;
}

/**
 * The only road to a model. Each call is checked against the department's allow-list and the
 * department's and bot's quotas (shared by every API node through the database), sent to the
 * provider with retries inside a circuit breaker, and metered and audited by hashes — never
 * the prompt or the answer themselves.
 *
 * @example
 * const gateway = new ModelGateway(store.db, { secrets: resolveSecretBox({ storeKind: 'pglite', dataDir }) });
 * const { text } = await gateway.complete({ departmentId, botId: 'demo-1823', provider: 'local', model: 'qwen',
 *   messages: [{ role: 'user', content: '狗牌幾錢？' }], actor, requestId: null });
 */
export class ModelGateway {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly cache: GatewayCache;
  private readonly recorder: CallRecorder;
  private readonly leases: QuotaLeases;

  constructor(
    private readonly db: Db,
    private readonly options: ModelGatewayOptions,
  ) {
    this.cache = new GatewayCache(db, options.routingCacheMs ?? 2000);
    this.leases = new QuotaLeases(db, {
      ...(options.quotaLease === undefined ? {} : { maxLease: options.quotaLease }),
      ...(options.quotaLeaseMs === undefined ? {} : { leaseMs: options.quotaLeaseMs }),
    });
    this.recorder = new CallRecorder(db, {
      ...(options.recordFlushMs === undefined ? {} : { flushMs: options.recordFlushMs }),
      ...(options.onRecordError ? { onError: options.onRecordError } : {}),
    });
  }

  /**
   * Commits the records of every call answered so far (they are written behind the answers, in
   * batches). Call before reading `model_calls` or the audit trail when they must include this
   * node's latest calls.
   */
  flush(): Promise<void> {
    return this.recorder.flush();
  }

  /** Gives back unused quota leases, flushes the records and stops the batch timer: the node is shutting down. */
  async close(): Promise<void> {
    await this.leases.release();
    await this.recorder.close();
  }

  /** Calls the model and returns its whole answer. Throws {@link GatewayError}. */
  async complete(req: GatewayRequest): Promise<GatewayResult> {
    const call = await this.admit(req);
    const tally: AttemptTally = { attempts: 0 };
    const started = performance.now();
    const completion = await this.send(req, call, tally, started, () =>
      fetchCompletion(call.endpoint, call.chat, req.signal),
    );
    return this.succeed(req, call, tally, started, completion.text, completion);
  }

  /**
   * Streams the answer as it arrives (`{delta}` pieces), then returns the same result as
   * {@link complete}. Refusals and failures before the first piece are thrown by the first
   * `next()`, so a caller can still answer with a plain error; a failure later ends the stream
   * with a thrown {@link GatewayError}. Stopping early (`return()`) aborts the provider call.
   */
  async *stream(req: GatewayRequest): AsyncGenerator<GatewayDelta, GatewayResult> {
    const call = await this.admit(req);
    const tally: AttemptTally = { attempts: 0 };
    const started = performance.now();
    const open = await this.send(req, call, tally, started, () =>
      openChatCompletion(call.endpoint, call.chat, true, req.signal),
    );
    let text = '';
    const usage = {
      promptTokens: null as number | null,
      completionTokens: null as number | null,
      reportedModel: null as string | null,
      systemFingerprint: null as string | null,
    };
    let finishReason: string | null = null;
    let completed = false;
    let failed = false;
    try {
      for await (const data of readSseData(open.body)) {
        open.touch();
        if (data.trim() === '[DONE]') break;
        const chunk = parseChunk(data);
        if (!chunk) continue;
        usage.promptTokens = chunk.promptTokens ?? usage.promptTokens;
        usage.completionTokens = chunk.completionTokens ?? usage.completionTokens;
        usage.reportedModel = chunk.reportedModel ?? usage.reportedModel;
        usage.systemFingerprint = chunk.systemFingerprint ?? usage.systemFingerprint;
        finishReason = chunk.finishReason ?? finishReason;
        if (chunk.delta) {
          text += chunk.delta;
          yield { delta: chunk.delta };
        }
      }
      completed = true;
    } catch (error) {
      failed = true;
      if (!req.signal?.aborted) call.breaker.onFailure();
      throw await this.fail(req, call, tally, started, error, 'stream_interrupted');
    } finally {
      open.close();
      // The consumer stopped reading (return()): metered as what it was, an abandoned call.
      if (!completed && !failed) await this.record(req, call, tally, started, 'error', 'client_aborted', text, usage);
    }
    return this.succeed(req, call, tally, started, text, { ...usage, finishReason });
  }

  /** Encrypts and decrypts provider keys (the provider routes store keys with it). */
  get secrets(): SecretBox {
    return this.options.secrets;
  }

  /** The circuit state of a provider on this node (by provider id). */
  circuitState(providerId: string): CircuitState {
    return this.breakers.get(providerId)?.state ?? 'closed';
  }

  private async admit(req: GatewayRequest): Promise<AdmittedCall> {
    if (!req.messages.length) {
      throw new GatewayError(
        'validation_failed',
        { en: 'A model call needs at least one message', zhHant: '呼叫模型須最少有一則訊息' },
        null,
        [
          {
            field: 'messages',
            code: 'too_small',
            message: { en: 'must hold at least one message', zhHant: '須最少有一則訊息' },
          },
        ],
      );
    }
    const prompt = promptSha256(req.messages);
    const [provider, allowlist] = await Promise.all([
      this.cache.provider(req.provider),
      this.cache.allowlist(req.departmentId),
    ]);
    const allowed = provider
      ? allowlist.has(`${provider.id}\u0000${req.model}`) || allowlist.has(`${provider.id}\u0000*`)
      : false;
    const offered = provider ? provider.models.includes(req.model) || provider.models.includes('*') : false;
    if (!provider || !allowed || !offered || provider.status !== 'active') {
      const reason = !provider
        ? 'unknown_provider'
        : provider.status !== 'active'
          ? 'provider_disabled'
          : !offered
            ? 'model_not_offered'
            : 'not_allowed';
      await recordCall(this.db, req, prompt, refusal(reason, provider?.id ?? null));
      throw new GatewayError('model_not_allowed', {
        en: `${req.provider}/${req.model} is not on your department's model allow-list (${reason.replaceAll('_', ' ')})`,
        zhHant: `${req.provider}/${req.model} 不在你部門的模型允許清單內（${NOT_ALLOWED_ZH[reason]}）`,
      });
    }
    const now = new Date();
    let counters: AdmittedCounter[];
    try {
      const limits = await this.cache.quotas(req.departmentId, req.botId);
      counters = limits.length ? await this.leases.admit(countersFor(limits, now), now) : [];
    } catch (error) {
      if (error instanceof GatewayError) await recordCall(this.db, req, prompt, refusal(error.code, provider.id));
      throw error;
    }
    if (counters.length) maybeSweep(this.db, now);
    let apiKey: string | null = null;
    try {
      apiKey = provider.apiKeyEncrypted ? this.options.secrets.decrypt(provider.apiKeyEncrypted) : null;
    } catch (error) {
      await recordCall(this.db, req, prompt, {
        ...refusal('secret_unavailable', provider.id),
        status: 'error',
        counterKeys: counters.map((c) => c.key),
      });
      throw error;
    }
    return {
      endpoint: {
        id: provider.id,
        name: provider.name,
        baseUrl: provider.baseUrl,
        apiKey,
        timeoutMs: provider.timeoutMs,
        maxRetries: provider.maxRetries,
      },
      chat: { model: req.model, messages: req.messages, temperature: req.temperature, maxTokens: req.maxTokens },
      prompt,
      counters,
      breaker: this.breaker(provider.id),
      policy: {
        maxRetries: provider.maxRetries,
        baseMs: this.options.retryBaseMs ?? 250,
        maxDelayMs: this.options.retryMaxDelayMs ?? 8000,
      },
    };
  }

  private breaker(providerId: string): CircuitBreaker {
    let breaker = this.breakers.get(providerId);
    if (!breaker) {
      breaker = new CircuitBreaker(this.options.circuitFailures ?? 5, this.options.circuitCooldownMs ?? 30_000);
      this.breakers.set(providerId, breaker);
    }
    return breaker;
  }

  /** Sends the call with retries inside its provider's circuit breaker; a failure is metered, then thrown. */
  private async send<T>(
    req: GatewayRequest,
    call: AdmittedCall,
    tally: AttemptTally,
    started: number,
    attempt: () => Promise<T>,
  ): Promise<T> {
    try {
      return await withRetries(call.policy, call.breaker, tally, attempt, req.signal);
    } catch (error) {
      throw await this.fail(req, call, tally, started, error);
    }
  }

  private async succeed(
    req: GatewayRequest,
    call: AdmittedCall,
    tally: AttemptTally,
    started: number,
    text: string,
    reported: ReportedUsage & { finishReason: string | null },
  ): Promise<GatewayResult> {
    const { id, promptTokens, completionTokens, latencyMs } = await this.record(
      req,
      call,
      tally,
      started,
      'ok',
      null,
      text,
      reported,
    );
    return {
      text,
      promptTokens,
      completionTokens,
      latencyMs,
      attempts: tally.attempts,
      provider: req.provider,
      model: req.model,
      finishReason: reported.finishReason,
      callId: id,
    };
  }

  /** Meters a failed call and returns the error to throw (a {@link GatewayError} or the caller's abort). */
  private async fail(
    req: GatewayRequest,
    call: AdmittedCall,
    tally: AttemptTally,
    started: number,
    error: unknown,
    fallbackReason = 'provider_unavailable',
  ): Promise<unknown> {
    const aborted = req.signal?.aborted === true;
    const gatewayError =
      error instanceof AppError
        ? error
        : aborted
          ? null
          : new GatewayError('provider_unavailable', {
              en: `The provider's answer was cut off after ${counted(tally.attempts, 'attempt')}`,
              zhHant: `模型供應商的回答在嘗試 ${tally.attempts} 次後仍然中斷`,
            });
    const reason = aborted ? 'client_aborted' : error instanceof AppError ? error.code : fallbackReason;
    await this.record(req, call, tally, started, 'error', reason, '', { promptTokens: null, completionTokens: null });
    return gatewayError ?? error;
  }

  private async record(
    req: GatewayRequest,
    call: AdmittedCall,
    tally: AttemptTally,
    started: number,
    status: 'ok' | 'error',
    reason: string | null,
    text: string,
    reported: ReportedUsage,
  ): Promise<{ id: string; promptTokens: number; completionTokens: number; latencyMs: number }> {
    const latencyMs = Math.round(performance.now() - started);
    const answered = status === 'ok' || text.length > 0;
    const promptTokens =
      reported.promptTokens ?? (answered ? estimateTokens(req.messages.map((m) => m.content).join('\n')) : 0);
    const completionTokens = reported.completionTokens ?? estimateTokens(text);
    const tokens = promptTokens + completionTokens;
    const keys = call.counters.map((c) => c.key);
    // Near a token limit the tokens are counted before the answer is returned, so the next call
    // on any node sees them; far from it they travel with the batched record (docs/gateway.md).
    const near = call.counters.some(
      (c) => c.tokenLimit !== null && 2 * (c.tokens + this.recorder.queuedTokensFor(c.key) + tokens) >= c.tokenLimit,
    );
    this.leases.noteTokens(keys, tokens);
    if (near) await addTokens(this.db, keys, tokens);
    const id = this.recorder.enqueue(req, call.prompt, {
      status,
      reason,
      providerId: call.endpoint.id,
      promptTokens,
      completionTokens,
      latencyMs,
      attempts: tally.attempts,
      responseSha256: answered ? sha256Hex(text) : null,
      reportedModel: reported.reportedModel ?? null,
      systemFingerprint: reported.systemFingerprint ?? null,
      counterKeys: near ? [] : keys,
    });
    return { id, promptTokens, completionTokens, latencyMs };
  }
}

/** What the provider reported about a call: token counts and which model answered (null when it did not say). */
interface ReportedUsage {
  promptTokens: number | null;
  completionTokens: number | null;
  reportedModel?: string | null;
  systemFingerprint?: string | null;
}

function refusal(reason: string, providerId: string | null) {
  return {
    status: 'refused' as const,
    reason,
    providerId,
    promptTokens: 0,
    completionTokens: 0,
    latencyMs: 0,
    attempts: 0,
    responseSha256: null,
    counterKeys: [],
  };
}
