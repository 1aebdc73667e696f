import { expect } from 'chai';
import { requiredTags } from '../../../src/checks/required-tags.js';
import { aOneRowReport, runCheck, runCheckOnce } from './check-harness.js';

describe('requiredTags', () => {
  const tags = { Team: '^(web|app)$', Release: '^\\d{4}\\.\\d{2}\\.\\d{2}$' };

  it('is off until tags are configured', () => {
    expect(runCheck(requiredTags, aOneRowReport())).to.deep.equal([]);
    expect(runCheck(requiredTags, aOneRowReport(), { tags: {} })).to.deep.equal([]);
  });

  const cases = [
    {
      title: 'passes when every tag is there and matches',
      imageTags: [
        { key: 'Release', value: '2026.11.30' },
        { key: 'Team', value: 'web' },
      ],
      outcome: 'pass',
      message: 'has the required tags: Release, Team',
    },
    {
      title: 'fails naming a missing tag',
      imageTags: [{ key: 'Release', value: '2026.11.30' }],
      outcome: 'fail',
      message: 'missing tag Team',
    },
    {
      title: 'fails naming a value that does not match, and every problem',
      imageTags: [{ key: 'Team', value: 'data' }],
      outcome: 'fail',
      message: 'missing tag Release; tag Team is "data", which does not match /^(web|app)$/',
    },
  ] as const;

  for (const { title, imageTags, outcome, message } of cases) {
    it(title, () => {
      const finding = runCheckOnce(requiredTags, { image: { tags: [...imageTags] } }, { tags });

      expect(finding).to.include({ severity: 'error', outcome, message });
    });
  }

  it('skips, saying why, when the tags of a shared image are not visible', () => {
    const image = { tagsVisible: false, tags: undefined, ownerId: '444455556666' };

    const finding = runCheckOnce(requiredTags, { image }, { tags });

    expect(finding).to.include({
      outcome: 'skip',
      message: 'tags are not visible to this account (image shared from another account)',
    });
  });
});
