/**
 * Outlook on the web (outlook.live.com, outlook.office.com,
 * outlook.office365.com). The body is a contenteditable div with
 * role="textbox"; quoted history starts at #divRplyFwdMsg (or #appendonsend)
 * and runs to the end; signatures are in #Signature.
 */
import { safeMatches, safeQueryAll, type WebmailAdapter } from './types';

const BODY = 'div[contenteditable="true"][role="textbox"]';
const SKIP = '#Signature, [id^="Signature"], [id$="_Signature"], blockquote, #mail-editor-reference-message-container';
const CUT = '#divRplyFwdMsg, [id$="divRplyFwdMsg"], #appendonsend, [id$="appendonsend"], #mail-editor-reference-message-container';
const COMPOSE = '[role="dialog"], [data-app-section="Form_Content"], [aria-label*="compose" i], .customScrollBar, form';
const SEND = 'button[aria-label^="Send" i], button[title^="Send" i], button[name="send"], [data-candor-send]';

export const outlook: WebmailAdapter = {
  id: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
  findBodies: (root) =>
    safeQueryAll<HTMLElement>(root, BODY).filter((el) => el.getAttribute('aria-multiline') !== 'false' && !el.closest('[role="combobox"]')),
  skip: (el) => safeMatches(el, SKIP),
  cut: (el) => safeMatches(el, CUT),
  composeRoot: (body) => (body.closest(COMPOSE) as HTMLElement | null) ?? body.parentElement ?? body,
  sendButtons: (compose) => safeQueryAll<HTMLElement>(compose, SEND),
};
