// Benchmark for the annotations issue: a pack with 2,000 annotations — open to first
// paint, sidebar ready, filter by colour and by kind, and frame times while scrolling.

const COLOURS = ['#ffd400', '#ff6b6b', '#5aa9ff', '#4cc26e', '#b57cff'];
const KINDS = ['highlight', 'highlight', 'highlight', 'underline', 'strikeout', 'note'];

/** Writes `count` annotations spread over the pack's pages, quoting real lines of text. */
async function seedAnnotations(page, count) {
  return page.evaluate(
    async ({ count, colours, kinds }) => {
      const open = indexedDB.open('scrutineer');
      await new Promise((resolve) => (open.onsuccess = resolve));
      const db = open.result;
      const read = (store) =>
        new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      const [documents, texts] = await Promise.all([read('documents'), read('pageTexts')]);
      const document = documents[0];
      const pages = texts.filter((row) => row.hash === document.hash && row.page > 2 && row.lines.length > 4);
      const tx = db.transaction('annotations', 'readwrite');
      const store = tx.objectStore('annotations');
      for (let i = 0; i < count; i++) {
        const row = pages[i % pages.length];
        const line = row.lines[(i * 7) % row.lines.length];
        const kind = kinds[i % kinds.length];
        const y = 760 - ((i * 37) % 680);
        const top = String(Math.round((800 - y) * 10)).padStart(6, '0');
        store.put({
          id: `bench-${i}`,
          documentId: document.id,
          kind,
          colour: colours[i % colours.length],
          comment: i % 3 === 0 ? `Bench comment ${i}` : '',
          tags: i % 4 === 0 ? ['budget'] : i % 4 === 1 ? ['safeguarding'] : [],
          page: row.page,
          rects: kind === 'note' ? [] : [[72, y - 12, 300, y]],
          inkPaths: [],
          ...(kind === 'note' ? { point: [320, y] } : {}),
          quote: { exact: line.slice(0, 40), prefix: '', suffix: '', start: 0, end: 0 },
          sortKey: `${String(row.page).padStart(5, '0')}:${top}:000072`,
          origin: 'user',
          createdAt: i,
          modifiedAt: i,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return document.id;
    },
    { count, colours: COLOURS, kinds: KINDS },
  );
}

/** Milliseconds from a change of a filter to the list showing the new result. */
async function timeFilter(page, label, value) {
  return page.evaluate(
    async ({ label, value }) => {
      const select = [...document.querySelectorAll('.filters label')].find((l) => l.textContent.startsWith(label)).querySelector('select');
      const list = () => document.querySelectorAll('.annotation-list > li').length;
      const before = list();
      const started = performance.now();
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
      setter.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (list() === before) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { ms: performance.now() - started, shown: list() };
    },
    { label, value },
  );
}

/** Frame intervals while scrolling 40 pages at a steady pace. */
async function scrollFrames(page) {
  return page.evaluate(async () => {
    const scroller = document.querySelector('.pdf-scroll');
    const frames = [];
    let last = performance.now();
    let running = true;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const step = scroller.scrollHeight / 108 / 4;
    for (let i = 0; i < 160; i++) {
      scroller.scrollTop += step;
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    running = false;
    frames.sort((a, b) => a - b);
    return { frames: frames.length, p50: frames[Math.floor(frames.length * 0.5)], p95: frames[Math.floor(frames.length * 0.95)], max: frames.at(-1) };
  });
}

export async function benchAnnotations({ browser, baseUrl, fixtures, count = 2000 }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import PDF' }).click()]);
  await chooser.setFiles(`${fixtures}staffordshire-sscsc-2017-09-26-pack.pdf`);
  await page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'agenda items' }).waitFor({ timeout: 60_000 });
  await seedAnnotations(page, count);
  await page.reload();
  await page.getByRole('button', { name: 'Open' }).first().waitFor();
  await page.evaluate(() => performance.clearMarks());
  const started = Date.now();
  await page.getByRole('button', { name: 'Open' }).first().click();
  await page.waitForFunction(() => performance.getEntriesByName('scrutineer:open-to-first-paint').length > 0, null, { timeout: 30_000 });
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('scrutineer:open-to-first-paint')[0].duration);
  await page.waitForFunction((n) => document.querySelectorAll('.annotation-list > li').length === n, count, { timeout: 30_000 });
  const listReady = Date.now() - started;
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
  const colour = await timeFilter(page, 'Colour', '#ff6b6b');
  const allAgain = await timeFilter(page, 'Colour', '');
  const kind = await timeFilter(page, 'Kind', 'note');
  await timeFilter(page, 'Kind', '');
  const frames = await scrollFrames(page);
  await context.close();
  const round = (n) => Math.round(n * 10) / 10;
  return {
    annotations: count,
    openToFirstPaintMs: round(firstPaint),
    openToSidebarListedMs: listReady,
    filterByColourMs: round(colour.ms),
    filterByColourShown: colour.shown,
    clearFilterMs: round(allAgain.ms),
    filterByKindMs: round(kind.ms),
    filterByKindShown: kind.shown,
    scrollFrameP50Ms: round(frames.p50),
    scrollFrameP95Ms: round(frames.p95),
    scrollFrameMaxMs: round(frames.max),
  };
}

export function annotationsTable(a, machineLine) {
  return [
    machineLine,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| "Open" → first page painted, pack with ${a.annotations} annotations | ${a.openToFirstPaintMs} ms | no visible lag |`,
    `| "Open" → all ${a.annotations} listed in the sidebar | ${a.openToSidebarListedMs} ms | |`,
    `| filter by colour (${a.filterByColourShown} shown) | ${a.filterByColourMs} ms | < 100 ms |`,
    `| clear the filter (all ${a.annotations} again) | ${a.clearFilterMs} ms | |`,
    `| filter by kind (notes: ${a.filterByKindShown}) | ${a.filterByKindMs} ms | < 100 ms |`,
    `| frame interval scrolling 40 pages with annotations drawn: p50 / p95 / max | ${a.scrollFrameP50Ms} / ${a.scrollFrameP95Ms} / ${a.scrollFrameMaxMs} ms | p95 < 50 ms |`,
  ].join('\n');
}
