// A committee's meeting dates, so "Start the next paper from this one" can fill in the next meeting.
// Dates are typed day first, as UK papers write them ("9 March 2018", "09/03/2018").
import { useId, useState } from 'react';
import type { Committee } from '../../shared/papers/model';
import { findDatesInText } from '../../shared/text/dates-in-text';
import { db } from '../db/database';
import { addMeetingDate, removeMeetingDate } from '../db/committees-repo';
import { formatShortDate } from '../../shared/text/dates';

/** A whole date (day, month and year) typed day first, or null. */
export function parseDayFirstDate(text: string): string | null {
  const found = findDatesInText(text.trim());
  const only = found.length === 1 && found[0]!.text.trim() === text.trim() ? found[0]! : null;
  // "March 2018" alone names no day.
  return only && /\d{1,2}\D/.test(only.text) ? only.iso : null;
}

export function MeetingDates({ committee }: { committee: Committee }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const dates = committee.meetingDates ?? [];
  const add = async () => {
    const iso = parseDayFirstDate(text);
    if (!iso) {
      setError('Type a date with day, month and year, e.g. 9 March 2018 or 09/03/2018.');
      return;
    }
    setError(null);
    await addMeetingDate(db, committee.id, iso);
    setText('');
  };
  return (
    <div className="meeting-dates">
      <span className="meeting-dates-label">Meeting dates</span>
      {dates.length === 0 ? (
        <span className="muted"> none yet</span>
      ) : (
        <ul className="chips" aria-label={`Meeting dates of ${committee.name}`}>
          {dates.map((d) => (
            <li key={d}>
              {formatShortDate(d)}{' '}
              <button
                type="button"
                className="chip-remove"
                onClick={() => void removeMeetingDate(db, committee.id, d)}
                aria-label={`Remove meeting date ${formatShortDate(d)}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          Add a meeting date for {committee.name}
        </label>
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="dd/mm/yyyy"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          size={14}
        />
        <button type="submit" disabled={!text.trim()}>
          Add date
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
