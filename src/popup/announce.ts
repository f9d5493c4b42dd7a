// One polite live region for the popup's results ("Outcome saved", "Nothing is waiting"): rows come
// and go, so a row's own status text would vanish with the row before it is read.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const AnnounceContext = createContext<(text: string) => void>(() => undefined);

export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}
