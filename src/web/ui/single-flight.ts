/**
 * One request at a time from a button or form. A mutation's `isPending` reaches the screen a tick
 * after the click (TanStack Query notifies in a batch), so a quick double click could send the
 * same request twice before the button shows as busy; this guard is set synchronously on the
 * first click and released when the request settles.
 */
import { useRef } from 'react';

export interface SingleFlight {
  /** True (and now busy) when nothing is in flight; false when a request is still running. */
  begin(): boolean;
  /** Marks the request settled (pass as `onSettled`). */
  end(): void;
}

export function useSingleFlight(): SingleFlight {
  const busy = useRef(false);
  return {
    begin() {
      if (busy.current) return false;
      busy.current = true;
      return true;
    },
    end() {
      busy.current = false;
    },
  };
}
