import type { GovernanceKey } from './messages.ts';

/**
 * The message key naming a value the server sends (`status_live`, `risk_high`, …): one place
 * turns registry, workflow and evaluation values into the officer's words.
 */
export function valueKey(prefix: string, value: string): GovernanceKey {
  return `${prefix}_${value}` as GovernanceKey;
}

export const APPLICATION_TYPES = [
  'lionrock_bot',
  'document_assistant',
  'ocr',
  'predictive_analytics',
  'scheduling',
  'image_analysis',
  'other',
] as const;
export const APPLICATION_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'testing',
  'live',
  'suspended',
  'retired',
] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const LIFECYCLE_STAGES = [
  'strategy',
  'planning',
  'ecosystem',
  'development',
  'deployment',
  'operation_monitoring',
] as const;

/** The badge colour of a risk level or status; the words beside it carry the meaning too. */
export function riskBadge(level: string | null): string {
  if (level === 'high' || level === 'unacceptable') return 'gov-nowrap badge badge-danger';
  if (level === 'medium' || level === 'limited') return 'gov-nowrap badge badge-warn';
  if (level === 'low') return 'gov-nowrap badge badge-ok';
  return 'gov-nowrap badge badge-neutral';
}

export function statusBadge(status: string): string {
  if (status === 'live' || status === 'approved' || status === 'complete' || status === 'passed')
    return 'gov-nowrap badge badge-ok';
  if (status === 'suspended' || status === 'failed' || status === 'error') return 'gov-nowrap badge badge-danger';
  if (status === 'in_review' || status === 'testing' || status === 'running' || status === 'queued') {
    return 'gov-nowrap badge badge-warn';
  }
  return 'gov-nowrap badge badge-neutral';
}
