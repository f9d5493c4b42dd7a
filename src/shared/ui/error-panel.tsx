// A failure the user can retry: the message (role=alert) and a Retry button.
import { useState } from 'preact/hooks';
import { t } from '../i18n';

interface Props {
  message: string;
  onRetry: () => Promise<void> | void;
}

export function ErrorPanel({ message, onRetry }: Props) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div class="error-panel">
      <p role="alert" class="error">
        {message}
      </p>
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? t('common_retrying') : t('common_retry')}
      </button>
    </div>
  );
}
