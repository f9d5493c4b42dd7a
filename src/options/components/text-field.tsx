// A labelled text input with an optional hint (linked with aria-describedby); disabled with a note
// when the administrator locked it.
import { LockedNote, describedBy } from '../locked-settings';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url';
  autocomplete?: string;
  hint?: string;
  placeholder?: string;
  locked?: boolean;
}

export function TextField({ id, label, value, onInput, type = 'text', autocomplete, hint, placeholder, locked = false }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const lockedId = `${id}-locked`;
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        // preact's input props are a union keyed on `type`; a union-typed value cannot pick one.
        type={type as 'text'}
        value={value}
        autocomplete={autocomplete}
        placeholder={placeholder}
        spellcheck={false}
        disabled={locked}
        aria-describedby={describedBy(hintId, locked && lockedId)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
      {locked ? <LockedNote id={lockedId} /> : null}
    </div>
  );
}
