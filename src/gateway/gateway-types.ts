/** One chat message, as OpenAI-compatible providers take it. */
export interface GatewayMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Who is calling: recorded in the audit trail (a citizen's anonymous call carries the bot's service identity). */
export interface GatewayActor {
  id: string;
  roles: readonly string[];
  departmentId: string | null;
}

/**
 * A model call. `provider` is the provider's name (as configured by the platform admin), `model`
 * one of its models; the department's allow-list must name both.
 */
export interface GatewayRequest {
  departmentId: string;
  botId: string | null;
  provider: string;
  model: string;
  messages: GatewayMessage[];
  temperature?: number | undefined;
  maxTokens?: number | undefined;
  actor: GatewayActor;
  requestId: string | null;
  /** Aborts the provider call (e.g. the client disconnected); the call is metered as an error. */
  signal?: AbortSignal | undefined;
}

export interface GatewayResult {
  text: string;
  promptTokens: number;
  completionTokens: number;
  /** From the first attempt to the last byte, retries and backoff included. */
  latencyMs: number;
  attempts: number;
  provider: string;
  model: string;
  /** The provider's finish reason (`stop`, `length`, …) when it gave one. */
  finishReason: string | null;
  /** The `model_calls` row that meters this call. */
  callId: string;
}

/** One piece of a streamed answer. */
export interface GatewayDelta {
  delta: string;
}
