import { expect } from 'chai';
import { imageState } from '../../../src/checks/image-state.js';
import { aOneRowReport, runCheck, runCheckOnce } from './check-harness.js';

describe('imageState', () => {
  const cases = [
    { state: 'available', severity: 'error', outcome: 'pass', message: 'image is available' },
    {
      state: 'pending',
      severity: 'warning',
      outcome: 'fail',
      message: 'image state is pending: it cannot be launched until it becomes available',
    },
    {
      state: 'failed',
      stateReason: 'Client.UserInitiatedShutdown: instance stopped',
      severity: 'error',
      outcome: 'fail',
      message:
        'image state is failed (Client.UserInitiatedShutdown: instance stopped): ' +
        'it cannot be launched',
    },
    {
      state: 'disabled',
      severity: 'error',
      outcome: 'fail',
      message: 'image state is disabled: it cannot be launched',
    },
    {
      state: undefined,
      severity: 'error',
      outcome: 'skip',
      message: 'EC2 did not report the image state',
    },
  ] as const;

  for (const { state, severity, outcome, message, ...rest } of cases) {
    it(`gives ${severity} ${outcome} for state ${String(state)}`, () => {
      const finding = runCheckOnce(imageState, { image: { state, ...rest } });

      expect(finding).to.include({ severity, outcome, message });
    });
  }

  it('does not judge an image that was not found', () => {
    const report = aOneRowReport({ image: { lookup: 'not-found', state: undefined } });

    expect(runCheck(imageState, report)).to.deep.equal([]);
  });
});
