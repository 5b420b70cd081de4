import { useState } from 'react';

/** The last non-null value seen: what a modal or popup keeps showing while it closes. */
export function useLastValue<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
