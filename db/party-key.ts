/**
 * The grouping key for a party's name: the same company written with full-width brackets,
 * stray spaces or the 有限责任公司/有限公司 variation gets one key. The original spelling is
 * always kept beside it.
 */
export function partyKey(name: string): string {
  return name
    .normalize('NFKC') // full-width （）, digits and letters → half-width
    .replace(/\s+/g, '')
    .replace(/[()（）【】[\]"“”'‘’]/g, '')
    .replace(/有限责任公司$/, '有限公司')
    .replace(/股份有限公司$/, '有限公司')
    .toLowerCase();
}
