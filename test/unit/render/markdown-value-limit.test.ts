import { expect } from 'chai';

import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';

describe('renderMarkdown with one huge value', () => {
  it('shortens the value and keeps every stack within the comment limit', async () => {
    const huge = `${'x'.repeat(65_535)}\u{1f680}`;
    const stacks = ['a-prod', 'b-prod', 'c-prod'].map((stackName) =>
      aStack({ stackName, parameters: [aParameter()] }),
    );
    const image = anImage({
      tags: [
        { key: 'Notes', value: huge },
        { key: 'Team', value: 'web' },
      ],
    });

    const markdown = await renderMarkdown(aReport({ stacks, images: [image] }), {});

    expect(markdown.length).to.be.at.most(65_536);
    for (const stack of ['a-prod', 'b-prod', 'c-prod']) expect(markdown).to.contain(`## ${stack}`);
    expect(markdown).to.contain(`${'x'.repeat(500)}… (65536 characters)`);
    expect(markdown).not.to.contain('x'.repeat(501));
  });
});
