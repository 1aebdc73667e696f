import type { AmiParameter, ImageSide } from '../model/report.js';
import { findImage, type ImageIndex } from './image-index.js';

/** One side of a parameter change: the ids it resolved to, with their names and dates. */
export function toImageSide(
  parameter: AmiParameter,
  region: string,
  images: ImageIndex,
): ImageSide {
  const found = parameter.imageIds.map((imageId) => findImage(images, region, imageId));
  const side: ImageSide = {
    imageIds: [...parameter.imageIds],
    valueState: parameter.valueState,
    names: found.map((image) => image?.name ?? null),
    createdAt: found.map((image) => image?.createdAt ?? null),
  };
  if (parameter.ssmParameter !== undefined) side.ssmParameter = parameter.ssmParameter;
  if (parameter.invalidValue !== undefined) side.invalidValue = parameter.invalidValue;
  return side;
}
