import type { Rule } from '../engine/rule.ts';
import { approvalMissing } from './approval-missing.ts';
import { approvalNotApprover } from './approval-not-approver.ts';
import { approvalSelfApproval } from './approval-self-approval.ts';
import { backupInactive } from './backup-inactive.ts';
import { backupMissing } from './backup-missing.ts';
import { backupOldVersion } from './backup-old-version.ts';
import { backupNotTrained } from './backup-not-trained.ts';
import { backupSameAsOwner } from './backup-same-as-owner.ts';
import { backupUnavailable } from './backup-unavailable.ts';
import { clientNoBackup } from './client-no-backup.ts';
import { clientNoSop } from './client-no-sop.ts';
import { configSchema } from './config-schema.ts';
import { coverageCsasOut } from './coverage-csas-out.ts';
import { coverageLeadOut } from './coverage-lead-out.ts';
import { coverageNobodyIn } from './coverage-nobody-in.ts';
import { coverageSingleBpa } from './coverage-single-bpa.ts';
import { codeownersStale } from './codeowners-stale.ts';
import { fileEncoding } from './file-encoding.ts';
import { fileNotRegular } from './file-not-regular.ts';
import { frontmatterSchema } from './frontmatter-schema.ts';
import { frontmatterUnsafe } from './frontmatter-unsafe.ts';
import { idDuplicate } from './id-duplicate.ts';
import { idFormat } from './id-format.ts';
import { kpiComputedResults } from './kpi-computed-results.ts';
import { kpiDuplicatePeriod } from './kpi-duplicate-period.ts';
import { kpiMixedPeriods } from './kpi-mixed-periods.ts';
import { kpiPeriodOrder } from './kpi-period-order.ts';
import { kpiUnknownUnit } from './kpi-unknown-unit.ts';
import { linksBroken } from './links-broken.ts';
import { lintHeadingIncrement } from './lint-heading-increment.ts';
import { lintSopSections } from './lint-sop-sections.ts';
import { lintStepRole } from './lint-step-role.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { mdxTooDeep } from './mdx-too-deep.ts';
import { mdxUnsafe } from './mdx-unsafe.ts';
import { ownerInactive } from './owner-inactive.ts';
import { principlesCount } from './principles-count.ts';
import { refUnknownClient } from './ref-unknown-client.ts';
import { refUnknownKpi } from './ref-unknown-kpi.ts';
import { refUnknownPerson } from './ref-unknown-person.ts';
import { refUnknownPod } from './ref-unknown-pod.ts';
import { refUnknownPrinciple } from './ref-unknown-principle.ts';
import { refUnknownRole } from './ref-unknown-role.ts';
import { refUnknownSop } from './ref-unknown-sop.ts';
import { refUnknownTraining } from './ref-unknown-training.ts';
import { reviewCycleTooLong } from './review-cycle-too-long.ts';
import { reviewDueSoon } from './review-due-soon.ts';
import { reviewHistoryRewritten } from './review-history-rewritten.ts';
import { reviewInFuture } from './review-in-future.ts';
import { reviewLogMismatch } from './review-log-mismatch.ts';
import { reviewMaterialNote } from './review-material-note.ts';
import { reviewOverdue } from './review-overdue.ts';
import { reviewReviewer } from './review-reviewer.ts';
import { reviewUnmarkedChange } from './review-unmarked-change.ts';
import { refWrongRole } from './ref-wrong-role.ts';
import { retiredReplacement } from './retired-replacement.ts';
import { trainingRetrain } from './training-retrain.ts';
import { sensitiveAccountNumber } from './sensitive-account-number.ts';
import { sensitiveCardNumber } from './sensitive-card-number.ts';
import { sensitiveRoutingNumber } from './sensitive-routing-number.ts';
import { sensitiveSecret } from './sensitive-secret.ts';
import { sensitiveSsn } from './sensitive-ssn.ts';
import { sensitiveTaxId } from './sensitive-tax-id.ts';
import { trainingDate } from './training-date.ts';
import { trainingPrerequisiteCycle } from './training-prerequisite-cycle.ts';
import { yamlSyntax } from './yaml-syntax.ts';

/** Every rule the check runs, in the order of the contract's table. */
export const RULES: readonly Rule[] = [
	configSchema,
	yamlSyntax,
	frontmatterUnsafe,
	fileNotRegular,
	fileEncoding,
	frontmatterSchema,
	reviewOverdue,
	reviewDueSoon,
	reviewInFuture,
	reviewCycleTooLong,
	reviewLogMismatch,
	reviewMaterialNote,
	reviewReviewer,
	reviewUnmarkedChange,
	reviewHistoryRewritten,
	backupMissing,
	backupSameAsOwner,
	backupNotTrained,
	backupInactive,
	backupUnavailable,
	backupOldVersion,
	trainingRetrain,
	trainingDate,
	ownerInactive,
	approvalMissing,
	approvalSelfApproval,
	approvalNotApprover,
	refUnknownPerson,
	refUnknownClient,
	refUnknownPod,
	refUnknownSop,
	refUnknownPrinciple,
	refUnknownTraining,
	refUnknownKpi,
	refUnknownRole,
	refWrongRole,
	retiredReplacement,
	idDuplicate,
	idFormat,
	principlesCount,
	clientNoSop,
	clientNoBackup,
	coverageSingleBpa,
	coverageNobodyIn,
	coverageCsasOut,
	coverageLeadOut,
	kpiUnknownUnit,
	kpiDuplicatePeriod,
	kpiPeriodOrder,
	kpiMixedPeriods,
	kpiComputedResults,
	trainingPrerequisiteCycle,
	codeownersStale,
	sensitiveRoutingNumber,
	sensitiveAccountNumber,
	sensitiveCardNumber,
	sensitiveSsn,
	sensitiveTaxId,
	sensitiveSecret,
	mdxSyntax,
	mdxTooDeep,
	mdxUnsafe,
	linksBroken,
	lintSopSections,
	lintHeadingIncrement,
	lintStepRole,
];
