// Meeting dates as a UK reader expects them: "Tuesday 26 September 2017".
const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatMeetingDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return longDate.format(new Date(`${isoDate}T00:00:00Z`)).replace(',', '');
}

/** Agenda items as choices in a drop-down: "5 Safeguarding Annual Report". */
export function agendaOptions(items: readonly { number: string; title: string }[]): { value: string; label: string }[] {
  return items.map((item) => ({ value: item.number, label: `${item.number} ${item.title}` }));
}
