import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { TemplateError } from '../../model/errors.js';
import { packageFile } from '../../package-root.js';

export type TemplateFormat = 'markdown' | 'html';

export interface TemplateFile {
  /** File name, such as `stack.hbs`; partials are registered by it without the extension. */
  name: string;
  path: string;
  source: string;
}

/** The templates shipped with the package, beside its package.json. */
export function builtInTemplateDir(): string {
  return packageFile('templates');
}

/**
 * Every `.hbs` file of a format: the built-in ones, each replaced by a file of the same name
 * in `<templateDir>/<format>/` when there is one; extra user files become extra partials.
 */
export async function readTemplateFiles(
  format: TemplateFormat,
  templateDir?: string,
): Promise<TemplateFile[]> {
  const files = new Map<string, string>();
  for (const name of await listTemplates(path.join(builtInTemplateDir(), format), true)) {
    files.set(name, path.join(builtInTemplateDir(), format, name));
  }
  if (templateDir !== undefined) {
    const userDir = path.join(templateDir, format);
    for (const name of await listTemplates(userDir, false))
      files.set(name, path.join(userDir, name));
  }

  const names = [...files.keys()].sort();
  return Promise.all(names.map((name) => readTemplate(name, files.get(name) ?? '')));
}

/**
 * The user's files of a format that change nothing: they replace no built-in template, and no
 * template includes them as a partial. Usually a misspelt name, such as `ami-report.hbs` for
 * `report.hbs`.
 */
export async function unusedTemplateFiles(
  format: TemplateFormat,
  templateDir: string,
): Promise<{ unused: string[]; builtIn: string[] }> {
  const builtIn = (await listTemplates(path.join(builtInTemplateDir(), format), true)).sort();
  const files = await readTemplateFiles(format, templateDir);
  const own = await listTemplates(path.join(templateDir, format), false);
  const included = (name: string) => {
    const partial = new RegExp(`\\{\\{#?>\\s*${escapeRegExp(partialName(name))}[\\s}]`);
    return files.some((file) => file.name !== name && partial.test(file.source));
  };
  const unused = own.filter((name) => !builtIn.includes(name) && !included(name)).sort();
  return { unused, builtIn };
}

/** The name a template file is included by: `{{> stack}}` for `stack.hbs`. */
export function partialName(fileName: string): string {
  return fileName.replace(/\.hbs$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One named asset (such as the stylesheet), from the user's folder when it has one. */
export async function readTemplateAsset(
  format: TemplateFormat,
  name: string,
  templateDir?: string,
): Promise<string> {
  if (templateDir !== undefined) {
    const userFile = path.join(templateDir, format, name);
    const user = await readFile(userFile, 'utf8').catch(() => undefined);
    if (user !== undefined) return user;
  }
  return (await readTemplate(name, path.join(builtInTemplateDir(), format, name))).source;
}

async function listTemplates(dir: string, required: boolean): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
      .map((e) => e.name);
  } catch (error) {
    if (!required && isMissing(error)) return [];
    throw new TemplateError(`cannot read the template folder ${dir}`, {
      hint: 'check --template-dir: it names a folder holding markdown/ and html/ templates',
      cause: error,
    });
  }
}

async function readTemplate(name: string, file: string): Promise<TemplateFile> {
  try {
    return { name, path: file, source: await readFile(file, 'utf8') };
  } catch (error) {
    throw new TemplateError(`cannot read the template ${file}`, {
      hint: 'check that the file exists and is readable',
      cause: error,
    });
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
