/** One file or API of an open-data dataset, as its catalogue entry quotes it. */
export interface DatasetLink {
  name: string;
  url: string;
}

/**
 * Splits a dataset entry's text (as the CKAN importer writes it: the description and publisher,
 * then "Name (FORMAT): https://…" a line for each file or API, and "Data dictionary: https://…")
 * into the description and the links, so the search page shows each resource as a link.
 *
 * @example
 * datasetEntry('Lamp posts (HyD)\nLamp posts (CSV): https://x/lp.csv')
 * // {description: 'Lamp posts (HyD)', details: [], links: [{name: 'Lamp posts (CSV)', url: 'https://x/lp.csv'}]}
 */
export function datasetEntry(text: string): { description: string; details: string[]; links: DatasetLink[] } {
  const links: DatasetLink[] = [];
  const details: string[] = [];
  let description = '';
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    const match = /^(.*?):\s*(https?:\/\/\S+)$/.exec(line);
    // The first line is the description (an entry without one starts with its first link).
    if (index === 0 && !match) description = line;
    else if (match?.[2]) links.push({ name: match[1]?.trim() || match[2], url: match[2] });
    else if (line) details.push(line);
  }
  return { description, details, links };
}
