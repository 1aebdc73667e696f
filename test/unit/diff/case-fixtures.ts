import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../../src/model/report.js';

/** Reads the report fixtures and the AWS CLI captures they were made from. */

export function caseFile(caseId: string, name: string): string {
  return path.join(import.meta.dirname, '../../fixtures/cases', caseId, name);
}

interface CapturedStack {
  StackId: string;
  StackName: string;
  Parameters?: { ParameterKey: string; ParameterValue: string }[];
}

export async function readCapturedStacks(caseId: string, name: string): Promise<CapturedStack[]> {
  const parsed = JSON.parse(await readFile(caseFile(caseId, name), 'utf8')) as {
    Stacks: CapturedStack[];
  };
  return parsed.Stacks;
}

/**
 * Asserts that every stack of a report fixture is one of the captured stacks, with the same
 * id and the same AMI values (a hidden value reads back as `****`).
 */
export function expectMirrors(report: AmiReport, captured: CapturedStack[]): void {
  for (const stack of report.stacks) {
    const source = captured.find((candidate) => candidate.StackId === stack.stackId);
    expect(source, stack.stackId).to.not.equal(undefined);
    expect(stack.stackName).to.equal(source?.StackName);
    for (const parameter of stack.parameters) {
      const value = source?.Parameters?.find((p) => p.ParameterKey === parameter.key);
      const expected = parameter.valueState === 'hidden' ? '****' : parameter.imageIds.join(',');
      expect(value?.ParameterValue, parameter.key).to.equal(expected);
    }
  }
}
