// A labelled text input with an optional hint (linked with aria-describedby).
interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url';
  autocomplete?: string;
  hint?: string;
  placeholder?: string;
}

export function TextField({ id, label, value, onInput, type = 'text', autocomplete, hint, placeholder }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
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
        aria-describedby={hintId}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
