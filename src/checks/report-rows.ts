import type { AmiParameter, AmiReport, ImageEntry, StackEntry } from '../model/report.js';

/** One AMI parameter of one stack: the unit the value checks judge. */
export interface ParameterRow {
  stack: StackEntry;
  parameter: AmiParameter;
}

/** One image id of a resolved parameter (a list parameter gives several rows). */
export interface ImageRow extends ParameterRow {
  imageId: string;
  /** Undefined when the report holds no lookup for this id in the stack's region. */
  image: ImageEntry | undefined;
}

export interface FoundImageRow extends ImageRow {
  image: ImageEntry;
}

/**
 * Rows listed once per report object: every check asks for them, and a report is not changed
 * after it is collected (evaluating it makes a new one).
 */
const listed = new WeakMap<AmiReport, { parameters?: ParameterRow[]; images?: ImageRow[] }>();

function rowsOf(report: AmiReport) {
  let rows = listed.get(report);
  if (!rows) {
    rows = {};
    listed.set(report, rows);
  }
  return rows;
}

export function listParameterRows(report: AmiReport): readonly ParameterRow[] {
  const rows = rowsOf(report);
  rows.parameters ??= report.stacks.flatMap((stack) =>
    stack.parameters.map((parameter) => ({ stack, parameter })),
  );
  return rows.parameters;
}

export function listImageRows(report: AmiReport): readonly ImageRow[] {
  const rows = rowsOf(report);
  rows.images ??= imageRowsOf(report);
  return rows.images;
}

function imageRowsOf(report: AmiReport): ImageRow[] {
  const images = indexImages(report.images);

  return listParameterRows(report)
    .filter((row) => row.parameter.valueState === 'resolved')
    .flatMap((row) =>
      row.parameter.imageIds.map((imageId) => ({
        ...row,
        imageId,
        image: images.get(imageKey(row.stack.region, imageId)),
      })),
    );
}

/** The rows the image checks judge: only images that EC2 described. */
export function listFoundImageRows(report: AmiReport): FoundImageRow[] {
  return listImageRows(report).filter((row): row is FoundImageRow => row.image?.lookup === 'found');
}

// AMI ids are regional: the same id in two regions names two different images.
function imageKey(region: string, imageId: string): string {
  return `${region}/${imageId}`;
}

function indexImages(images: ImageEntry[]): Map<string, ImageEntry> {
  return new Map(images.map((image) => [imageKey(image.region, image.imageId), image]));
}
