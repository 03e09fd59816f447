import type { CoreConfig, WebhookConfig } from '../deps.ts';

/** Production's answer for each setting the deployment leaves out: https only, public addresses only. */
export const DEFAULT_WEBHOOK_CONFIG: WebhookConfig = {
  allowHttp: false,
  allowPrivate: false,
  timeoutMs: 15_000,
  retryScale: 1,
};

export const webhookConfigOf = (config: CoreConfig): WebhookConfig => ({
  ...DEFAULT_WEBHOOK_CONFIG,
  ...config.webhooks,
});
