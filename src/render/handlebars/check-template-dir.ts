import { stat } from 'node:fs/promises';

import { TemplateError } from '../../model/errors.js';
import { loadHtmlTemplate } from '../html/render-html.js';
import { loadMarkdownTemplate } from '../markdown/render-markdown.js';

/**
 * Compiles the user's templates before anything is read from AWS, so that a broken template
 * or a mistyped --template-dir fails the run at once instead of after collection.
 */
export async function checkTemplateDir(templateDir: string, formats: string[]): Promise<void> {
  const folder = await stat(templateDir).catch(() => undefined);
  if (!folder?.isDirectory()) {
    const problem = folder ? 'is a file, not a folder' : 'does not exist';
    throw new TemplateError(`template folder ${templateDir} ${problem}`, {
      hint: 'pass --template-dir with a folder holding markdown/ and html/ templates',
    });
  }

  if (formats.includes('md')) await loadMarkdownTemplate(templateDir);
  if (formats.includes('html')) await loadHtmlTemplate(templateDir);
}
