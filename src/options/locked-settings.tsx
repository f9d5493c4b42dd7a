// Settings the administrator locked through enterprise policy (issue 6.5): one context for the
// whole options page, so any field can ask "am I locked?" without threading props through sections.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/storage/settings';

/** In the active language: a function, so a change of language shows at once. */
export const lockedNote = (): string => t('options_locked_note');

export const LockedSettingsContext = createContext<ReadonlySet<string>>(new Set());

/** Whether the administrator locked this setting (the field is shown disabled, with a note). */
export function useLocked(key: keyof Settings): boolean {
  return useContext(LockedSettingsContext).has(key);
}

/** The note beside a locked field; give its id to the field's aria-describedby. */
export function LockedNote({ id }: { id: string }) {
  return (
    <p id={id} class="hint locked-note">
      {lockedNote()}
    </p>
  );
}

/** aria-describedby for a field with an optional hint and, when locked, the locked note. */
export function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(' ') : undefined;
}
