import type { Finding, Outcome, Severity, StackEntry } from '../model/report.js';

/** What a finding is about: a stack, one of its parameters, or one image of a parameter. */
export interface FindingScope {
  stack: StackEntry;
  parameter?: { key: string };
  imageId?: string;
}

export interface CheckResult {
  check: string;
  severity: Severity;
  outcome: Outcome;
  message: string;
}

export function makeFinding(scope: FindingScope, result: CheckResult): Finding {
  const finding: Finding = {
    check: result.check,
    severity: result.severity,
    outcome: result.outcome,
    stackId: scope.stack.stackId,
    stackName: scope.stack.stackName,
    region: scope.stack.region,
    message: result.message,
  };
  if (scope.parameter !== undefined) finding.parameterKey = scope.parameter.key;
  if (scope.imageId !== undefined) finding.imageId = scope.imageId;

  return finding;
}
