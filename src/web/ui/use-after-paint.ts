/**
 * False on a component's first render, true once the browser has painted it: a long page shows what
 * the reader looks at first (the outcome dashboard's summary, table and chart) and renders the rest
 * after that paint, as a transition React may interrupt, instead of in one long first task.
 */
import { startTransition, useEffect, useState } from 'react';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame is painted after its animation frame callbacks: a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
