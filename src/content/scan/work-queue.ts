// The scanner's to-do list: roots to walk (the document, shadow roots, added subtrees) and single
// candidates (changed text, candidates coming near the viewport). Worked off against a deadline.
import { isReadOnlyTextInput, isTelLink } from './skip-rules';
import { candidateForText, resolveRoot, walkRoot, type Candidate, type RootWalk } from './walk';

export interface WorkQueue {
  push(node: Node): void;
  /** Handles candidates until the deadline (a performance.now() value); true if work is left. */
  runUntil(deadline: number, handle: (candidate: Candidate) => void): boolean;
  readonly pending: boolean;
  clear(): void;
}

// How many plain walk steps between clock checks: reading the clock costs more than a step.
const STEPS_PER_CLOCK_CHECK = 64;

export function createWorkQueue(onShadowRoot: (root: ShadowRoot) => void): WorkQueue {
  let roots: Node[] = [];
  let current: RootWalk | null = null;

  const nextWalk = (handle: (candidate: Candidate) => void): boolean => {
    const queued = roots.shift();
    if (!queued) return false;
    // Resolved here, not when queued: the mutation observer's callback must stay cheap.
    const root = resolveRoot(queued);
    if (!root || !root.isConnected) return true;
    // A changed text that is no candidate any more is still handled, to remove its old control.
    if (root.nodeType === 3) handle(candidateForText(root as Text) ?? (root as Text));
    else if (isCandidateElement(root)) handle(root);
    else current = walkRoot(root, onShadowRoot);
    return true;
  };

  return {
    push: (node) => void roots.push(node),
    runUntil(deadline, handle) {
      for (let steps = 1; ; steps += 1) {
        if (steps % STEPS_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) return true;
        if (!current) {
          if (!nextWalk(handle)) return false;
          if (performance.now() >= deadline) return true;
          continue;
        }
        const found = current.step();
        if (found === null) current = null;
        else if (found) {
          handle(found);
          // Detecting and pairing costs far more than a walk step: check the clock after each.
          if (performance.now() >= deadline) return true;
        }
      }
    },
    get pending() {
      return current !== null || roots.length > 0;
    },
    clear() {
      roots = [];
      current = null;
    },
  };
}

function isCandidateElement(node: Node): node is Candidate {
  return node.nodeType === 1 && (isTelLink(node as Element) || isReadOnlyTextInput(node as Element));
}
