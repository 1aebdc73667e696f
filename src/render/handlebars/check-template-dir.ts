import { stat } from 'node:fs/promises';
import path from 'node:path';

import { TemplateError } from '../../model/errors.js';
import { loadHtmlTemplate } from '../html/render-html.js';
import { loadMarkdownTemplate } from '../markdown/render-markdown.js';
import { unusedTemplateFiles } from './read-template-files.js';

/**
 * Compiles the user's templates before anything is read from AWS, so that a broken template
 * or a mistyped --template-dir fails the run at once instead of after collection. Returns a
 * warning for each file that would change nothing, such as a misspelt template name.
 */
export async function checkTemplateDir(templateDir: string, formats: string[]): Promise<string[]> {
  const folder = await stat(templateDir).catch(() => undefined);
  if (!folder?.isDirectory()) {
    const problem = folder ? 'is a file, not a folder' : 'does not exist';
    throw new TemplateError(`template folder ${templateDir} ${problem}`, {
      hint: 'pass --template-dir with a folder holding markdown/ and html/ templates',
    });
  }

  const warnings: string[] = [];
  for (const [format, folder, load] of [
    ['md', 'markdown', loadMarkdownTemplate],
    ['html', 'html', loadHtmlTemplate],
  ] as const) {
    if (!formats.includes(format)) continue;
    await load(templateDir);
    const { unused, builtIn } = await unusedTemplateFiles(folder, templateDir);
    for (const name of unused) {
      warnings.push(
        `${path.join(templateDir, folder, name)} replaces no built-in template and no template ` +
          `includes it, so it is not used (the ${folder} templates are ${builtIn.join(', ')})`,
      );
    }
  }
  return warnings;
}
