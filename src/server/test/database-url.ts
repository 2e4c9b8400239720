export const TEMPLATE_PREFIX = "pusterum_test_template_";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
