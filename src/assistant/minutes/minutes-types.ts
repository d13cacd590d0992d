/** An action item: who, what, and when it is due (a date when the meeting date is known, else the words said). */
export interface ActionItem {
  owner: string | null;
  action: string;
  due: string | null;
}

/** One agenda item of the minutes. */
export interface MinutesItem {
  title: string;
  /** How the item was found: a chair's agenda marker, or lexical cohesion (see segment-topics.ts). */
  foundBy: 'agenda_marker' | 'lexical_cohesion' | 'start';
  summary: string;
  decisions: string[];
  actions: ActionItem[];
}

export interface Minutes {
  attendees: string[];
  items: MinutesItem[];
  /** True when Cantonese lines were rewritten into formal written Chinese for the record. */
  rewrittenCantonese: boolean;
}

export interface MinutesOptions {
  /** The meeting date (YYYY-MM-DD): due dates are resolved against it. */
  meetingDate?: string;
  /** Summary length per item: characters for Chinese (default 120), words for English (default 60). */
  summaryChars?: number;
  summaryWords?: number;
  /** Rewrite Cantonese lines into formal written Chinese (default true). */
  rewriteCantonese?: boolean;
}
