import { gmail } from './gmail';
import { outlook } from './outlook';
import type { WebmailAdapter } from './types';

export const adapters: readonly WebmailAdapter[] = [gmail, outlook];

export function adapterFor(hostname: string): WebmailAdapter | null {
  return adapters.find((a) => a.hosts.includes(hostname)) ?? null;
}

export type { WebmailAdapter };
