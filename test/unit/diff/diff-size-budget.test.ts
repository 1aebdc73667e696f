import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import { UsageError } from '../../../src/model/errors.js';
import type {
  AmiParameter,
  AmiReport,
  DeploymentDiff,
  ImageEntry,
} from '../../../src/model/report.js';
import {
  GITHUB_COMMENT_LIMIT,
  renderDiffMarkdown,
} from '../../../src/render/diff/render-diff-markdown.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';
import { expectTablesParse } from './gfm-tables.js';

const KEYS = ['WebAmi', 'AppAmi', 'WorkerAmi'];

/** An id per stack, parameter and run; 17 hex digits like a real one. */
function imageId(stack: number, key: number, run: number): string {
  return `ami-0${(stack * 10 + key * 2 + run).toString(16).padStart(16, '0')}`;
}

/** Ten tags of about 200 characters each, with a release that differs between runs. */
function tenTags(run: number): ImageEntry['tags'] {
  return Array.from({ length: 10 }, (_, index) => ({
    key: `Tag${index}`,
    value: `${index === 0 ? `release-${run}-` : ''}${'x'.repeat(190)}-${index}`,
  }));
}

/** A fleet of `stacks` stacks with three AMI parameters, `changed` of which move. */
function fleetDiff(stacks: number, changed: number): DeploymentDiff {
  const runs = [0, 1].map((run): AmiReport => {
    const images: ImageEntry[] = [];
    const entries = Array.from({ length: stacks }, (_, s) => {
      const parameters = KEYS.map((key, k): AmiParameter => {
        const id = imageId(s, k, k < changed ? run : 0);
        images.push(anImage({ imageId: id, name: `${key}-${s}-${run}`, tags: tenTags(run) }));
        return aParameter({ key, imageIds: [id] });
      });
      return aStack({ stackName: `stack-${String(s).padStart(3, '0')}`, parameters });
    });
    const unique = [...new Map(images.map((image) => [image.imageId, image])).values()];
    return aReport({ stacks: entries, images: unique });
  });
  const [before, after] = runs;
  if (!before || !after) throw new Error('two runs expected');
  return diffReports(before, after);
}

function tableRows(body: string): string[] {
  return body.split('\n').filter((line) => line.startsWith('| stack-'));
}

describe('renderDiffMarkdown size budget', () => {
  it('keeps 400 stacks x 3 changed AMIs within the GitHub limit, saying what it left out', () => {
    const diff = fleetDiff(400, 3);

    const body = renderDiffMarkdown(diff) ?? '';

    expect(body.length).to.be.at.most(GITHUB_COMMENT_LIMIT);
    const shown = tableRows(body).length;
    expect(shown).to.be.greaterThan(0);
    expect(body).to.contain(
      `> **Truncated** to stay within 65536 characters: ${1200 - shown} of 1200 rows left out ` +
        `(changes: ${1200 - shown}). Every row is in the full report.`,
    );
    expectTablesParse(body);
  });

  it('never cuts a row: what it shows is the first rows of the full diff, whole', () => {
    const diff = fleetDiff(400, 3);

    const full = tableRows(renderDiffMarkdown(diff, { limit: Number.MAX_SAFE_INTEGER }) ?? '');
    const cut = tableRows(renderDiffMarkdown(diff) ?? '');

    expect(full).to.have.length(1200);
    expect(cut).to.deep.equal(full.slice(0, cut.length));
  });

  it('leaves unchanged rows out before any change', () => {
    const diff = fleetDiff(40, 1);
    const limit = 30_000;

    const body = renderDiffMarkdown(diff, { limit }) ?? '';

    expect(body.length).to.be.at.most(limit);
    const changes = body.split('\n').filter((line) => line.includes('**changed**'));
    expect(changes).to.have.length(40);
    expect(body).to.match(/: (\d+) of 120 rows left out \(unchanged: \1\)\./);
    expectTablesParse(body);
  });

  it('points to the details URL from the truncation note', () => {
    const body = renderDiffMarkdown(fleetDiff(400, 3), { detailsUrl: 'https://ci.example.com/1' });

    expect(body).to.contain('Every row is in the full report linked below.');
    expect(body?.trimEnd().endsWith('[Full report](https://ci.example.com/1)')).to.equal(true);
  });

  it('does not truncate a body that fits', () => {
    const body = renderDiffMarkdown(fleetDiff(3, 3)) ?? '';

    expect(body).to.not.contain('Truncated');
    expect(tableRows(body)).to.have.length(9);
  });

  it('refuses a limit too small for the summary itself', () => {
    expect(() => renderDiffMarkdown(fleetDiff(3, 3), { limit: 100 })).to.throw(UsageError);
  });
});
