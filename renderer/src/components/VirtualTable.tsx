// A table that stays smooth with 50,000 rows: only the rows in view (plus a few) exist in the DOM
// (@tanstack/react-virtual). Rows come from rowAt(i), which may not have row i yet (a page still loading): such a
// row shows as a placeholder, and onRangeChange tells the owner which rows are in view so it can fetch them.
// Keyboard: ↑/↓, PageUp/PageDown, Home/End move the highlighted row, Enter opens it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** A CSS grid track: '120px', '2fr', 'minmax(160px, 2fr)'. */
  width: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
}

export interface RowSource<T> {
  rowCount: number;
  rowAt: (index: number) => T | undefined;
}

/** All rows already in memory (short lists). */
export const arrayRows = <T,>(rows: readonly T[]): RowSource<T> => ({ rowCount: rows.length, rowAt: (i) => rows[i] });

interface Props<T> extends RowSource<T> {
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Double click or Enter on a row. */
  onOpen?: (row: T) => void;
  /** First and last row index in view (with overscan), whenever they change. */
  onRangeChange?: (first: number, last: number) => void;
  /** A new value (a new search) scrolls back to the top and highlights the first row. */
  resetKey?: unknown;
  label: string;
  emptyText: ReactNode;
  rowHeight?: number;
}

export function VirtualTable<T>(props: Props<T>) {
  const { rowCount, rowAt, columns, rowKey, onOpen, onRangeChange, resetKey, label, emptyText, rowHeight = 34 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const template = columns.map((c) => c.width).join(' ');
  // The React Compiler lint cannot see inside useVirtualizer; calling it on every render is what it expects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  useEffect(() => {
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rowCount - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor(e.currentTarget.clientHeight / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + pageRows),
      PageUp: () => move(active - pageRows),
      Home: () => move(0),
      End: () => move(rowCount - 1),
      Enter: () => {
        const row = rowAt(active);
        if (row !== undefined && onOpen) onOpen(row);
      },
    };
    const action = keys[e.key];
    if (action && rowCount > 0) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div ref={scroller} className={classes.scroller} role="table" aria-label={label} aria-rowcount={rowCount + 1} tabIndex={0} onKeyDown={onKeyDown}>
      <div className={classes.header} role="row" style={{ gridTemplateColumns: template, height: rowHeight }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className={classes.cell} data-align={c.align ?? 'left'} title={typeof c.header === 'string' ? c.header : undefined}>
            {c.header}
          </div>
        ))}
      </div>
      {rowCount === 0 ? (
        <div className={classes.empty}>{emptyText}</div>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {items.map((item) => {
            const row = rowAt(item.index);
            const style = { gridTemplateColumns: template, height: item.size, transform: `translateY(${item.start}px)` };
            if (row === undefined) {
              return (
                <div key={`pending-${item.index}`} role="row" aria-rowindex={item.index + 2} aria-busy className={classes.row} style={style}>
                  <div className={classes.placeholder} />
                </div>
              );
            }
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                className={classes.row}
                data-active={item.index === active || undefined}
                style={style}
                onClick={() => setActive(item.index)}
                onDoubleClick={() => onOpen?.(row)}
              >
                {columns.map((c) => {
                  const content = c.render(row);
                  return (
                    <div
                      key={c.key}
                      role="cell"
                      className={classes.cell}
                      data-align={c.align ?? 'left'}
                      // Long names and specs are cut with an ellipsis; the whole text shows on hover.
                      title={typeof content === 'string' ? content : undefined}
                    >
                      {content}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
