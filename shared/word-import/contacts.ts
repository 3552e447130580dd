// The closing "For any enquiries about this report please contact:" block: each person's name and
// role ("Kevin Dennis, Chief Executive of …"), e-mail and telephone, in the order papers write them.
import type { Contact } from '../papers/model';

export const CONTACTS_INTRO_PATTERN = /^for (any )?(further )?(enquiries|information|queries|questions)\b[^]*\bcontact\b/i;
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /^(?:tel(?:ephone)?|phone|t|mobile|mob)\b\.?\s*(?:no\.?)?\s*[:\-–]?\s*(.+)$/i;

export type DraftContact = Omit<Contact, 'id'>;

export class ContactsReader {
  readonly contacts: DraftContact[] = [];
  private current: { -readonly [K in keyof DraftContact]: DraftContact[K] } | null = null;

  /** Reads one line of the block (its plain text, and the mailto: target of a link on it, if any). */
  line(text: string, mailto: string | null): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const email = mailto?.replace(/^mailto:/i, '') ?? EMAIL.exec(t)?.[0] ?? null;
    const phone = PHONE.exec(t)?.[1] ?? (/^[+\d][\d\s()-]{6,}$/.test(t) ? t : null);
    if (email && (mailto || t.replace(/^e-?mail\s*:?\s*/i, '') === email || t.length < email.length + 12)) {
      this.open().email ||= email.slice(0, 2_000);
      return;
    }
    if (phone) {
      this.open().phone ||= phone.trim().slice(0, 100);
      return;
    }
    const c = this.current;
    if (c && (c.email || c.phone)) this.flush();
    const now = this.current;
    if (now && now.name) {
      now.role = [now.role, t].filter(Boolean).join(' ').slice(0, 2_000);
      return;
    }
    const comma = t.indexOf(', ');
    const person = this.open();
    person.name = (comma > 0 ? t.slice(0, comma) : t).slice(0, 2_000);
    person.role = comma > 0 ? t.slice(comma + 2).slice(0, 2_000) : '';
  }

  private open() {
    this.current ??= { name: '', role: '', email: '', phone: '' };
    return this.current;
  }

  private flush(): void {
    if (this.current && (this.current.name || this.current.email || this.current.phone)) this.contacts.push({ ...this.current });
    this.current = null;
  }

  done(): DraftContact[] {
    this.flush();
    return this.contacts.slice(0, 100);
  }
}
