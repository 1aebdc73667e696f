import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParameterDeclaration, Stack } from '@aws-sdk/client-cloudformation';
import type { Image } from '@aws-sdk/client-ec2';

import { AwsError, InputError } from '../model/errors.js';
import { regionOfStackId } from '../ami/stack-arn.js';
import type { StackReader } from './stack-reader.js';

const REGION_IN_NAME = /([a-z]{2}(?:-gov)?-[a-z]+-\d)/;

interface ImageFile {
  region?: string;
  images: Image[];
  /** A saved error response instead of images: the call failed when it was captured. */
  error?: { code: string; message: string };
}

/**
 * Reads what the AWS CLI printed into a folder: `describe-stacks*.json`,
 * `describe-images*.json` (a region in the file name limits it to that region) and optional
 * `template-summary/<StackName>.json`. No network.
 */
export class CaptureReader implements StackReader {
  private constructor(
    private readonly directory: string,
    private readonly stacks: Stack[],
    private readonly imageFiles: ImageFile[],
  ) {}

  static async open(directory: string): Promise<CaptureReader> {
    const names = await listFolder(directory);
    const stackFiles = names.filter((name) => /^describe-stacks.*\.json$/.test(name));
    if (stackFiles.length === 0) {
      throw new InputError(`${directory} has no describe-stacks.json`, {
        hint: 'save `aws cloudformation describe-stacks --output json` there',
      });
    }

    const files = await Promise.all(
      stackFiles.map(async (n) => ({ name: n, stacks: await readStacks(directory, n) })),
    );
    const stacks = uniqueStacks(directory, files);
    const imageNames = names.filter((name) => /^describe-images.*\.json$/.test(name));
    const images = await Promise.all(imageNames.map((n) => readImages(directory, n)));
    return new CaptureReader(directory, stacks, images);
  }

  /** Regions of the captured stacks, sorted. */
  regions(): string[] {
    const regions = this.stacks.map((stack) => regionOfStackId(stack.StackId ?? ''));
    return [...new Set(regions.filter((r): r is string => r !== undefined))].sort();
  }

  describeStack(region: string, stackNameOrId: string): Promise<Stack | undefined> {
    const live = this.inRegion(region).filter(
      (stack) => stack.StackId === stackNameOrId || stack.StackName === stackNameOrId,
    );
    // By name AWS shows the live stack; by id it also shows a deleted one.
    const match =
      live.find((stack) => stack.StackId === stackNameOrId) ??
      live.find((stack) => stack.StackStatus !== 'DELETE_COMPLETE');
    return Promise.resolve(match);
  }

  listStacks(region: string): Promise<Stack[]> {
    const stacks = this.inRegion(region).filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
    return Promise.resolve(stacks);
  }

  /**
   * The captured images of these ids. Where the capture holds a saved error for the region
   * instead (`{"Error": ...}`) and some ids were not captured, the call fails with that error
   * as AWS failed it: the images are unknown, not missing. An error about bad ids applies
   * only while one of the ids it names is asked for.
   */
  describeImages(region: string, imageIds: string[]): Promise<Image[]> {
    const files = this.imageFiles.filter((f) => f.region === undefined || f.region === region);
    const wanted = new Set(imageIds);
    const found = new Map<string, Image>();
    for (const image of files.flatMap((file) => file.images)) {
      if (image.ImageId && wanted.has(image.ImageId)) found.set(image.ImageId, image);
    }

    const uncaptured = imageIds.filter((id) => !found.has(id));
    const failed = files.find(({ error }) => error && appliesTo(error, uncaptured));
    if (failed?.error) {
      const { code, message } = failed.error;
      return Promise.reject(
        new AwsError(
          code,
          'DescribeImages',
          region,
          `DescribeImages in ${region} failed: ${code}: ${message}`,
        ),
      );
    }
    return Promise.resolve([...found.values()]);
  }

  async getTemplateSummary(_region: string, stackId: string) {
    const stack = this.stacks.find((s) => s.StackId === stackId);
    if (!stack?.StackName) return undefined;

    const file = path.join(this.directory, 'template-summary', `${stack.StackName}.json`);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    const parsed = parseJson(file, text) as { Parameters?: ParameterDeclaration[] };
    return Array.isArray(parsed.Parameters) ? parsed.Parameters : undefined;
  }

  private inRegion(region: string): Stack[] {
    return this.stacks.filter((stack) => regionOfStackId(stack.StackId ?? '') === region);
  }
}

/**
 * The same stack id in two files would make the report depend on which file is read first:
 * refused, naming both files. (The same stack by id in one file is AWS's own answer.)
 */
function uniqueStacks(directory: string, files: { name: string; stacks: Stack[] }[]): Stack[] {
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const stack of file.stacks) {
      const id = stack.StackId ?? '';
      const other = seen.get(id);
      if (other !== undefined && other !== file.name) {
        throw new InputError(
          `stack ${stack.StackName ?? id} is in both ${other} and ${file.name} in ${directory}`,
          { hint: 'keep one capture of each stack in the folder' },
        );
      }
      seen.set(id, file.name);
    }
  }
  return files.flatMap((file) => file.stacks);
}

async function listFolder(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).sort();
  } catch (error) {
    throw new InputError(`cannot read the capture folder ${directory}`, {
      hint: 'pass --from-aws-cli with a folder that holds describe-stacks.json',
      cause: error,
    });
  }
}

async function readStacks(directory: string, name: string): Promise<Stack[]> {
  const file = path.join(directory, name);
  const parsed = parseJson(file, await readFile(file, 'utf8')) as { Stacks?: unknown };
  if (!Array.isArray(parsed.Stacks) || !parsed.Stacks.every(isStackLike)) {
    throw new InputError(`${file} is not DescribeStacks output: no "Stacks" list of stacks`, {
      hint: 'save it with `aws cloudformation describe-stacks --output json`',
    });
  }
  return parsed.Stacks as Stack[];
}

async function readImages(directory: string, name: string): Promise<ImageFile> {
  const file = path.join(directory, name);
  const parsed = parseJson(file, await readFile(file, 'utf8'));
  const region = REGION_IN_NAME.exec(name)?.[1];
  if ('Error' in parsed && !('Images' in parsed)) {
    return { region, images: [], error: savedError(file, parsed.Error) };
  }
  if (!Array.isArray(parsed.Images)) {
    throw new InputError(`${file} is not DescribeImages output: no "Images" list`, {
      hint: 'save it with `aws ec2 describe-images --image-ids ... --output json`',
    });
  }
  return { region, images: parsed.Images as Image[] };
}

/** The code and message of a saved AWS error response: `{"Error": {"Code", "Message"}}`. */
function savedError(file: string, error: unknown): { code: string; message: string } {
  const { Code: code, Message: message } = (error ?? {}) as Record<string, unknown>;
  if (typeof code !== 'string' || code === '') {
    throw new InputError(`${file} holds an "Error" without a "Code"`, {
      hint: 'keep the error response as AWS returned it, or remove the file',
    });
  }
  return { code, message: typeof message === 'string' ? message : '' };
}

/** A bad-id error names the ids it is about; any other error fails the whole call. */
function appliesTo(error: { code: string; message: string }, ids: string[]): boolean {
  if (ids.length === 0) return false;
  if (!error.code.startsWith('InvalidAMIID.')) return true;
  return ids.some((id) => error.message.includes(id));
}

function parseJson(file: string, text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`, {
      hint: 'save the AWS CLI output with --output json',
      cause: error,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`${file} does not hold a JSON object`, {
      hint: 'save the AWS CLI output with --output json',
    });
  }
  return parsed as Record<string, unknown>;
}

function isStackLike(value: unknown): boolean {
  const stack = value as Record<string, unknown> | null;
  return typeof stack === 'object' && stack !== null && typeof stack.StackId === 'string';
}
