import { formatDateTime } from '../core/time/local-time.ts';
import { isMessageKey, t } from '../i18n/i18n.ts';
import type { ApiFailureCode } from './api-client.ts';
import { ApiError } from './api-client.ts';

/** An instant as the central office reads it: DD/MM/YYYY HH:MM WIB; a dash when absent or unreadable. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : formatDateTime(date, 'WIB');
}

/** The message for a failed call; a rate limit says how long to wait when the server said so. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'console.error.rateLimited' && error.retryAfterSeconds !== null)
      return t('console.error.rateLimitedFor', { seconds: Math.ceil(error.retryAfterSeconds) });
    return codeText(error.code);
  }
  return t('console.error.unexpected');
}

/** The message of an error code from the server (never shown raw). */
export function codeText(code: ApiFailureCode | string): string {
  return isMessageKey(code) ? t(code) : t('console.error.unexpected');
}
