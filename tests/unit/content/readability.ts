/**
 * Flesch–Kincaid grade level, computed here so the test does not depend on a
 * service: 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export function fleschKincaidGrade(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim()).length);
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
  const syllableCount = words.reduce((sum, w) => sum + (/^\d/.test(w) ? 1 : syllables(w)), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}
