/**
 * fast-check runs from a fixed seed, so that `npm test` (and CI) explores the same inputs every time and a
 * failure always reproduces. `FC_SEED=<integer>` picks another seed; `FC_SEED=random` explores new inputs on
 * each run (fast-check prints the seed and the shrunk counterexample of any failure).
 */
import fc from "fast-check";

const DEFAULT_SEED = 20261122;
const setting = process.env.FC_SEED;

if (setting !== "random") {
  const seed = setting === undefined || setting === "" ? DEFAULT_SEED : Number(setting);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${setting}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
