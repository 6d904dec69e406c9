/**
 * A flag shown only once it has stayed on for a moment, and cleared as soon as it is off: for a status that would
 * otherwise flicker, such as a write the host answers within a frame or two.
 */
import { useEffect, useState } from 'react';

export function useSustained(on: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!on) {
      setHeld(false);
      return undefined;
    }
    const timer = setTimeout(() => setHeld(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && held;
}
