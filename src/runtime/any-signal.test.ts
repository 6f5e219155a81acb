import { describe, expect, it } from 'vitest';
import { anySignal } from './any-signal.js';

/** Runs `fn` with `AbortSignal.any` hidden, as on Node 20.0–20.2. */
function withoutNativeAny(fn: () => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
  Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
  try {
    fn();
  } finally {
    if (descriptor) Object.defineProperty(AbortSignal, 'any', descriptor);
  }
}

function abortsWithFirstReason(): void {
  const a = new AbortController();
  const b = new AbortController();
  const combined = anySignal([a.signal, b.signal]);
  expect(combined.aborted).toBe(false);
  b.abort('second');
  expect(combined.aborted).toBe(true);
  expect(combined.reason).toBe('second');
  a.abort('first');
  expect(combined.reason).toBe('second');
}

describe('anySignal', () => {
  it('aborts with the reason of whichever source aborts first (native)', abortsWithFirstReason);

  it('aborts with the reason of whichever source aborts first (fallback)', () => {
    withoutNativeAny(() => {
      expect(typeof AbortSignal.any).not.toBe('function');
      abortsWithFirstReason();
    });
    expect(typeof AbortSignal.any).toBe('function');
  });

  it('is aborted at once when a source already is', () => {
    const a = new AbortController();
    a.abort('early');
    expect(anySignal([a.signal, new AbortController().signal]).reason).toBe('early');
    withoutNativeAny(() => expect(anySignal([a.signal]).reason).toBe('early'));
  });
});
