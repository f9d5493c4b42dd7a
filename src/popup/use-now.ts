// The current time, ticking so relative due times ("due in 5 min") stay true while the popup is open.
import { useEffect, useState } from 'preact/hooks';

export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
