import type { Finding } from '../model/report.js';
import { matchGlob } from './match-glob.js';

/** The globs an override or a waiver may restrict itself with; an absent glob matches all. */
export interface ScopeGlobs {
  stack?: string;
  parameter?: string;
  image?: string;
}

/**
 * A glob on a field the finding does not have (a parameter glob against a stack-level result)
 * does not match: a waiver for one parameter must never silence a whole stack.
 */
export function matchesScope(globs: ScopeGlobs, finding: Finding): boolean {
  return (
    matchesField(globs.stack, finding.stackName) &&
    matchesField(globs.parameter, finding.parameterKey) &&
    matchesField(globs.image, finding.imageId)
  );
}

function matchesField(glob: string | undefined, value: string | undefined): boolean {
  if (glob === undefined) return true;
  if (value === undefined) return false;

  return matchGlob(glob, value);
}
