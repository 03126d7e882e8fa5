/** Conflicts as the records of `compiled/conflicts.json` (DESIGN.md "Contracts"): id, status, kind, norms,
 * resolution {winner, defeated, principle, explanation} or null; sorted by id. */
import type { Conflict, ConflictKind, ConflictStatus, Principle } from '../ir/index.js';

export interface ConflictRecord {
  id: string;
  status: ConflictStatus;
  kind: ConflictKind;
  norms: string[];
  resolution: { winner: string; defeated: string; principle: Principle; explanation: string } | null;
}

export function conflictRecords(conflicts: readonly Conflict[]): ConflictRecord[] {
  return [...conflicts]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({
      id: c.id,
      status: c.status,
      kind: c.kind,
      norms: [...c.norms],
      resolution: c.resolution
        ? { winner: c.resolution.winner, defeated: c.resolution.defeated, principle: c.resolution.principle, explanation: c.resolution.explanation }
        : null,
    }));
}
