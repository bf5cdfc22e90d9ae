import { join } from 'node:path';
import { expect, GMAIL, highlightTexts, launchContext, phraseCenter, SHOTS, test } from './extension';

test('German browser UI and a German email: German badge, card, messages and checklist', async () => {
  const foreign: string[] = [];
  const context = await launchContext(foreign, 'de');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(GMAIL);
    await page.locator('#compose-button').click();
    await page.keyboard.type('Sehr geehrte Frau Berg,\n\nwir entschuldigen uns für eventuell entstandene Unannehmlichkeiten. Ihre Bestellung wurde leider falsch verschickt.\n\nMit freundlichen Grüßen\nJo Weber', { delay: 1 });
    await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ Vorschläge$/ })).toBeVisible();
    await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual([
      'wir entschuldigen uns für eventuell entstandene Unannehmlichkeiten',
      'Ihre Bestellung wurde leider falsch verschickt',
    ]);
    const p = await phraseCenter(page, '#compose-1 [contenteditable="true"]', 'falsch verschickt');
    await page.mouse.click(p.x, p.y);
    const card = page.getByRole('dialog', { name: /^Passiv ohne Verursacher/ });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Dieses Passiv verschweigt, wer den Fehler gemacht hat.');
    await expect(card.getByRole('button', { name: 'Ignorieren' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Diese Regel ausschalten' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'german-card.png') });
    await card.getByRole('button', { name: /Wir haben Ihre Bestellung falsch verschickt/ }).click();
    await expect(page.locator('#compose-1 [contenteditable="true"]')).toContainText('Unannehmlichkeiten. Wir haben Ihre Bestellung falsch verschickt.');
    await page.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ Vorschläge$/ }).click();
    const panel = page.getByRole('dialog', { name: 'Checkliste Entschuldigung' });
    await expect(panel.locator('[data-item="ownership"]')).toContainText('Verantwortung');
    await expect(panel.locator('[data-item="ownership"]')).toContainText('✓');
    await expect(panel.locator('[data-item="apology"]')).toContainText('Noch keine klare Entschuldigung');
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
  }
});
