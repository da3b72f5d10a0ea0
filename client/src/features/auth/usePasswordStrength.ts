import { useEffect, useState } from 'react';

type Estimator = typeof import('./passwordStrength');
let estimator: Promise<Estimator> | undefined;
const RATE_AFTER_MS = 150;

/**
 * The zxcvbn score (0–4) of `password`, or null while the estimator loads and for an empty password. The estimator
 * and its dictionary load on first use, in a chunk of their own.
 */
export function usePasswordStrength(password: string, userInputs: readonly string[]): number | null {
  const [score, setScore] = useState<number | null>(null);
  const inputsKey = userInputs.join('\n');

  useEffect(() => {
    if (!password) {
      setScore(null);
      return;
    }
    let current = true;
    estimator ??= import('./passwordStrength');
    // Rated once typing pauses, not on every keystroke: a check of a long password takes a few milliseconds.
    const timer = setTimeout(() => {
      void estimator?.then(({ passwordScore }) => {
        if (current) setScore(passwordScore(password, inputsKey ? inputsKey.split('\n') : []));
      });
    }, RATE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, inputsKey]);

  return score;
}
