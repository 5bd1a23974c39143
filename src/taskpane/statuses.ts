import { scorecardOf, type SheetAnalysis } from '../app/analyse';

/** Status label by objective id, as the Scorecard sheet will show it; empty when it cannot be built. */
export function scorecardStatuses(a: SheetAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  if (!a.plan || !a.grades) return out;
  try {
    const card = scorecardOf(a);
    for (const area of card?.areas ?? []) for (const r of area.rows) out.set(r.objectiveId, r.status);
  } catch {
    // the pane still shows grades (with policy-band statuses) when the scorecard cannot be built
  }
  return out;
}
