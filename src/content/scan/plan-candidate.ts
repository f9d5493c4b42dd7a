// One candidate (text node, tel link, read-only input): detect its numbers and plan its controls.
import { planElementDecoration, planSplitDecoration, planTextDecoration, type DomWrite, type MakeControl } from './decorate';
import type { Decorations } from './decorations';
import { detectInInput, detectInTelLink, detectInText, type DetectContext } from './detect';
import type { Placements } from './placements';
import { isReadOnlyTextInput, isTelLink } from './skip-rules';
import { detectSplitNumbers } from './split-number';
import type { Candidate } from './walk';

/** What the candidate showed when it was decorated; when this changes, it is decorated again. */
export function candidateKey(candidate: Candidate): string {
  if (candidate.nodeType === 3) return (candidate as Text).data;
  if (isTelLink(candidate as Element)) return `${(candidate as Element).getAttribute('href')}\n${candidate.textContent}`;
  if (isReadOnlyTextInput(candidate as Element)) return (candidate as HTMLInputElement).value;
  return `split\n${candidate.textContent}`;
}

export function planCandidate(
  candidate: Candidate,
  key: string,
  context: DetectContext,
  make: MakeControl,
  marks: Decorations,
  placements: Placements,
): DomWrite | null {
  if (candidate.nodeType === 3) {
    const hits = detectInText(candidate as Text, context);
    if (hits.length > 0) return planTextDecoration(candidate as Text, hits, make, marks, placements);
  } else if (isTelLink(candidate as Element) || isReadOnlyTextInput(candidate as Element)) {
    const element = candidate as Element;
    const target = isTelLink(element) ? detectInTelLink(element, context) : detectInInput(element as HTMLInputElement, context);
    if (target) return planElementDecoration(element, key, target, make, marks, placements);
  } else {
    const hits = detectSplitNumbers(candidate as Element, context);
    if (hits.length > 0) return planSplitDecoration(candidate as Element, key, hits, make, marks, placements);
  }
  // Nothing callable: remember that, so unchanged text is not searched again.
  marks.record(candidate, key, []);
  return null;
}
