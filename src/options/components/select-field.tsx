// A labelled select with an optional hint.
interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
}

export function SelectField({ id, label, value, options, onChange, hint }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} value={value} aria-describedby={hintId} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
