// The scanner's to-do list, in three lanes worked off against a deadline, first lane first:
// - urgent: what the agent is looking at now — candidates that came into the viewport, content
//   the page just added or changed, controls to restore, shadow roots;
// - soon: candidates a screen above or below the viewport (ready before the agent scrolls there);
// - background: the first walk of the whole document, which only finds candidates (and defers
//   most of them to the viewport gate), so it may take its time.
// So a scroll or a re-render never waits for the walk of a big page, or for the margins.
import { LAZY_CHILD_COUNT } from './lazy-regions';
import { isReadOnlyTextInput, isTelLink } from './skip-rules';
import { candidateForText, resolveRoot, walkRoot, type Candidate, type RootWalk } from './walk';

export interface WorkQueue {
  /** Background work: a root to walk (the document at start). */
  push(node: Node): void;
  /**
   * Urgent work: a node the agent may see now (changed, added, in the viewport). `near`: known to be
   * in or near the viewport, so its candidates need no viewport check.
   */
  pushUrgent(node: Node, near?: boolean): void;
  /** Work for soon after: a node near the viewport. */
  pushSoon(node: Node, near?: boolean): void;
  /**
   * Handles candidates until the deadline (a performance.now() value); true if work is left.
   * `urgentOnly`: the other lanes wait (the agent is scrolling: what comes into view goes first).
   */
  runUntil(deadline: number, handle: HandleCandidate, urgentOnly?: boolean): boolean;
  readonly pending: boolean;
  readonly urgentPending: boolean;
  readonly soonPending: boolean;
  clear(): void;
}

// How many plain walk steps between clock checks: reading the clock costs more than a step.
const STEPS_PER_CLOCK_CHECK = 64;

export type LaneName = 'urgent' | 'soon' | 'background';
/**
 * `lane`: where the candidate was found; `near`: it came from a node pushed as near the viewport.
 * So the scanner knows what the agent may be looking at.
 */
export type HandleCandidate = (candidate: Candidate, lane: LaneName, near: boolean) => void;

interface Lane {
  name: LaneName;
  items: Node[];
  /** Whether the walk in progress started from a node pushed as near. */
  currentNear: boolean;
  head: number;
  current: RootWalk | null;
}

const newLane = (name: LaneName): Lane => ({ name, items: [], head: 0, current: null, currentNear: false });
const laneBusy = (lane: Lane) => lane.current !== null || lane.head < lane.items.length;

/** `adopt`: takes big containers off the walk (lazy-regions.ts); their children come back later. */
export function createWorkQueue(onShadowRoot: (root: ShadowRoot) => void, adopt: (container: Element) => boolean = () => false): WorkQueue {
  let urgent = newLane('urgent');
  let soon = newLane('soon');
  let background = newLane('background');
  const nearNodes = new WeakSet<Node>();
  const push = (lane: Lane, node: Node, near = false) => {
    if (near) nearNodes.add(node);
    lane.items.push(node);
  };

  // A big container queued as a whole (a grid body the page put in at once) is not walked now either.
  const isAdopted = (root: Node) => root.nodeType === 1 && (root as Element).childElementCount > LAZY_CHILD_COUNT && adopt(root as Element);

  // Starts the lane's next item; false when the lane is empty.
  const nextItem = (lane: Lane, handle: HandleCandidate): boolean => {
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
    const near = nearNodes.has(queued);
    // A changed text that is no candidate any more is still handled, to remove its old control.
    if (root.nodeType === 3) handle(candidateForText(root as Text) ?? (root as Text), lane.name, near);
    else if (isCandidateElement(root)) handle(root, lane.name, near);
    else if (!isAdopted(root)) {
      lane.current = walkRoot(root, onShadowRoot, adopt);
      lane.currentNear = near;
    }
    return true;
  };

  return {
    push: (node) => push(background, node),
    pushUrgent: (node, near) => push(urgent, node, near),
    pushSoon: (node, near) => push(soon, node, near),
    runUntil(deadline, handle, urgentOnly = false) {
      const firstLane = () => (laneBusy(urgent) ? urgent : laneBusy(soon) ? soon : background);
      const startLane = firstLane();
      if (urgentOnly && startLane !== urgent) return laneBusy(soon) || laneBusy(background);
      for (let steps = 1; ; steps += 1) {
        if (steps % STEPS_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) return true;
        const lane = firstLane();
        // A lane worked off ends the slice, so its controls reach the screen before lower lanes start.
        if (lane !== startLane && lane !== urgent && laneBusy(lane)) return true;
        if (urgentOnly && lane !== urgent) return true;
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
          handle(found, lane.name, lane.currentNear);
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
      urgent = newLane('urgent');
      soon = newLane('soon');
      background = newLane('background');
    },
  };
}

function isCandidateElement(node: Node): node is Candidate {
  return node.nodeType === 1 && (isTelLink(node as Element) || isReadOnlyTextInput(node as Element));
}
