import { describe, expect, it } from 'vitest';
import { applyEdit, planReplacement } from '../lib/replace';

const apply = (text: string, phrase: string, replacement: string) => {
  const start = text.indexOf(phrase);
  return applyEdit(text, planReplacement(text, start, start + phrase.length, replacement));
};

describe('planReplacement', () => {
  it.each([
    ['Per our policy, refunds take 10 days.', 'Per our policy', '', 'Refunds take 10 days.'],
    ['Sorry. As we stated, it ships today.', 'As we stated', '', 'Sorry. It ships today.'],
    ['It arrives Friday, hopefully.', 'hopefully', '', 'It arrives Friday.'],
    ['It will hopefully arrive Friday.', 'hopefully', '', 'It will arrive Friday.'],
    ['Your order was shipped to the wrong address.', 'Your order was shipped to the wrong address', 'we shipped your order to the wrong address', 'We shipped your order to the wrong address.'],
    ['Sadly, We apologize for any inconvenience.', 'We apologize for any inconvenience', "I'm sorry that we", "Sadly, I'm sorry that we."],
    ['Thanks, we will try to fix it.', 'we will try to fix it', 'We will fix it', 'Thanks, we will fix it.'],
    ['Gemäß unseren AGB ist das so.', 'Gemäß unseren AGB', '', 'Ist das so.'],
  ])('%j: %j → %j', (text, phrase, replacement, expected) => expect(apply(text, phrase, replacement)).toBe(expected));
});
