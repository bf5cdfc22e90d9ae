import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../lib/managed-schema';

describe('managed_schema.json', () => {
  it('matches the rules (regenerate: npx tsx -e "import(\'./lib/managed-schema.ts\').then(m=>console.log(JSON.stringify(m.managedSchema(),null,2)))" > public/managed_schema.json)', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', 'public', 'managed_schema.json'), 'utf8'));
    expect(file).toEqual(managedSchema());
    const lsRules = (file.properties.policy.properties.rules.properties as Record<string, { properties: { options: { properties: Record<string, unknown> } } }>);
    expect(lsRules['long-sentence'].properties.options.properties.maxWords).toEqual({ type: 'integer' });
    expect(lsRules.hedging.properties.options.properties.extraPhrases).toEqual({ type: 'array', items: { type: 'string' } });
  });
});
