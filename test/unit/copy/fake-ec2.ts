import { readFileSync } from 'node:fs';

import {
  CopyImageCommand,
  type CopyImageCommandInput,
  CreateTagsCommand,
  type CreateTagsCommandInput,
  DescribeImagesCommand,
  type DescribeImagesCommandInput,
  EC2Client,
  EC2ServiceException,
  type Image,
  type ImageState,
  type Tag,
} from '@aws-sdk/client-ec2';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';

export const SELF = '111122223333';
export const SOURCE_ID = 'ami-0bbbbbbbbbbbbbbb2';

/** An EC2 error as SDK v3 throws it: the code in `name`. */
export function anAwsError(code: string, message = code): EC2ServiceException {
  return new EC2ServiceException({ name: code, $fault: 'client', $metadata: {}, message });
}

/** The first image of a DescribeImages fixture in the AWS CLI's JSON shape. */
export function loadImageFixture(relativePath: string): Image {
  const url = new URL(`../../fixtures/cases/${relativePath}`, import.meta.url);
  const parsed = JSON.parse(readFileSync(url, 'utf8')) as { Images: Image[] };
  const image = parsed.Images[0];
  if (!image) throw new Error(`${relativePath} holds no image`);
  return image;
}

interface StoredImage extends Image {
  region: string;
}

/**
 * A small in-memory EC2 behind aws-sdk-client-mock, one stubbed client per region. It answers
 * as AWS does where the copy depends on it: an unknown id in ImageIds fails the call, a copy
 * starts `pending` and takes the tags sent with it (unless `dropCopyTags`, as moto does).
 */
export class FakeEc2 {
  readonly images: StoredImage[] = [];
  dropCopyTags = false;
  copyState: ImageState = 'pending';
  private readonly stubs = new Map<string, AwsClientStub<EC2Client>>();
  private readonly clients = new Map<string, EC2Client>();
  private copies = 0;

  constructor(regions: string[]) {
    for (const region of regions) this.addRegion(region);
  }

  readonly ec2For = (region: string): EC2Client => {
    const client = this.clients.get(region);
    if (!client) throw new Error(`no fake EC2 client for ${region}`);
    return client;
  };

  stub(region: string): AwsClientStub<EC2Client> {
    const stub = this.stubs.get(region);
    if (!stub) throw new Error(`no fake EC2 client for ${region}`);
    return stub;
  }

  add(region: string, image: Image): StoredImage {
    const defaults: Image = { OwnerId: SELF, State: 'available' };
    const stored = { ...defaults, ...structuredClone(image), region };
    this.images.push(stored);
    return stored;
  }

  find(region: string, imageId: string): StoredImage | undefined {
    return this.images.find((image) => image.region === region && image.ImageId === imageId);
  }

  tagsOf(region: string, imageId: string): Record<string, string> {
    const tags = this.find(region, imageId)?.Tags ?? [];
    return Object.fromEntries(tags.map((tag) => [tag.Key ?? '', tag.Value ?? '']));
  }

  inRegion(region: string): StoredImage[] {
    return this.images.filter((image) => image.region === region);
  }

  /** Every call that would change something, in any region. */
  mutatingCalls(): number {
    return [...this.stubs.values()].reduce(
      (sum, stub) =>
        sum +
        stub.commandCalls(CopyImageCommand).length +
        stub.commandCalls(CreateTagsCommand).length,
      0,
    );
  }

  private addRegion(region: string): void {
    const client = new EC2Client({ region });
    const stub = mockClient(client);
    stub.on(DescribeImagesCommand).callsFake((input: DescribeImagesCommandInput) => ({
      Images: this.describe(region, input),
    }));
    stub.on(CopyImageCommand).callsFake((input: CopyImageCommandInput) => this.copy(region, input));
    stub.on(CreateTagsCommand).callsFake((input: CreateTagsCommandInput) => {
      this.tag(region, input);
      return {};
    });
    this.clients.set(region, client);
    this.stubs.set(region, stub);
  }

  private describe(region: string, input: DescribeImagesCommandInput): Image[] {
    const inRegion = this.inRegion(region);
    if (input.ImageIds) {
      const missing = input.ImageIds.filter((id) => !inRegion.some((i) => i.ImageId === id));
      if (missing.length > 0) {
        throw anAwsError(
          'InvalidAMIID.NotFound',
          `The image id '[${missing.join(', ')}]' does not exist`,
        );
      }
    }
    return inRegion
      .filter((image) => !input.ImageIds || input.ImageIds.includes(image.ImageId ?? ''))
      .filter((image) => !input.Owners?.includes('self') || image.OwnerId === SELF)
      .filter((image) => (input.Filters ?? []).every((filter) => matches(image, filter)))
      .map(withoutRegion);
  }

  private copy(region: string, input: CopyImageCommandInput): { ImageId: string } {
    this.copies += 1;
    const imageId = `ami-0c0c0c0c0c0c0c0c${this.copies}`;
    const tagSpec = input.TagSpecifications?.find((spec) => spec.ResourceType === 'image');
    this.add(region, {
      ImageId: imageId,
      Name: input.Name,
      Description: input.Description,
      State: this.copyState,
      Tags: this.dropCopyTags ? [] : structuredClone(tagSpec?.Tags ?? []),
    });
    return { ImageId: imageId };
  }

  private tag(region: string, input: CreateTagsCommandInput): void {
    for (const id of input.Resources ?? []) {
      const image = this.find(region, id);
      if (!image)
        throw anAwsError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
      image.Tags = upsertTags(image.Tags ?? [], input.Tags ?? []);
    }
  }
}

function withoutRegion(stored: StoredImage): Image {
  const image: Image & { region?: string } = structuredClone(stored);
  delete image.region;
  return image;
}

function matches(image: Image, filter: { Name?: string; Values?: string[] }): boolean {
  const values = filter.Values ?? [];
  if (filter.Name === 'name') return values.includes(image.Name ?? '');
  if (filter.Name?.startsWith('tag:')) {
    const key = filter.Name.slice('tag:'.length);
    return (image.Tags ?? []).some((tag) => tag.Key === key && values.includes(tag.Value ?? ''));
  }
  throw new Error(`the fake does not know the filter ${filter.Name}`);
}

function upsertTags(current: Tag[], added: Tag[]): Tag[] {
  const keys = new Set(added.map((tag) => tag.Key));
  return [...current.filter((tag) => !keys.has(tag.Key)), ...structuredClone(added)];
}
