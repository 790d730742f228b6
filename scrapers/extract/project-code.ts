/**
 * Which code field names the notice's project.
 * @module
 */
import { firstFieldValue, type Field } from './fields.js';

// not this notice's own contract number, nor a code marked as the earlier project's ("…（原项目）")
const ofTheProcurement = (f: Field) => !f.label.endsWith('合同编号') && !/[(（]原/.test(f.value);

/**
 * The field holding the project's code. A contract notice writes its own 合同编号 beside the
 * 项目编号 of the procurement it closes: the project's code is what ties it to its call and its
 * award (a contract filed under its own number would count the award a second time), so a
 * contract number serves only when no other code is written. Not for a renewal (续签, a title in
 * `titleLookup`): this year's contract is new money, not the old award restated.
 */
export function projectCodeField(fields: Field[], titleLookup: string | null): Field | null {
  const renewal = titleLookup !== null && /续签|续约|续期|续订/.test(titleLookup);
  return (renewal ? null : firstFieldValue(fields.filter(ofTheProcurement), 'projectCode', 60)) ?? firstFieldValue(fields, 'projectCode', 60);
}
