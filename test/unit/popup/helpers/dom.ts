// Small DOM helpers for preact components in jsdom: render, find by label/name/role, act on them.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const containers: HTMLElement[] = [];

/** Lets pending promises (message answers) settle and preact re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function mount(ui: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  await act(() => render(ui, container));
  await settle();
  return container;
}

/** Unmounts inside act: preact 11 runs useEffect cleanups after paint, which act flushes. */
export async function unmountAll(): Promise<void> {
  for (const container of containers.splice(0)) {
    await act(() => render(null, container));
    container.remove();
  }
}

/** The control whose <label for> text is exactly `text`. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, text: string): T {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
  const control = label?.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`No control labelled "${text}"`);
  return control as T;
}

/** A button by accessible name: aria-label, else its text. */
export function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const button = queryButton(root, name);
  if (!button) throw new Error(`No button named "${name}"`);
  return button;
}

export function queryButton(root: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name,
  );
}

export function textsOfRole(root: HTMLElement, role: string): string[] {
  return [...root.querySelectorAll(`[role="${role}"]`)].map((element) => element.textContent?.trim() ?? '');
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
  await settle();
}

export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(() => form.requestSubmit());
  await settle();
}
