import { expect } from 'chai';

import type { AmiReport } from '../../../../src/model/report.js';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import {
  aFinding,
  aParameter,
  aReport,
  aStack,
  anImage,
} from '../../../helpers/report-builders.js';

const RLO = '\u202e';
const LONG = 'x'.repeat(10_000);

/** Every free-text field of the model carries a right-to-left override. */
function aBidiReport(): AmiReport {
  const odd = (text: string) => `${text}-${RLO}gnp.exe`;
  const stack = aStack({
    stackName: odd('web'),
    accountId: odd('1111'),
    status: odd('UPDATE_COMPLETE'),
    statusReason: odd('reason'),
    parentId: odd('parent'),
    parameters: [
      aParameter({ key: odd('WebAmi'), ssmParameter: odd('/golden/web') }),
      aParameter({ key: 'BadAmi', valueState: 'invalid', imageIds: [], invalidValue: odd('ami') }),
    ],
  });
  const image = anImage({
    name: odd('name'),
    description: odd('description'),
    ownerAlias: odd('owner'),
    tags: [{ key: odd('Team'), value: odd('web') }],
    lineage: { copiedFrom: { region: 'us-east-1', imageId: odd('ami') }, copies: [] },
  });
  const finding = aFinding({
    stackId: stack.stackId,
    stackName: stack.stackName,
    parameterKey: stack.parameters[0]?.key,
    check: odd('image-age'),
    outcome: 'waived',
    message: odd('too old'),
    waiver: { reason: odd('accepted'), expired: false },
  });
  return aReport({
    source: { kind: 'aws-cli', directory: odd('capture') },
    complete: false,
    errors: [
      {
        operation: odd('Op'),
        region: odd('r'),
        stack: odd('s'),
        code: odd('C'),
        message: odd('m'),
      },
    ],
    omitted: [{ stackName: odd('nested'), region: 'eu-west-1', reason: 'nested' }],
    stacks: [stack],
    images: [image],
    findings: [finding],
  });
}

/** Positions of `needle` in element text (not inside a tag) that no <bdi> encloses. */
function unisolated(html: string, needle: string): string[] {
  const found: string[] = [];
  for (let at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
    const before = html.slice(0, at);
    const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
    const inBdi = before.lastIndexOf('<bdi>') > before.lastIndexOf('</bdi>');
    if (!inTag && !inBdi) found.push(html.slice(Math.max(0, at - 60), at + 20));
  }
  return found;
}

describe('renderHtml with long and right-to-left values', () => {
  it('isolates every value, so an override cannot flip the text around it', async () => {
    const { html } = await renderHtml(aBidiReport());
    const body = html.slice(html.indexOf('<body>'));

    expect(body.split(RLO).length - 1).to.be.above(20);
    expect(unisolated(body, RLO)).to.deep.equal([]);
  });

  it('lets cells and headings wrap a long value anywhere', async () => {
    const { css } = await renderHtml(aReport());

    expect(css).to.match(/body \{[^}]*overflow-wrap: anywhere;/);
    expect(css).not.to.match(/table\.amis td code \{[^}]*white-space: nowrap/);
  });

  it('keeps a 10 000-character value whole in the page', async () => {
    const report = aReport({
      stacks: [aStack({ statusReason: LONG, parameters: [aParameter()] })],
      images: [anImage({ tags: [{ key: 'Notes', value: LONG }] })],
    });
    const { html } = await renderHtml(report);

    expect(html.split(LONG).length - 1).to.equal(3);
  });
});
