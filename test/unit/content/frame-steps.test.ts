import { createFrameSteps } from '../../../src/content/scan/frame-steps';

describe('the scanner\'s animation-frame work', () => {
  let frames: FrameRequestCallback[];
  let view: Window;
  beforeEach(() => {
    frames = [];
    view = { requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback) } as unknown as Window;
  });
  const runFrame = () => frames.splice(0).forEach((callback) => callback(0));

  it('detects before it places, in one callback, whatever order the work was asked for in', () => {
    const request = createFrameSteps(view);
    const ran: string[] = [];
    request('place', () => ran.push('place'));
    request('detect', () => ran.push('detect'));
    expect(frames).toHaveLength(1);
    runFrame();
    expect(ran).toEqual(['detect', 'place']);
  });

  it('places in the frame being run when the detection asks for it', () => {
    const request = createFrameSteps(view);
    const ran: string[] = [];
    request('detect', () => {
      ran.push('detect');
      request('place', () => ran.push('place'));
    });
    runFrame();
    expect(ran).toEqual(['detect', 'place']);
    expect(frames).toHaveLength(0);
  });

  it('detects in the next frame when the placing asks for it', () => {
    const request = createFrameSteps(view);
    const ran: string[] = [];
    request('place', () => {
      ran.push('place');
      request('detect', () => ran.push('detect'));
    });
    runFrame();
    expect(ran).toEqual(['place']);
    runFrame();
    expect(ran).toEqual(['place', 'detect']);
  });

  it('does nothing without animation frames (no window)', () => {
    const ran: string[] = [];
    createFrameSteps(null)('detect', () => ran.push('detect'));
    expect(ran).toEqual([]);
  });

  it('runs a step once a frame, and what a step asks for again in the next frame', () => {
    const request = createFrameSteps(view);
    let placed = 0;
    const place = () => {
      placed += 1;
      if (placed === 1) request('place', place);
    };
    request('place', place);
    request('place', place);
    runFrame();
    expect(placed).toBe(1);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(placed).toBe(2);
    expect(frames).toHaveLength(0);
  });
});
