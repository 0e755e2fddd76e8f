// Whether an agreement's status says what its dates say. Not a rule (a status may lag the facts while sources are
// found): a warning to the editor, on the form as they type and on the record's page.
import { certainlyBefore } from "./schemas";

export type StatusWarning = "entryPassed" | "endPassed" | "entryAhead";

/** The first contradiction between the status and the dates, as of `today` (an ISO date), if any. */
export function statusWarning(
  status: string,
  entryIntoForceOn: string | null,
  endedOn: string | null,
  today = new Date().toISOString().slice(0, 10),
): StatusWarning | null {
  const entered = certainlyBefore(entryIntoForceOn, today) || entryIntoForceOn === today;
  const ended = certainlyBefore(endedOn, today) || endedOn === today;
  if (ended && ["SIGNED", "IN_FORCE", "PROVISIONALLY_APPLIED", "UNDER_NEGOTIATION"].includes(status)) return "endPassed";
  if (entered && ["SIGNED", "UNDER_NEGOTIATION"].includes(status)) return "entryPassed";
  if (status === "IN_FORCE" && certainlyBefore(today, entryIntoForceOn)) return "entryAhead";
  return null;
}
