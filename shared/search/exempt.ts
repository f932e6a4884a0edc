// Whether a paper is exempt: councils print "not for publication" (with the paragraph of
// Schedule 12A that applies) at the head of such papers. A pack's front sheet that only
// mentions excluding the public from later items is not itself exempt.
const EXEMPT = /\bnot for publication\b/i;

export function isExemptText(text: string): boolean {
  return EXEMPT.test(text);
}
