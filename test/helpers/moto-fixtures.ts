import { readFileSync } from 'node:fs';

import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateTagsCommand, EC2Client, RegisterImageCommand } from '@aws-sdk/client-ec2';

import type { AmiReport } from '../../src/model/report.js';
import { MOTO_INSTALL_HINT, motoAvailable } from './moto-server.js';

const TEMPLATES = new URL('../fixtures/templates/', import.meta.url);

/** The credentials moto accepts; the SDK never looks further for real ones. */
const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface StackSpec {
  name: string;
  /** A file name under test/fixtures/templates/. */
  template: string;
  parameters?: Record<string, string>;
  tags?: Record<string, string>;
}

/**
 * Creates images, SSM parameters and stacks in a moto_server, in any region, with the AWS SDK.
 * One client per service and region; `destroy` closes them.
 */
export class MotoFixtures {
  private readonly clients = new Map<string, CloudFormationClient | EC2Client>();
  /** Every image registered, by id: `NAME@REGION`, for comparing reports across runs. */
  readonly imageLabels = new Map<string, string>();

  constructor(readonly endpoint: string) {}

  async registerImage(region: string, name: string, tags: Record<string, string> = {}) {
    const registered = await this.ec2(region).send(
      new RegisterImageCommand({
        Name: name,
        Description: `${name} built for tests`,
        Architecture: 'x86_64',
        RootDeviceName: '/dev/xvda',
      }),
    );
    const imageId = registered.ImageId ?? '';
    this.imageLabels.set(imageId, `${name}@${region}`);
    const tagList = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    if (tagList.length > 0) {
      await this.ec2(region).send(new CreateTagsCommand({ Resources: [imageId], Tags: tagList }));
    }
    return imageId;
  }

  /**
   * Puts an AMI id into SSM for SSM-typed stack parameters. The project has no SSM client, and
   * moto reads the region from the credential scope without checking the signature.
   */
  async putImageParameter(region: string, name: string, imageId: string): Promise<void> {
    const response = await fetch(`${this.endpoint}/`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AmazonSSM.PutParameter',
        Authorization:
          `AWS4-HMAC-SHA256 Credential=test/20261203/${region}/ssm/aws4_request, ` +
          'SignedHeaders=host, Signature=0',
      },
      body: JSON.stringify({
        Name: name,
        Value: imageId,
        Type: 'String',
        DataType: 'aws:ec2:image',
        Overwrite: true,
      }),
    });
    if (!response.ok) throw new Error(`SSM PutParameter ${name}: HTTP ${response.status}`);
  }

  async createStack(region: string, spec: StackSpec): Promise<string> {
    const created = await this.cloudFormation(region).send(
      new CreateStackCommand({
        StackName: spec.name,
        TemplateBody: readTemplate(spec.template),
        Parameters: Object.entries(spec.parameters ?? {}).map(([key, value]) => ({
          ParameterKey: key,
          ParameterValue: value,
        })),
        Tags: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    return created.StackId ?? '';
  }

  /**
   * Creates the stacks one after the other, in order: moto_server has answered concurrent
   * CreateStack calls with an HTML error page under load.
   */
  async createStacks(region: string, specs: StackSpec[]): Promise<string[]> {
    const ids: string[] = [];
    for (const spec of specs) ids.push(await this.createStack(region, spec));
    return ids;
  }

  async deleteStack(region: string, name: string): Promise<void> {
    await this.cloudFormation(region).send(new DeleteStackCommand({ StackName: name }));
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private ec2(region: string): EC2Client {
    return this.client(`ec2:${region}`, () => new EC2Client(this.config(region)));
  }

  private cloudFormation(region: string): CloudFormationClient {
    return this.client(`cfn:${region}`, () => new CloudFormationClient(this.config(region)));
  }

  private client<C extends CloudFormationClient | EC2Client>(key: string, make: () => C): C {
    if (!this.clients.has(key)) this.clients.set(key, make());
    return this.clients.get(key) as C;
  }

  private config(region: string) {
    return { region, endpoint: this.endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  }
}

export function readTemplate(name: string): string {
  return readFileSync(new URL(name, TEMPLATES), 'utf8');
}

/** `count` stacks named `bulk-000`.. from a template with no parameters. */
export function fillerStacks(count: number): StackSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `bulk-${String(index).padStart(3, '0')}`,
    template: 'filler.yaml',
  }));
}

let available: boolean | undefined;
let hintShown = false;

/**
 * Call first in a moto suite's `before`. Without moto_server the suite is pending locally (the
 * install command is printed once) and fails in CI, where the emulator is required.
 */
export function requireMoto(context: Mocha.Context): void {
  available ??= motoAvailable();
  if (available) return;
  if (process.env.CI === 'true') {
    throw new Error(`moto_server is required in CI but was not found: ${MOTO_INSTALL_HINT}`);
  }
  if (!hintShown) {
    process.stderr.write(`moto_server not found; moto suites are pending: ${MOTO_INSTALL_HINT}\n`);
    hintShown = true;
  }
  context.skip();
}

/** A report with what moto makes up on each run replaced by stable placeholders. */
export type NormalizedReport = Omit<AmiReport, 'stats'> & {
  stats: Omit<AmiReport['stats'], 'durationMs'>;
};

/**
 * Replaces moto's random image ids with `<NAME@REGION>`, stack id suffixes with `<uuid>`,
 * creation times with `<time>` and the package version with `<version>`, and drops the
 * duration, so that a report can be compared with an expected file.
 */
export function normalizeReport(report: AmiReport, labels: Map<string, string>) {
  let text = JSON.stringify(report);
  for (const [imageId, label] of labels) text = text.replaceAll(imageId, `<${label}>`);
  text = text.replace(/(:stack\/[^/"]+\/)[0-9a-f-]{36}/g, '$1<uuid>');
  const normalized = JSON.parse(text, (key, value: unknown) =>
    TIME_KEYS.has(key) && typeof value === 'string' ? '<time>' : value,
  ) as AmiReport;

  const { durationMs, ...stats } = normalized.stats;
  void durationMs;
  return {
    ...normalized,
    generator: { ...normalized.generator, version: '<version>' },
    // the report sorts images by id, and moto's ids are random: sort again by their labels
    images: normalized.images.sort((a, b) =>
      `${a.region} ${a.imageId}`.localeCompare(`${b.region} ${b.imageId}`),
    ),
    stats,
  } satisfies NormalizedReport;
}

const TIME_KEYS = new Set(['createdAt', 'lastUpdatedAt']);
