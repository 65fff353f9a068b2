import type { Retraining } from '../reports/retraining.ts';
import { longDate } from './status.ts';

/**
 * What the SOP panel says after the backup's name when they were trained before the last
 * material change: in words, not only colour. Inside the re-training window they still
 * cover it; after it they do not.
 */
export function backupRetrainWords(r: Retraining): string {
	return r.state === 'overdue'
		? ` · not covering: trained before the ${longDate(r.changed_on)} change, and not re-trained by ${longDate(r.due)}`
		: ` · must re-learn it by ${longDate(r.due)}`;
}
