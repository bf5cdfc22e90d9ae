/**
 * The managed-storage schema (public/managed_schema.json) for organisation
 * policies, generated from the rules' option schemas so it can never drift
 * (tests/managed-schema.test.ts compares the file with this function).
 * An administrator sets the "policy" key: a partial settings object whose
 * values win over each person's settings and are shown as locked.
 */
import { z } from 'zod';
import { rules } from '../rules';
import { CHECKLIST_IDS } from './types';

type JsonSchema = Record<string, unknown>;

function optionSchema(s: z.ZodType<unknown>): JsonSchema {
  const inner = ((s as unknown as { unwrap?: () => z.ZodType<unknown> }).unwrap?.() ?? s) as unknown as { def?: { type?: string } };
  if (inner.def?.type === 'array') return { type: 'array', items: { type: 'string' } };
  return { type: 'integer' };
}

export function managedSchema(): JsonSchema {
  const ruleProps: Record<string, JsonSchema> = {};
  for (const r of rules) {
    const shape = (r.options as unknown as z.ZodObject<z.ZodRawShape>).shape;
    ruleProps[r.id] = {
      type: 'object',
      properties: {
        severity: { type: 'string', enum: ['off', 'hint', 'warning', 'error'] },
        options: {
          type: 'object',
          properties: Object.fromEntries(Object.keys(shape).map((k) => [k, optionSchema(shape[k] as z.ZodType<unknown>)])),
        },
      },
    };
  }
  return {
    type: 'object',
    properties: {
      policy: {
        type: 'object',
        description: 'Candor settings set by the organisation. Same shape as an exported settings file; every value given here is locked.',
        properties: {
          language: { type: 'string', enum: ['auto', 'en', 'de'] },
          incident: { type: 'string', enum: ['auto', 'always', 'never'] },
          sendReview: { type: 'string', enum: ['off', 'missing', 'always'] },
          sites: { type: 'object', properties: { gmail: { type: 'boolean' }, outlook: { type: 'boolean' } } },
          checklist: { type: 'object', properties: Object.fromEntries(CHECKLIST_IDS.map((id) => [id, { type: 'boolean' }])) },
          rules: { type: 'object', properties: ruleProps },
        },
      },
    },
  };
}
