// How a passage is referred to under its quote: "6a Edge of Care - Scoping Report, page 103".
import { passageReference } from '../../shared/questions/exportModel';
import type { PassageLink } from '../../shared/questions/types';

export function passagePlace(passage: PassageLink): string {
  return passageReference({ ...passage, quote: '' }).replace(/: “”$/, '');
}
