/**
 * Reflow (WCAG 2.1 SC 1.4.10) lets a data table wider than the screen scroll on its own: the box
 * holding it scrolls sideways (styles.css, `:has(> table.data)`), not the page. A keyboard user must
 * reach that scroll too (SC 2.1.1; axe's scrollable-region-focusable), which a table of plain text
 * gives no stop for. So while such a box is narrower than its table it is in the tab order, as a
 * region named by its own heading or the table's caption, and leaves it when the table fits.
 * One observer for every table the pages draw, instead of a wrapper in each of them.
 */
const BOX = ':has(> table.data)';
/** On a box while it is a tab stop: `region` when this module also named it, empty when its heading does. */
const MARK = 'data-scroll-region';

function update(box: HTMLElement): void {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (scrolls === box.hasAttribute(MARK)) return;
  if (!scrolls) {
    if (box.getAttribute(MARK) === 'region') {
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
    box.removeAttribute('tabindex');
    box.removeAttribute(MARK);
    return;
  }
  box.setAttribute('tabindex', '0');
  // A section is a region already, named by its heading; another box takes the table's caption.
  const caption = box.hasAttribute('aria-labelledby')
    ? undefined
    : box.querySelector(':scope > table > caption')?.textContent?.trim();
  if (caption) {
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', caption);
  }
  box.setAttribute(MARK, caption ? 'region' : '');
}

/** Watches `root` (the page's `<main>`) for boxes of wide tables; returns the stop function. */
export function keepWideTablesReachable(root: HTMLElement): () => void {
  const watched = new Set<HTMLElement>();
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) update(entry.target as HTMLElement);
  });
  let pending = 0;
  const scan = () => {
    pending = 0;
    // The observer holds what it watches: let go of the boxes of pages the officer has left.
    for (const box of watched) {
      if (box.isConnected) continue;
      sizes.unobserve(box);
      watched.delete(box);
    }
    for (const box of root.querySelectorAll<HTMLElement>(BOX)) {
      if (watched.has(box)) continue;
      watched.add(box);
      sizes.observe(box);
    }
  };
  // A page draws its tables after its data arrives: look again once per frame with changes.
  const changes = new MutationObserver(() => {
    pending ||= requestAnimationFrame(scan);
  });
  changes.observe(root, { childList: true, subtree: true });
  scan();
  return () => {
    changes.disconnect();
    sizes.disconnect();
    cancelAnimationFrame(pending);
  };
}
