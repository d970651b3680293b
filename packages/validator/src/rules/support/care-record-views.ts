/**
 * Views of the 1.1 care records (organisation, donation) and of the care parts of an
 * assistance case (charity, special care, institution), as rules read them after schema
 * validation. Kept apart from record-view.ts so the 1.0 views stay as they were.
 */
import type { MetaView } from "./record-view.js";

export interface CharityProjectView {
  readonly code: string;
  readonly name?: string;
  readonly purposes: readonly string[];
  readonly restricted: boolean;
}

export interface OrganisationView {
  readonly recordType: "organisation";
  readonly id: string;
  readonly meta: MetaView;
  readonly kind: string;
  readonly name: string;
  readonly creditCode?: string;
  readonly city: string;
  readonly division?: string;
  readonly ownership?: string;
  readonly capacity?: number;
  readonly projects?: readonly CharityProjectView[];
}

export interface DonationView {
  readonly recordType: "donation";
  readonly id: string;
  readonly meta: MetaView;
  readonly organisationId: string;
  readonly city: string;
  readonly donorType: string;
  readonly donorCreditCode?: string;
  readonly amount: number;
  readonly receivedOn: string;
  readonly projectCode?: string;
  readonly restricted: boolean;
}

export interface FundingPartView {
  readonly source: string;
  readonly amount: number;
}

export interface CarePaymentView {
  readonly month: string;
  readonly amount: number;
  readonly funding?: readonly FundingPartView[];
}

/** The care parts of an assistance case. */
export interface AssistanceCareView {
  readonly programme: string;
  readonly charity?: { readonly fundingSource: string; readonly organisationId?: string; readonly projectCode?: string; readonly purpose?: string };
  readonly specialCare?: { readonly category?: string; readonly categories?: readonly string[] };
  readonly institution?: { readonly organisationId: string; readonly admitted?: string; readonly left?: string };
  readonly payments?: readonly CarePaymentView[];
}
