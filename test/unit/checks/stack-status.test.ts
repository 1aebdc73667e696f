import { expect } from 'chai';
import { stackStatus } from '../../../src/checks/stack-status.js';
import { aReport, aStack } from '../../helpers/report-builders.js';
import { runCheck } from './check-harness.js';

describe('stackStatus', () => {
  const cases = [
    {
      deployment: 'deployed',
      status: 'UPDATE_COMPLETE',
      severity: 'error',
      outcome: 'pass',
      message: 'stack is UPDATE_COMPLETE',
    },
    {
      deployment: 'rolled-back',
      status: 'UPDATE_ROLLBACK_COMPLETE',
      severity: 'error',
      outcome: 'fail',
      message:
        'stack is UPDATE_ROLLBACK_COMPLETE: the last update rolled back, ' +
        'so the previous parameters are still running',
    },
    {
      deployment: 'not-deployed',
      status: 'ROLLBACK_COMPLETE',
      severity: 'error',
      outcome: 'fail',
      message:
        'stack is ROLLBACK_COMPLETE: the stack creation rolled back, ' +
        'so nothing from it is deployed',
    },
    {
      deployment: 'failed',
      status: 'UPDATE_ROLLBACK_FAILED',
      severity: 'error',
      outcome: 'fail',
      message:
        'stack is UPDATE_ROLLBACK_FAILED: the deployment failed and the stack needs attention ' +
        'before it can be updated',
    },
    {
      deployment: 'in-progress',
      status: 'UPDATE_IN_PROGRESS',
      severity: 'warning',
      outcome: 'fail',
      message:
        'stack is UPDATE_IN_PROGRESS: a deployment is in progress, ' +
        'so the parameters shown may still change',
    },
    {
      deployment: 'deleted',
      status: 'DELETE_COMPLETE',
      severity: 'error',
      outcome: 'fail',
      message: 'stack is DELETE_COMPLETE: the stack was deleted, so nothing from it is running',
    },
  ] as const;

  for (const { deployment, status, severity, outcome, message } of cases) {
    it(`gives ${severity} ${outcome} for a ${deployment} stack`, () => {
      const report = aReport({ stacks: [aStack({ deployment, status })] });

      const findings = runCheck(stackStatus, report);

      expect(findings).to.have.length(1);
      expect(findings[0]).to.include({ severity, outcome, message, stackName: 'web-prod' });
      expect(findings[0]).not.to.have.property('parameterKey');
    });
  }

  it('adds the status reason CloudFormation gives', () => {
    const stack = aStack({
      deployment: 'failed',
      status: 'UPDATE_ROLLBACK_FAILED',
      statusReason: 'The following resource(s) failed to update: [WebAsg].',
    });

    const [finding] = runCheck(stackStatus, aReport({ stacks: [stack] }));

    expect(finding?.message).to.match(
      /\(The following resource\(s\) failed to update: \[WebAsg\]\.\)$/u,
    );
  });
});
