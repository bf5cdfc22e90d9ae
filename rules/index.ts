/** Every rule, in the order the UI lists them. tests/meta.test.ts checks this list against the files. */
import type { Rule } from '../lib/rule';
import nonApology from './non-apology';
import agentlessPassive from './agentless-passive';
import blameShifting from './blame-shifting';
import hedging from './hedging';
import minimizing from './minimizing';
import defensive from './defensive';
import longSentence from './long-sentence';
import overExplaining from './over-explaining';
import bodyLength from './body-length';
import missingApology from './missing-apology';
import missingOwnership from './missing-ownership';
import missingFix from './missing-fix';
import missingPrevention from './missing-prevention';
import missingCompensation from './missing-compensation';
import missingInvitation from './missing-invitation';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: ReadonlyArray<Rule<any>> = [
  nonApology,
  agentlessPassive,
  blameShifting,
  hedging,
  minimizing,
  defensive,
  longSentence,
  overExplaining,
  bodyLength,
  missingApology,
  missingOwnership,
  missingFix,
  missingPrevention,
  missingCompensation,
  missingInvitation,
];

export const ruleById = new Map(rules.map((r) => [r.id, r]));
