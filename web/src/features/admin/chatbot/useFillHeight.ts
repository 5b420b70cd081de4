import { useLayoutEffect, useRef, useState } from 'react';

/** The height from an element's top to the bottom of the window (at least `min`), kept on resize. */
export function useFillHeight<T extends HTMLElement>(min: number, margin = 16) {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(min);
  const measure = () => {
    const top = (ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    const next = Math.max(min, Math.floor(window.innerHeight - top - margin));
    setHeight((current) => (current === next ? current : next));
  };
  // After every render (a banner above may have come or gone) and on resize.
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return { ref, height };
}
