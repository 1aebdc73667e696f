import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import type { RunScope, StackEntry } from '../../../src/model/report.js';
import { aParameter, aReport, aStack } from '../../helpers/report-builders.js';

const web = aStack({ stackName: 'web-prod', parameters: [aParameter()] });
const app = aStack({ stackName: 'app-prod', parameters: [aParameter({ key: 'AppAmi' })] });
const batch = aStack({ stackName: 'batch-prod', region: 'us-east-1', parameters: [aParameter()] });
const baseline = aReport({ stacks: [web, app, batch] });

function changesAfter(stacks: StackEntry[], scopes: RunScope[] | undefined) {
  const current = aReport({ stacks, ...(scopes ? { scopes } : {}) });
  return diffReports(baseline, current).stacks.map((s) => [s.stackName, s.change]);
}

describe('diffReports within the current run scope', () => {
  it('does not call a stack removed that the run did not name', () => {
    expect(changesAfter([web], [{ regions: ['eu-west-1'], stacks: ['web-prod'] }])).to.deep.equal([
      ['web-prod', 'present'],
    ]);
  });

  it('does not call a stack removed in a region the run did not read', () => {
    expect(changesAfter([web, app], [{ regions: ['eu-west-1'] }])).to.deep.equal([
      ['app-prod', 'present'],
      ['web-prod', 'present'],
    ]);
  });

  it('calls a stack removed that discovery would have found', () => {
    expect(changesAfter([web], [{ regions: ['eu-west-1', 'us-east-1'] }])).to.deep.equal([
      ['app-prod', 'removed'],
      ['web-prod', 'present'],
      ['batch-prod', 'removed'],
    ]);
  });

  it('compares only stacks matching the discovery prefix', () => {
    const scopes = [{ regions: ['eu-west-1'], stackPrefix: 'app-' }];
    expect(changesAfter([], scopes)).to.deep.equal([['app-prod', 'removed']]);
  });

  it('matches a stack named by its ARN', () => {
    const scopes = [{ regions: ['eu-west-1'], stacks: [web.stackId, app.stackId] }];
    expect(changesAfter([app], scopes)).to.deep.equal([
      ['app-prod', 'present'],
      ['web-prod', 'removed'],
    ]);
  });

  it('leaves out stacks of another account than the one read', () => {
    const scopes = [{ regions: ['eu-west-1'], accountId: '999988887777' }];
    expect(changesAfter([], scopes)).to.deep.equal([]);
  });

  it('compares every stack for a report made before scopes were recorded', () => {
    expect(changesAfter([web], undefined)).to.deep.equal([
      ['app-prod', 'removed'],
      ['web-prod', 'present'],
      ['batch-prod', 'removed'],
    ]);
  });
});
