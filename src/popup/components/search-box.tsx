// Search by number or name. "/" from anywhere in the popup comes here; Escape clears; ↓ goes to the
// first matching request.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function SearchBox({ value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && value) {
      event.preventDefault();
      onChange('');
    } else if (event.key === 'ArrowDown') {
      const first = document.querySelector<HTMLButtonElement>('.requests > li.request:not([hidden]) button:not([disabled])');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <div class="search">
      <label htmlFor="request-search" class="visually-hidden">
        {t('search_label')}
      </label>
      <input
        ref={input}
        id="request-search"
        type="search"
        placeholder={t('search_placeholder')}
        autoComplete="off"
        // The popup opens to type a name or number at once.
        autoFocus
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
