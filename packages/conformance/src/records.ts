/**
 * The record types the arbitraries produce are the standard's own, generated from its
 * schemas (`@czt/types`): a generated value that drifts from the schemas fails to compile.
 */
import type {
  Agency,
  Assistance,
  AssistanceHouseholdMember,
  Benefit,
  CityCode,
  Consent,
  ContributionYear,
  Donation, Enrolment, Organisation,
  MedicalRegistration,
  MedicalSettlement,
  Person,
  TransferStep as StandardTransferStep,
  Transfer,
} from "@czt/types";

export type { Agency, CityCode, ContributionYear };
export type PersonRecord = Person;
export type EnrolmentRecord = Enrolment;
export type TransferRecord = Transfer;
export type TransferStep = StandardTransferStep;
export type AssistanceRecord = Assistance;
export type HouseholdMember = AssistanceHouseholdMember;
export type BenefitRecord = Benefit;
export type MedicalRegistrationRecord = MedicalRegistration;
export type MedicalSettlementRecord = MedicalSettlement;
export type OrganisationRecord = Organisation;
export type DonationRecord = Donation;
export type ConsentRecord = Consent;
export type CztRecord = Person | Enrolment | Transfer | Assistance | Benefit | MedicalRegistration | MedicalSettlement | Organisation | Donation | Consent;

/** A record with the export file it belongs to (one file per city, as agencies publish them). */
export interface DatasetEntry {
  file: string;
  record: CztRecord;
}
