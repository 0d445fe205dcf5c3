// A virtualised list: only the rows in view (and a few around) are in the DOM, so a fleet of
// 10,000 devices scrolls as fast as one of ten.

export interface VirtualList<T> { el: HTMLElement; set(items: readonly T[]): void; redraw(): void }

export function virtualList<T>(rowHeight: number, height: number, render: (item: T, index: number) => HTMLElement): VirtualList<T> {
  const el = document.createElement('div');
  el.className = 'vlist';
  el.style.height = `${height}px`;
  const spacer = document.createElement('div');
  spacer.className = 'vlist-spacer';
  el.append(spacer);
  let items: readonly T[] = [];
  let drawn = '';

  const draw = () => {
    const first = Math.max(0, Math.floor(el.scrollTop / rowHeight) - 5);
    const last = Math.min(items.length, Math.ceil((el.scrollTop + height) / rowHeight) + 5);
    const key = `${first}:${last}:${items.length}`;
    if (key === drawn) return;
    drawn = key;
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = render(items[i], i);
      row.style.position = 'absolute';
      row.style.top = `${i * rowHeight}px`;
      row.style.height = `${rowHeight}px`;
      row.style.left = '0';
      row.style.right = '0';
      rows.push(row);
    }
    spacer.replaceChildren(...rows);
  };
  el.addEventListener('scroll', () => requestAnimationFrame(draw), { passive: true });
  return {
    el,
    set(next) {
      items = next;
      spacer.style.height = `${items.length * rowHeight}px`;
      drawn = '';
      draw();
    },
    redraw() {
      drawn = '';
      draw();
    },
  };
}
