/**
 * Gmail (mail.google.com). The body is a contenteditable div with
 * role="textbox" (aria-label "Message Body" in English, other labels in other
 * UI languages, so it is not used) and g_editable="true". Quoted history sits
 * in .gmail_quote (often inside the collapsed trimmed-content block),
 * signatures in .gmail_signature.
 */
import { safeMatches, safeQueryAll, type WebmailAdapter } from './types';

const BODY = 'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"][aria-multiline="true"]';
const SKIP = '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_extra, blockquote, .gmail_attr';
const CUT = '.gmail_quote_container, div.gmail_quote[data-candor-cut]';
const COMPOSE = '[role="dialog"], .M9, .AD, .nH.Hd, .aoP, form, table.iN';
const SEND = 'div[role="button"].aoO, [role="button"][data-tooltip*="Enter"], [role="button"][data-candor-send]';

export const gmail: WebmailAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  findBodies: (root) => safeQueryAll<HTMLElement>(root, BODY).filter((el) => el.isContentEditable !== false),
  skip: (el) => safeMatches(el, SKIP),
  cut: (el) => safeMatches(el, CUT),
  composeRoot: (body) => (body.closest(COMPOSE) as HTMLElement | null) ?? body.parentElement ?? body,
  sendButtons: (compose) => safeQueryAll<HTMLElement>(compose, SEND),
};
