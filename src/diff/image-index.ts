import type { ImageEntry } from '../model/report.js';

/** The images of one report, found by region and id (AMI ids are regional). */
export type ImageIndex = ReadonlyMap<string, ImageEntry>;

export function indexImages(images: readonly ImageEntry[]): ImageIndex {
  return new Map(images.map((image) => [imageKey(image.region, image.imageId), image]));
}

export function findImage(
  index: ImageIndex,
  region: string,
  imageId: string,
): ImageEntry | undefined {
  return index.get(imageKey(region, imageId));
}

function imageKey(region: string, imageId: string): string {
  return `${region}/${imageId}`;
}
