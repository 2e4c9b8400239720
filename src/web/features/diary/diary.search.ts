import { SEARCH_KINDS, type SearchBody, type SearchKind } from "../../../common/contracts/diary";

/** What the search page asks: kept in the page, never in the address (a code may be among it). */
export interface SearchFilters {
  q: string;
  from: string;
  to: string;
  authorId: string | null;
  themeId: string | null;
  visitorCode: string;
  kinds: SearchKind[];
}

export const EMPTY_SEARCH: SearchFilters = {
  q: "",
  from: "",
  to: "",
  authorId: null,
  themeId: null,
  visitorCode: "",
  kinds: [...SEARCH_KINDS],
};
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The page's choices as the API's body; empty ones left out. */
export function searchBody(filters: SearchFilters): SearchBody {
  const body: SearchBody = { q: filters.q.trim() };
  if (DATE.test(filters.from)) body.from = filters.from;
  if (DATE.test(filters.to)) body.to = filters.to;
  if (filters.authorId) body.authorId = filters.authorId;
  if (filters.themeId) body.themeId = filters.themeId;
  if (filters.visitorCode.trim()) body.visitorCode = filters.visitorCode.trim();
  if (filters.kinds.length > 0 && filters.kinds.length < SEARCH_KINDS.length) body.kinds = filters.kinds;
  return body;
}
