import type { Check } from './check.js';
import { imageAge } from './image-age.js';
import { imageDeprecated } from './image-deprecated.js';
import { imageDeprecationSoon } from './image-deprecation-soon.js';
import { imageNotFound } from './image-not-found.js';
import { imageOwner } from './image-owner.js';
import { imagePublic } from './image-public.js';
import { imageState } from './image-state.js';
import { noechoParameter } from './noecho-parameter.js';
import { requiredTags } from './required-tags.js';
import { stackStatus } from './stack-status.js';
import { valueInvalid } from './value-invalid.js';
import { valueNotSet } from './value-not-set.js';

/** Every check, in the order the documentation lists them. */
export const allChecks: readonly Check[] = [
  stackStatus,
  valueNotSet,
  valueInvalid,
  noechoParameter,
  imageNotFound,
  imageState,
  imageDeprecated,
  imageDeprecationSoon,
  imageAge,
  requiredTags,
  imageOwner,
  imagePublic,
];

export const checkIds: readonly string[] = allChecks.map((check) => check.id);
