// Rows of a long list fetched a page at a time, only around what the table shows. Scrolling to row 40,000 of
// 50,000 asks for that page alone, so neither the server nor the browser ever handles the whole list at once.
// The first page of the current filter also gives the row count; while a new search is on its way the previous
// count and first rows stay, so the table does not flash empty between keystrokes.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { RowSource } from './VirtualTable';

export interface Page<T> {
  rows: T[];
  total: number;
}

interface Options<T> {
  /** Query key of one page; must include the filter so a new filter starts over. */
  key: (offset: number, limit: number) => readonly unknown[];
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
  pageSize?: number;
}

export interface PagedRows<T> extends RowSource<T> {
  /** Rows matching the filter, or null before the first answer. */
  total: number | null;
  isPending: boolean;
  error: Error | null;
  onRangeChange: (first: number, last: number) => void;
}

export function usePagedRows<T>({ key, fetchPage, pageSize = 200 }: Options<T>): PagedRows<T> {
  const [range, setRange] = useState({ first: 0, last: 0 });
  const pages = useMemo(() => {
    const out: number[] = [];
    for (let p = Math.floor(range.first / pageSize); p <= Math.floor(range.last / pageSize); p++) out.push(p);
    return out;
  }, [range, pageSize]);

  const head = useQuery({ queryKey: key(0, pageSize), queryFn: () => fetchPage(0, pageSize), placeholderData: keepPreviousData });
  // No placeholders here: a page shown in another page's place would put rows at the wrong positions.
  const results = useQueries({
    queries: pages.map((p) => ({ queryKey: key(p * pageSize, pageSize), queryFn: () => fetchPage(p * pageSize, pageSize) })),
  });

  const byPage = new Map<number, Page<T>>();
  // While a new search loads, its first page shows the previous search's first rows rather than blank bars.
  if (head.data) byPage.set(0, head.data);
  pages.forEach((p, i) => {
    const data = results[i]?.data;
    if (data) byPage.set(p, data);
  });

  const onRangeChange = useCallback((first: number, last: number) => {
    setRange((old) => (old.first === first && old.last === last ? old : { first, last }));
  }, []);

  const total = head.data?.total ?? null;
  return {
    total,
    rowCount: total ?? 0,
    rowAt: (i) => byPage.get(Math.floor(i / pageSize))?.rows[i % pageSize],
    isPending: head.isPending,
    error: head.error ?? results.find((r) => r.error)?.error ?? null,
    onRangeChange,
  };
}
