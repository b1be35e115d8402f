// A table that stays smooth with 50,000 rows: only the rows in view (plus a few) exist in the DOM
// (@tanstack/react-virtual). Keyboard: ↑/↓, PageUp/PageDown, Home/End move the highlighted row, Enter opens it.
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

interface Props<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Double click or Enter on a row. */
  onOpen?: (row: T) => void;
  label: string;
  emptyText: ReactNode;
  rowHeight?: number;
}

export function VirtualTable<T>({ rows, columns, rowKey, onOpen, label, emptyText, rowHeight = 34 }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const template = columns.map((c) => c.width).join(' ');
  // The React Compiler lint cannot see inside useVirtualizer; it is fine to call it on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  // A new filter result starts at its first row.
  useEffect(() => {
    setActive(0);
  }, [rows]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
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
      End: () => move(rows.length - 1),
      Enter: () => {
        const row = rows[active];
        if (row && onOpen) onOpen(row);
      },
    };
    const action = keys[e.key];
    if (action && rows.length > 0) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div ref={scroller} className={classes.scroller} role="table" aria-label={label} aria-rowcount={rows.length} tabIndex={0} onKeyDown={onKeyDown}>
      <div className={classes.header} role="row" style={{ gridTemplateColumns: template, height: rowHeight, alignItems: 'center' }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className={classes.cell} data-align={c.align ?? 'left'}>
            {c.header}
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <div className={classes.empty}>{emptyText}</div>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as T;
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                className={classes.row}
                data-active={item.index === active || undefined}
                style={{ gridTemplateColumns: template, height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={() => setActive(item.index)}
                onDoubleClick={() => onOpen?.(row)}
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell" className={classes.cell} data-align={c.align ?? 'left'}>
                    {c.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
