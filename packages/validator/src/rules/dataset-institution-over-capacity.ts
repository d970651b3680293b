import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { organisationSlot } from "./support/charity-projects.js";
import { caseStatusCodes } from "./support/code-tables.js";
import { isoOfDay } from "./support/iso-date.js";
import { v1 } from "./support/versions.js";

/** Cases whose beneficiary lived in the institution: approved ones (applications and rejections did not move in). */
// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const residentStatuses: ReadonlySet<number> = new Set(["active", "suspended", "terminated"].map((status) => caseStatusCodes.index.get(status) ?? -1));

interface Stay {
  readonly slot: number;
  readonly start: number;
  /** Last day (inclusive). */
  readonly end: number;
}

/**
 * More residents than beds on some day: either the capacity is out of date or cases are
 * recorded as 集中供养 that are not (supported at home, or moved out without the case
 * being updated) — 民政 audits find both. Each case admitted while the institution was
 * already full is reported, with the day.
 */
export const datasetInstitutionOverCapacityRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.institution-over-capacity",
  severity: "warning",
  category: "reference",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "供养机构入住人数超过床位", en: "Institution residents beyond capacity" },
  message: {
    zh: "{date} 机构 {organisationId} 有 {residents} 名入住对象，超过床位数 {capacity}",
    en: "On {date} institution {organisationId} has {residents} residents, more than its {capacity} beds",
  },
  guidance: {
    zh: "集中供养和机构养育案件以 institution.organisationId 引用供养机构，入住期间为 admitted 至 left（缺省时为案件批准至终止日期）。核对机构床位数是否已更新，以及超出的对象是否确在该机构供养（分散供养或已迁出的应更正案件）。",
    en: "Institutional care cases refer to their institution in institution.organisationId; the stay runs from admitted to left (by default the case's approval to its termination). Check that the institution's capacity is current and that the residents beyond it really live there (cases supported at home or moved out need correcting).",
  },
  check(index, _context, emit) {
    const stays = new Map<number, Stay[]>();
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Assistance || !residentStatuses.has(index.statusOf(slot))) continue;
      const institution = index.extrasOf(slot).institution;
      if (institution === undefined || institution.end < institution.start) continue;
      const organisation = organisationSlot(index, institution.organisationId);
      if (organisation < 0 || index.capacityOf(organisation) < 0) continue;
      let list = stays.get(organisation);
      if (list === undefined) {
        list = [];
        stays.set(organisation, list);
      }
      list.push({ slot, start: institution.start, end: institution.end });
    }
    for (const [organisation, list] of stays) {
      const capacity = index.capacityOf(organisation);
      // Arrivals in order (a stable sort: same-day arrivals in record order); a stay ending on day d frees its bed on d + 1.
      const arrivals = [...list].sort((a, b) => a.start - b.start);
      const departures = list.map((stay) => stay.end + 1).sort((a, b) => a - b);
      let residents = 0;
      let left = 0;
      for (const stay of arrivals) {
        // Never past the end: this stay's own departure is after its start (end >= start).
        while (departures[left]! <= stay.start) {
          left++;
          residents--;
        }
        residents++;
        if (residents > capacity) {
          emit(index.handleOf(stay.slot), "/institution/organisationId", { date: isoOfDay(stay.start), organisationId: index.idOf(organisation), residents, capacity });
        }
      }
    }
  },
};
