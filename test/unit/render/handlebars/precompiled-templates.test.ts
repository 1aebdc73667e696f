import Handlebars from 'handlebars';
import { expect } from 'chai';

import {
  compileTemplates,
  createHandlebars,
} from '../../../../src/render/handlebars/compile-templates.js';
import * as generated from '../../../../src/render/handlebars/precompiled-templates.generated.js';
import {
  findPrecompiled,
  type PrecompiledTemplates,
} from '../../../../src/render/handlebars/precompiled-templates.js';
import { readTemplateFiles } from '../../../../src/render/handlebars/read-template-files.js';
import type { TemplateFile } from '../../../../src/render/handlebars/read-template-files.js';
import {
  MARKDOWN_TEMPLATES,
  TEMPLATE_SETS,
} from '../../../../src/render/handlebars/template-sets.js';

const MAIN_SOURCE = 'compiled now: {{name}}';
const files: TemplateFile[] = [{ name: 'report.hbs', path: '/t/report.hbs', source: MAIN_SOURCE }];

/** A template compiled at "build time" that says so, whatever it is given. */
const saysPrecompiled: TemplateSpecification = {
  compiler: [8, '>= 4.3.0'],
  main: () => 'from the build',
  useData: true,
};

function precompiledAs(source: string, options: string): PrecompiledTemplates {
  return { 'markdown/report.hbs': { source, options, spec: saysPrecompiled } };
}

function render(precompiled: PrecompiledTemplates): string {
  return compileTemplates(
    Handlebars.create(),
    files,
    MARKDOWN_TEMPLATES,
    precompiled,
  )({
    name: 'web',
  });
}

describe('precompiled built-in templates', () => {
  it('holds every built-in template, made from its current source', async () => {
    for (const set of TEMPLATE_SETS) {
      const builtIn = await readTemplateFiles(set.format);
      expect(builtIn.length, set.format).to.be.greaterThan(3);
      for (const file of builtIn) {
        const spec = findPrecompiled(generated.PRECOMPILED_TEMPLATES, set, file.name, file.source);
        expect(spec, `${set.format}/${file.name}`).to.not.equal(undefined);
      }
    }
  });

  it('uses the precompiled form while the source and options are unchanged', () => {
    expect(render(precompiledAs(MAIN_SOURCE, '{"noEscape":true}'))).to.equal('from the build');
  });

  it('compiles a changed source as it is now', () => {
    expect(render(precompiledAs('compiled then: {{name}}', '{"noEscape":true}'))).to.equal(
      'compiled now: web',
    );
  });

  it('compiles again when the compile options changed', () => {
    expect(render(precompiledAs(MAIN_SOURCE, '{}'))).to.equal('compiled now: web');
  });

  it('leaves the shared compile options as they were', () => {
    render({});
    expect(MARKDOWN_TEMPLATES.options).to.deep.equal({ noEscape: true });
  });

  it('loads the Handlebars runtime alone when every file is precompiled', async () => {
    const set = MARKDOWN_TEMPLATES;
    const builtIn = await readTemplateFiles(set.format);
    const runtimeOnly = await createHandlebars(builtIn, set);
    expect(runtimeOnly).to.not.have.property('compile');

    const changed = builtIn.map((file) => ({ ...file, source: `${file.source}\n` }));
    const withCompiler = await createHandlebars(changed, set);
    expect(withCompiler.compile).to.be.a('function');
  });
});
