// The scanner's to-do list, in three lanes worked off against a deadline, first lane first:
// - urgent: what the agent is looking at now — candidates that came into the viewport, content
//   the page just added or changed, controls to restore, shadow roots;
// - soon: candidates a screen above or below the viewport (ready before the agent scrolls there);
// - background: the first walk of the whole document, which only finds candidates (and defers
//   most of them to the viewport gate), so it may take its time.
// So a scroll or a re-render never waits for the walk of a big page, or for the margins.
import { isReadOnlyTextInput, isTelLink } from './skip-rules';
import { candidateForText, resolveRoot, walkRoot, type Candidate, type RootWalk } from './walk';

export interface WorkQueue {
  /** Background work: a root to walk (the document at start). */
  push(node: Node): void;
  /** Urgent work: a node the agent may see now (changed, added, in the viewport). */
  pushUrgent(node: Node): void;
  /** Work for soon after: a node near the viewport. */
  pushSoon(node: Node): void;
  /** Handles candidates until the deadline (a performance.now() value); true if work is left. */
  runUntil(deadline: number, handle: (candidate: Candidate) => void): boolean;
  readonly pending: boolean;
  readonly urgentPending: boolean;
  readonly soonPending: boolean;
  clear(): void;
}

// How many plain walk steps between clock checks: reading the clock costs more than a step.
const STEPS_PER_CLOCK_CHECK = 64;

interface Lane {
  items: Node[];
  head: number;
  current: RootWalk | null;
}

const newLane = (): Lane => ({ items: [], head: 0, current: null });
const laneBusy = (lane: Lane) => lane.current !== null || lane.head < lane.items.length;

export function createWorkQueue(onShadowRoot: (root: ShadowRoot) => void): WorkQueue {
  let urgent = newLane();
  let soon = newLane();
  let background = newLane();

  // Starts the lane's next item; false when the lane is empty.
  const nextItem = (lane: Lane, handle: (candidate: Candidate) => void): boolean => {
    if (lane.head >= lane.items.length) {
      // Indices instead of shift(): tens of thousands of queued nodes must not cost O(n²).
      lane.items = [];
      lane.head = 0;
      return false;
    }
    const queued = lane.items[lane.head]!;
    lane.head += 1;
    // Resolved here, not when queued: the mutation observer's callback must stay cheap.
    const root = resolveRoot(queued);
    if (!root || !root.isConnected) return true;
    // A changed text that is no candidate any more is still handled, to remove its old control.
    if (root.nodeType === 3) handle(candidateForText(root as Text) ?? (root as Text));
    else if (isCandidateElement(root)) handle(root);
    else lane.current = walkRoot(root, onShadowRoot);
    return true;
  };

  return {
    push: (node) => void background.items.push(node),
    pushUrgent: (node) => void urgent.items.push(node),
    pushSoon: (node) => void soon.items.push(node),
    runUntil(deadline, handle) {
      const firstLane = () => (laneBusy(urgent) ? urgent : laneBusy(soon) ? soon : background);
      const startLane = firstLane();
      for (let steps = 1; ; steps += 1) {
        if (steps % STEPS_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) return true;
        const lane = firstLane();
        // A lane worked off ends the slice, so its controls reach the screen before lower lanes start.
        if (lane !== startLane && lane !== urgent && laneBusy(lane)) return true;
        if (!lane.current) {
          if (!nextItem(lane, handle)) {
            if (!laneBusy(urgent) && !laneBusy(soon) && !laneBusy(background)) return false;
            continue;
          }
          if (performance.now() >= deadline) return true;
          continue;
        }
        const found = lane.current.step();
        if (found === null) lane.current = null;
        else if (found) {
          handle(found);
          // Detecting and pairing costs far more than a walk step: check the clock after each.
          if (performance.now() >= deadline) return true;
        }
      }
    },
    get pending() {
      return laneBusy(urgent) || laneBusy(soon) || laneBusy(background);
    },
    get urgentPending() {
      return laneBusy(urgent);
    },
    get soonPending() {
      return laneBusy(soon);
    },
    clear() {
      urgent = newLane();
      soon = newLane();
      background = newLane();
    },
  };
}

function isCandidateElement(node: Node): node is Candidate {
  return node.nodeType === 1 && (isTelLink(node as Element) || isReadOnlyTextInput(node as Element));
}
