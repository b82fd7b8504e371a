/** One area's UI text in both languages; Russian must have every English key (the type checks it). */
export function messages<const En extends Record<string, string>>(en: En, ru: Record<keyof En, string>) {
  return { en, ru };
}
