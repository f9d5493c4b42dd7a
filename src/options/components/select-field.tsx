// A labelled select with an optional hint; disabled with a note when the administrator locked it.
import { LockedNote, describedBy } from '../locked-settings';

interface Props {
  id: string;
  label: string;
  value: string;
  /** `lang`: an option in another language than the page's (a language's own name, WCAG 3.1.2). */
  options: readonly { value: string; label: string; lang?: string }[];
  onChange: (value: string) => void;
  hint?: string;
  locked?: boolean;
}

export function SelectField({ id, label, value, options, onChange, hint, locked = false }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const lockedId = `${id}-locked`;
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} value={value} disabled={locked} aria-describedby={describedBy(hintId, locked && lockedId)} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
      {locked ? <LockedNote id={lockedId} /> : null}
    </div>
  );
}
